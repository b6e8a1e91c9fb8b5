// list: the project table on the terminal, or as JSON for scripts (SPEC §8).
#include "cli/Arguments.h"
#include "cli/CliText.h"
#include "cli/Commands.h"
#include "cli/Console.h"
#include "cli/DatabaseAccess.h"
#include "cli/JsonValues.h"
#include "exchange/SegmentNames.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tollgate::cli
{

namespace
{

// Long names are cut in the table (the JSON keeps them whole).
constexpr int kNameColumnWidth = 40;

QJsonObject summaryToJson(const ProjectSummary& s)
{
    return QJsonObject{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("segment"), s.segmentKey},
        {QStringLiteral("stage"), stageKey(s.stage)},
        {QStringLiteral("market_score"), jsonNumber(s.market)},
        {QStringLiteral("cost_score"), jsonNumber(s.cost)},
        {QStringLiteral("composite"), jsonNumber(s.composite)},
        {QStringLiteral("verdict"), verdictKey(s.verdict)},
        {QStringLiteral("red_flags"), QJsonArray::fromStringList(s.redFlags)},
        {QStringLiteral("lead_analyst"), s.leadAnalyst},
        {QStringLiteral("updated"), jsonTime(s.updated)},
    };
}

QString scoreText(const std::optional<double>& score)
{
    return score ? QString::number(*score, 'f', 1) : QStringLiteral("-");
}

QString summaryTable(const QList<ProjectSummary>& summaries)
{
    const QList<TableColumn> columns{
        {CliText::tr("ID"), true},        {CliText::tr("Name"), false, kNameColumnWidth},
        {CliText::tr("Segment")},         {CliText::tr("Stage")},
        {CliText::tr("M"), true},         {CliText::tr("C"), true},
        {CliText::tr("Composite"), true}, {CliText::tr("Verdict")},
        {CliText::tr("Flags"), true},     {CliText::tr("Lead")},
        {CliText::tr("Updated")},
    };
    QList<QStringList> rows;
    rows.reserve(summaries.size());
    for (const ProjectSummary& s : summaries) {
        rows.append({QString::number(s.id), s.name, s.segmentKey, stageKey(s.stage),
                     scoreText(s.market), scoreText(s.cost), scoreText(s.composite),
                     verdictKey(s.verdict), QString::number(s.redFlags.size()), s.leadAnalyst,
                     s.updated.toUTC().date().toString(Qt::ISODate)});
    }
    return formatTable(columns, rows) + CliText::tr("Projects: %1\n").arg(summaries.size());
}

// The segment the user named by key, English name or Chinese name (simplified or traditional).
Result<QString> resolveSegment(const Portfolio& portfolio, const QString& text)
{
    const Result<QList<Segment>> segments = portfolio.segments();
    if (!segments)
        return segments.error();
    if (const std::optional<QString> key = findSegmentKey(*segments, text))
        return *key;
    QStringList keys;
    for (const Segment& segment : *segments)
        keys.append(segment.key);
    return Error::at(QStringLiteral("segment"),
                     CliText::tr("No segment is called '%1'; the segments are %2.")
                         .arg(text, keys.join(QStringLiteral(", "))));
}

} // namespace

int runList(const Invocation& inv)
{
    ProjectFilter filter;
    const QString verdict = QStringLiteral("verdict");
    if (inv.has(verdict)) {
        filter.verdict = verdictFromKey(inv.value(verdict));
        if (!filter.verdict) {
            return usageError(inv, CliText::tr("--verdict must be pursue, market-gap, cost-gap, "
                                               "decline or incomplete; got '%1'.")
                                       .arg(inv.value(verdict)));
        }
    }

    const auto portfolio = openDatabase(inv, OpenMode::ExistingOnly);
    if (!portfolio)
        return userError(portfolio.error());
    if (inv.has(QStringLiteral("segment"))) {
        const Result<QString> key =
            resolveSegment(**portfolio, inv.value(QStringLiteral("segment")));
        if (!key)
            return userError(key.error());
        filter.segmentKey = *key;
    }

    const Result<QList<ProjectSummary>> summaries = (*portfolio)->projectSummaries(filter);
    if (!summaries)
        return userError(summaries.error());
    if (inv.has(QStringLiteral("json"))) {
        JsonArrayPrinter array;
        for (const ProjectSummary& s : *summaries)
            array.append(summaryToJson(s));
    } else {
        printOut(summaryTable(*summaries));
    }
    return Success;
}

} // namespace tollgate::cli
