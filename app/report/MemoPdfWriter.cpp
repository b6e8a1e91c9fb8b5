#include "report/MemoPdfWriter.h"

#include <QDir>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace tollgate
{

Status MemoPdfWriter::write(const QTextDocument& document, const QString& path,
                            const PageFooter& footer, const QString& title)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::of(
            ErrorKind::Io,
            tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    {
        // The writer must be gone (the PDF finished) before the file is committed.
        QPdfWriter writer(&file);
        writer.setResolution(resolution);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Tollgate"));
        MemoPageRenderer::setUpPage(writer);
        const Result<int> pages = MemoPageRenderer::render(document, writer, footer);
        if (!pages) {
            file.cancelWriting();
            return pages.error();
        }
    }
    if (!file.commit()) {
        return Error::of(
            ErrorKind::Io,
            tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

} // namespace tollgate
