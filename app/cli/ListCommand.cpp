// list: the project table on the terminal or as JSON (SPEC §8).
#include "cli/Commands.h"
#include "cli/Console.h"
#include "cli/JsonValues.h"
#include "cli/PortfolioAccess.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace tollgate::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ListCommand)
};

QString scoreText(const std::optional<double>& score)
{
    return score ? QString::number(*score, 'f', 1) : QStringLiteral("-");
}

QJsonObject summaryToJson(const ProjectSummary& s)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), s.id);
    o.insert(QStringLiteral("name"), s.name);
    o.insert(QStringLiteral("segment"), s.segmentKey);
    o.insert(QStringLiteral("stage"), stageKey(s.stage));
    o.insert(QStringLiteral("market_score"), jsonNumber(s.market));
    o.insert(QStringLiteral("cost_score"), jsonNumber(s.cost));
    o.insert(QStringLiteral("composite"), jsonNumber(s.composite));
    o.insert(QStringLiteral("verdict"), verdictKey(s.verdict));
    o.insert(QStringLiteral("red_flags"), QJsonArray::fromStringList(s.redFlags));
    o.insert(QStringLiteral("red_flag_count"), static_cast<int>(s.redFlags.size()));
    o.insert(QStringLiteral("lead_analyst"), s.leadAnalyst);
    o.insert(QStringLiteral("updated"), jsonTime(s.updated));
    o.insert(QStringLiteral("city"), s.city);
    o.insert(QStringLiteral("tam_cny"), jsonNumber(s.tamCny));
    o.insert(QStringLiteral("years_to_profitable_cost"), jsonNumber(s.yearsToProfitableCost));
    o.insert(QStringLiteral("archived"), s.archived);
    return o;
}
} // namespace

int runList(const Invocation& inv)
{
    ProjectFilter filter;
    if (inv.has(QStringLiteral("verdict"))) {
        const QString key = inv.value(QStringLiteral("verdict"));
        const auto verdict = verdictFromKey(key);
        if (!verdict)
            return usageError(Tr::tr("unknown verdict '%1' (use incomplete, pursue, market-gap, "
                                     "cost-gap or decline)")
                                  .arg(key));
        filter.verdict = verdict;
    }

    auto portfolio = openPortfolio(inv, OpenMode::ExistingOnly);
    if (!portfolio)
        return userError(portfolio.error());

    if (inv.has(QStringLiteral("segment"))) {
        const auto key = resolveSegment(**portfolio, inv.value(QStringLiteral("segment")));
        if (!key)
            return userError(key.error());
        filter.segmentKey = *key;
    }

    const auto summaries = (*portfolio)->projectSummaries(filter);
    if (!summaries)
        return userError(summaries.error());

    if (inv.has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ProjectSummary& s : *summaries)
            array.append(summaryToJson(s));
        printJson(QJsonDocument(array));
        return Success;
    }

    QList<QStringList> rows;
    for (const ProjectSummary& s : *summaries)
        rows.append({QString::number(s.id), s.name, s.segmentKey, stageKey(s.stage),
                     scoreText(s.market), scoreText(s.cost), scoreText(s.composite),
                     verdictKey(s.verdict), QString::number(s.redFlags.size()), s.leadAnalyst});
    printOut(formatTable({Tr::tr("ID"), Tr::tr("Name"), Tr::tr("Segment"), Tr::tr("Stage"),
                          Tr::tr("M"), Tr::tr("C"), Tr::tr("Composite"), Tr::tr("Verdict"),
                          Tr::tr("Flags"), Tr::tr("Lead")},
                         rows));
    printOut(Tr::tr("%n project(s)\n", nullptr, static_cast<int>(summaries->size())));
    return Success;
}

} // namespace tollgate::cli
