#include "exchange/Csv.h"
#include "exchange/ProjectCsv.h"
#include "exchange/ProjectCsvColumns.h"
#include "scoring/ProjectEvaluation.h"

namespace tollgate
{

namespace
{

using projectcsv::Column;
using projectcsv::columnName;
using projectcsv::exactNumberText;

template <typename T>
QString optionalText(const std::optional<T>& value)
{
    if (!value)
        return {};
    if constexpr (std::is_floating_point_v<T>)
        return exactNumberText(*value);
    else
        return QString::number(*value);
}

QStringList rowFields(const ProjectCsvRow& row)
{
    const Project& p = row.project;
    const std::optional<Scorecard>& card = row.leadScorecard;
    QStringList fields{
        p.id > 0 ? QString::number(p.id) : QString(),
        p.name,
        p.segmentKey,
        stageKey(p.stage),
        p.round,
        optionalText(p.valuationCny),
        optionalText(p.askCny),
        p.city,
        optionalText(p.foundedYear),
        p.description,
        p.tags.join(projectcsv::kTagSeparator),
        p.leadAnalyst,
        p.exitRoute,
        optionalText(p.expectedExitYear),
        optionalText(p.fundEndYear),
        card ? optionalText(card->market.tamCny) : QString(),
        card ? optionalText(card->market.samCny) : QString(),
    };
    for (const QString& key : projectcsv::criterionColumns())
        fields.append(card ? optionalText(card->score(key)) : QString());
    fields.append(verdictKey(row.verdict));
    fields.append(optionalText(row.marketScore));
    fields.append(optionalText(row.costScore));
    return fields;
}

} // namespace

QStringList projectCsvHeader()
{
    QStringList header;
    for (int c = 0; c <= static_cast<int>(Column::SamCny); ++c)
        header.append(columnName(static_cast<Column>(c)));
    header.append(projectcsv::criterionColumns());
    for (Column c : {Column::Verdict, Column::MarketScore, Column::CostScore})
        header.append(columnName(c));
    return header;
}

ProjectCsvRow projectCsvRow(const Template& t, const ProjectBundle& bundle, int asOfYear)
{
    const ProjectEvaluation standing =
        evaluateProject(t, bundle.project, bundle.scorecards, asOfYear);
    ProjectCsvRow row;
    row.project = bundle.project;
    // The primary scorecard is the lead's latest whenever the lead has one.
    if (standing.primary && !bundle.project.leadAnalyst.isEmpty() &&
        standing.primary->analyst == bundle.project.leadAnalyst)
        row.leadScorecard = standing.primary;
    row.marketScore = standing.evaluation.market;
    row.costScore = standing.evaluation.cost;
    row.verdict = standing.evaluation.verdict;
    return row;
}

QByteArray writeProjectCsv(const QList<ProjectCsvRow>& rows)
{
    QList<QStringList> table;
    table.reserve(rows.size() + 1);
    table.append(projectCsvHeader());
    for (const ProjectCsvRow& row : rows)
        table.append(rowFields(row));
    return writeCsv(table);
}

QByteArray writeRejectsCsv(const QStringList& header, const QList<RejectedRow>& rejected)
{
    QList<QStringList> table;
    table.reserve(rejected.size() + 1);
    table.append(header + QStringList{projectcsv::errorColumnName()});
    for (const RejectedRow& row : rejected) {
        QStringList fields = row.fields;
        // Short rows are padded so the error lines up under its column.
        while (fields.size() < header.size())
            fields.append(QString());
        fields.append(projectcsv::lineFault(row.line, row.reason));
        table.append(fields);
    }
    return writeCsv(table);
}

QString rejectsFilePath(const QString& inputPath)
{
    // Editing the path as text keeps its folder exactly as given (relative or absolute).
    const QLatin1String csvSuffix(".csv");
    QString path = inputPath;
    if (path.endsWith(csvSuffix, Qt::CaseInsensitive))
        path.chop(csvSuffix.size());
    return path + QLatin1String(".rejects.csv");
}

} // namespace tollgate
