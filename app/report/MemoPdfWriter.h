#pragma once

#include "core/Result.h"
#include "report/MemoPageRenderer.h"

#include <QCoreApplication>
#include <QString>

class QTextDocument;

namespace tollgate
{

// Writes a laid-out memo (or a meeting pack: any document from MemoDocument) as an A4 PDF, fonts
// embedded, through QSaveFile: the file appears complete or not at all.
class MemoPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(MemoPdfWriter)
public:
    static constexpr int resolution = 1200; // dpi of the PDF's coordinate space
    static Status write(const QTextDocument& document, const QString& path,
                        const PageFooter& footer, const QString& title);
};

} // namespace tollgate
