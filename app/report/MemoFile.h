#pragma once

#include "core/Result.h"
#include "report/MemoChartImages.h"
#include "report/MemoData.h"
#include "report/MemoOptions.h"
#include "report/MemoPageRenderer.h"

#include <QCoreApplication>
#include <QString>

namespace tollgate
{

// One memo to a file, PDF or HTML by its suffix (case-insensitive): the one use case the app's
// Export buttons and `tollgate-cli memo` share. Any other suffix is refused naming the file.
class MemoFile
{
    Q_DECLARE_TR_FUNCTIONS(MemoFile)
public:
    static bool isSupportedPath(const QString& path);
    static Status write(const MemoData& data, const MemoChartImages& charts,
                        const MemoOptions& options, const QString& path);
    // The footer every memo page carries: "Confidential · <fund>" and the memo's date.
    static PageFooter footer(const MemoOptions& options);
};

} // namespace tollgate
