#include "report/MemoFile.h"

#include "report/MemoDocument.h"
#include "report/MemoHtmlWriter.h"
#include "report/MemoPdfWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QTextDocument>

namespace tollgate
{

namespace
{

QString suffixOf(const QString& path)
{
    return QFileInfo(path).suffix().toLower();
}

} // namespace

bool MemoFile::isSupportedPath(const QString& path)
{
    const QString suffix = suffixOf(path);
    return suffix == QLatin1String("pdf") || suffix == QLatin1String("html") ||
           suffix == QLatin1String("htm");
}

PageFooter MemoFile::footer(const MemoOptions& options)
{
    const QString confidential = tr("Confidential");
    PageFooter footer;
    footer.leftText = options.fundName.trimmed().isEmpty()
                          ? confidential
                          : QStringLiteral("%1 · %2").arg(confidential, options.fundName.trimmed());
    footer.date = options.effectiveDate();
    return footer;
}

Status MemoFile::write(const MemoData& data, const MemoChartImages& charts,
                       const MemoOptions& options, const QString& path)
{
    if (!isSupportedPath(path)) {
        return Error::at(QStringLiteral("out"),
                         tr("%1 must end in .pdf or .html.").arg(QDir::toNativeSeparators(path)));
    }
    if (suffixOf(path) == QLatin1String("pdf")) {
        const std::unique_ptr<QTextDocument> document = MemoDocument::build(data, charts, options);
        return MemoPdfWriter::write(*document, path, footer(options), MemoDocument::title(data));
    }
    return MemoHtmlWriter::write(data, charts, options, path);
}

} // namespace tollgate
