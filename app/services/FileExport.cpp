#include "services/FileExport.h"

#include "analytics/SegmentStatistics.h"
#include "exchange/PortfolioJson.h"
#include "exchange/PortfolioXlsx.h"
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

// The per-segment lines from the dashboard's own statistics, so both count alike.
Result<QList<XlsxSegmentRow>> segmentRows(const Portfolio& portfolio,
                                          const QList<Segment>& segments)
{
    Result<QList<ProjectSummary>> summaries = portfolio.projectSummaries();
    if (!summaries)
        return summaries.error();
    QList<XlsxSegmentRow> rows;
    for (const SegmentStatistics& s : computeDashboardStatistics(*summaries, segments).segments) {
        XlsxSegmentRow row;
        row.segment = s.segment;
        row.projects = s.projects;
        row.verdictCounts = s.verdictCounts;
        row.meanMarket = s.meanMarket;
        row.meanCost = s.meanCost;
        if (s.composite.count > 0)
            row.medianComposite = s.composite.median;
        row.inPlay = s.inPlay;
        row.tamInPlayCny = s.tamInPlayCny;
        rows.append(row);
    }
    return rows;
}

Result<QByteArray> xlsxExport(const Portfolio& portfolio, const PortfolioDocument& document,
                              int asOfYear)
{
    XlsxExport content;
    Result<Template> t = portfolio.currentTemplate();
    if (!t)
        return t.error();
    content.currentTemplate = *t;
    content.segments = document.segments;
    content.projects = document.projects;
    content.evaluations.reserve(document.projects.size());
    for (const ProjectBundle& bundle : document.projects)
        content.evaluations.append(
            evaluateProject(*t, bundle.project, bundle.scorecards, asOfYear));
    Result<QList<XlsxSegmentRow>> rows = segmentRows(portfolio, document.segments);
    if (!rows)
        return rows.error();
    content.segmentRows = *rows;
    return writePortfolioXlsx(content);
}

} // namespace

Status exportFile(const Portfolio& portfolio, const QString& path, int asOfYear)
{
    Result<ExportFormat> format = exportFormatOf(path);
    if (!format)
        return format.error();
    Result<PortfolioDocument> document = portfolio.exportDocument();
    if (!document)
        return document.error();
    Result<QByteArray> bytes =
        *format == ExportFormat::Csv    ? csvExport(portfolio, *document, asOfYear)
        : *format == ExportFormat::Xlsx ? xlsxExport(portfolio, *document, asOfYear)
                                        : Result<QByteArray>(writePortfolioJson(*document));
    if (!bytes)
        return bytes.error();
    return saveFileAtomically(path, *bytes);
}

} // namespace tollgate
