#include "analytics/Comparison.h"

#include <limits>

namespace tollgate
{

namespace
{

bool lowerIsBetter(ComparisonRowKind kind)
{
    return kind == ComparisonRowKind::YearsToProfitable || kind == ComparisonRowKind::RedFlags;
}

std::optional<double> verdictRank(Verdict v)
{
    switch (v) {
    case Verdict::Pursue:
        return 3;
    case Verdict::MarketGap:
    case Verdict::CostGap:
        return 2;
    case Verdict::Decline:
        return 1;
    case Verdict::Incomplete:
        break;
    }
    return std::nullopt;
}

} // namespace

ComparedProject compareEntry(const Template& t, const Project& project,
                             const QList<Scorecard>& visibleScorecards, int asOfYear)
{
    return {project, evaluateProject(t, project, visibleScorecards, asOfYear)};
}

const CriterionAggregate* criterionOf(const ComparedProject& p, const QString& key)
{
    // find rather than value(): no default-constructed aggregate to copy.
    const auto it = p.standing.aggregate.criteria.constFind(key);
    return it == p.standing.aggregate.criteria.constEnd() ? nullptr : &*it;
}

QList<ComparisonRow> comparisonRows(const Template& t)
{
    QList<ComparisonRow> rows{{ComparisonRowKind::Segment, {}},   {ComparisonRowKind::Stage, {}},
                              {ComparisonRowKind::Market, {}},    {ComparisonRowKind::Cost, {}},
                              {ComparisonRowKind::Composite, {}}, {ComparisonRowKind::Verdict, {}}};
    for (const Criterion& c : t.criteria)
        rows.append({ComparisonRowKind::Criterion, c.key});
    rows.append({ComparisonRowKind::Tam, {}});
    rows.append({ComparisonRowKind::YearsToProfitable, {}});
    rows.append({ComparisonRowKind::RedFlags, {}});
    return rows;
}

std::optional<double> rankValue(const ComparisonRow& row, const ComparedProject& p)
{
    const Evaluation& e = p.standing.evaluation;
    switch (row.kind) {
    case ComparisonRowKind::Segment:
    case ComparisonRowKind::Stage:
        return std::nullopt;
    case ComparisonRowKind::Market:
        return e.market;
    case ComparisonRowKind::Cost:
        return e.cost;
    case ComparisonRowKind::Composite:
        return e.composite;
    case ComparisonRowKind::Verdict:
        return verdictRank(e.verdict);
    case ComparisonRowKind::Criterion: {
        const CriterionAggregate* a = criterionOf(p, row.criterionKey);
        return a ? a->mean : std::nullopt;
    }
    case ComparisonRowKind::Tam:
        return p.standing.primary ? p.standing.primary->market.tamCny : std::nullopt;
    case ComparisonRowKind::YearsToProfitable:
        if (!e.costModelGiven)
            return std::nullopt;
        return e.yearsToProfitableCost ? *e.yearsToProfitableCost
                                       : std::numeric_limits<double>::infinity();
    case ComparisonRowKind::RedFlags:
        return double(e.redFlags.size());
    }
    return std::nullopt;
}

QList<int> bestColumns(const ComparisonRow& row, const QList<ComparedProject>& projects)
{
    const bool lower = lowerIsBetter(row.kind);
    std::optional<double> best;
    std::optional<double> worst;
    int valued = 0;
    for (const ComparedProject& p : projects) {
        const std::optional<double> v = rankValue(row, p);
        if (!v)
            continue;
        ++valued;
        if (!best || (lower ? *v < *best : *v > *best))
            best = v;
        if (!worst || (lower ? *v > *worst : *v < *worst))
            worst = v;
    }
    QList<int> columns;
    if (valued < 2 || *best == *worst)
        return columns;
    for (int i = 0; i < projects.size(); ++i)
        if (rankValue(row, projects.at(i)) == best)
            columns.append(i);
    return columns;
}

} // namespace tollgate
