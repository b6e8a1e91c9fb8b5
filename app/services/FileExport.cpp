#include "services/FileExport.h"

#include "exchange/PortfolioJson.h"
#include "exchange/ProjectCsv.h"
#include "services/FileFormat.h"

namespace tollgate
{

namespace
{

Result<QByteArray> csvExport(const Portfolio& portfolio, const PortfolioDocument& document,
                             int asOfYear)
{
    Result<Template> t = portfolio.currentTemplate();
    if (!t)
        return t.error();
    QList<ProjectCsvRow> rows;
    rows.reserve(document.projects.size());
    for (const ProjectBundle& bundle : document.projects)
        rows.append(projectCsvRow(*t, bundle, asOfYear));
    return writeProjectCsv(rows);
}

} // namespace

Status exportFile(const Portfolio& portfolio, const QString& path, int asOfYear)
{
    Result<FileFormat> format = fileFormatOf(path);
    if (!format)
        return format.error();
    Result<PortfolioDocument> document = portfolio.exportDocument();
    if (!document)
        return document.error();
    Result<QByteArray> bytes = *format == FileFormat::Csv
                                   ? csvExport(portfolio, *document, asOfYear)
                                   : Result<QByteArray>(writePortfolioJson(*document));
    if (!bytes)
        return bytes.error();
    return saveFileAtomically(path, *bytes);
}

} // namespace tollgate
