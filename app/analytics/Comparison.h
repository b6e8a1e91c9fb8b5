#pragma once

#include "domain/Project.h"
#include "domain/Scorecard.h"
#include "domain/Template.h"
#include "scoring/ProjectEvaluation.h"

#include <QList>
#include <QString>

#include <optional>

namespace tollgate
{

// Side-by-side comparison of 2–6 projects (docs/compare-and-blind-scoring.md): one column per
// project, one row per figure, the best value of each row marked. Pure: the caller passes the
// scorecards each project's viewer may see (Portfolio::scorecards with a viewer), so blind
// scoring holds here too.

constexpr int kMinCompared = 2;
constexpr int kMaxCompared = 6;

struct ComparedProject {
    Project project;
    ProjectEvaluation standing; // the aggregate of the visible scorecards (SPEC §4)
};

ComparedProject compareEntry(const Template& t, const Project& project,
                             const QList<Scorecard>& visibleScorecards, int asOfYear);

// The aggregate of one criterion of a project, or null when the template has no such key.
const CriterionAggregate* criterionOf(const ComparedProject& p, const QString& key);

enum class ComparisonRowKind {
    Segment,
    Stage,
    Market,
    Cost,
    Composite,
    Verdict,
    Criterion, // one per template criterion: the mean over analysts, with its spread
    Tam,
    YearsToProfitable,
    RedFlags
};

struct ComparisonRow {
    ComparisonRowKind kind = ComparisonRowKind::Segment;
    QString criterionKey; // for Criterion rows
};

// The rows in display order: segment, stage, M, C, composite, verdict, every criterion of the
// template, TAM, years to profitable cost, red flags.
QList<ComparisonRow> comparisonRows(const Template& t);

// The number a row ranks a project by, or nullopt when it has none (not scored, no TAM, a
// text row). Verdicts rank pursue 3, a gap 2, decline 1; incomplete has none. Years not
// reached within the horizon rank after every reached value.
std::optional<double> rankValue(const ComparisonRow& row, const ComparedProject& p);

// The columns holding the best value of a row (ties all marked); empty for the text rows and
// when fewer than two projects have a value or all values are equal. Higher is better except
// for years to profitable cost and red flags.
QList<int> bestColumns(const ComparisonRow& row, const QList<ComparedProject>& projects);

} // namespace tollgate
