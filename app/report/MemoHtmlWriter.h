#pragma once

#include "core/Result.h"
#include "report/MemoChartImages.h"
#include "report/MemoData.h"
#include "report/MemoOptions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace tollgate
{

// The memo as one self-contained HTML file: the stylesheet inline, the charts as data: URIs, so
// it can be mailed or archived on its own. Written through QSaveFile.
class MemoHtmlWriter
{
    Q_DECLARE_TR_FUNCTIONS(MemoHtmlWriter)
public:
    static QByteArray html(const MemoData& data, const MemoChartImages& charts,
                           const MemoOptions& options);
    static Status write(const MemoData& data, const MemoChartImages& charts,
                        const MemoOptions& options, const QString& path);
};

} // namespace tollgate
