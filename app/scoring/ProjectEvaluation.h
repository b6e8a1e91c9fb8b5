#pragma once

#include "domain/Project.h"
#include "domain/Scorecard.h"
#include "domain/Template.h"
#include "scoring/Aggregation.h"
#include "scoring/Evaluation.h"

#include <QList>

namespace tollgate
{

// A project's own standing as the table, charts, CLI and memo show it (SPEC §4): the aggregate
// of each analyst's latest scorecard, with the market and cost inputs of the project's primary
// scorecard (the lead analyst's latest, else the latest of anyone's).
struct ProjectEvaluation {
    Aggregate aggregate;
    Evaluation evaluation;
    std::optional<Scorecard> primary;
};

ProjectEvaluation evaluateProject(const Template& t, const Project& project,
                                  const QList<Scorecard>& scorecards, int asOfYear);

// The primary scorecard as defined above, or nullopt when there is none.
std::optional<Scorecard> primaryScorecard(const Project& project,
                                          const QList<Scorecard>& scorecards);

// The cost model's inputs when they are given and valid. Inputs that do not validate (half-typed
// on the form, say) count as "cost not given": the project is still evaluated on its scores.
std::optional<CostParams> usableCost(const CostInputs& inputs);

} // namespace tollgate
