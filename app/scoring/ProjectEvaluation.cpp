#include "scoring/ProjectEvaluation.h"

#include "scoring/ScorecardOrder.h"

namespace tollgate
{

namespace
{

std::optional<Scorecard> latestOf(const QList<Scorecard>& scorecards, const QString* analyst)
{
    std::optional<Scorecard> latest;
    for (const Scorecard& s : scorecards) {
        if (analyst && s.analyst != *analyst)
            continue;
        if (!latest || isLaterScreening(s, *latest))
            latest = s;
    }
    return latest;
}

} // namespace

std::optional<CostParams> usableCost(const CostInputs& inputs)
{
    if (inputs.isEmpty())
        return std::nullopt;
    Result<CostParams> params = validateCostInputs(inputs);
    if (!params.ok())
        return std::nullopt;
    return *params;
}

std::optional<Scorecard> primaryScorecard(const Project& project,
                                          const QList<Scorecard>& scorecards)
{
    if (!project.leadAnalyst.isEmpty()) {
        if (std::optional<Scorecard> lead = latestOf(scorecards, &project.leadAnalyst))
            return lead;
    }
    return latestOf(scorecards, nullptr);
}

ProjectEvaluation evaluateProject(const Template& t, const Project& project,
                                  const QList<Scorecard>& scorecards, int asOfYear)
{
    ProjectEvaluation result;
    result.aggregate = aggregate(t, latestPerAnalyst(scorecards));
    result.primary = primaryScorecard(project, scorecards);

    EvaluationInput input;
    input.scores = result.aggregate.means();
    if (result.primary) {
        input.tamCny = result.primary->market.tamCny;
        input.cost = usableCost(result.primary->cost);
    }
    input.fundEndYear = project.fundEndYear;
    input.asOfYear = asOfYear;
    input.expectedExitYear = project.expectedExitYear;
    input.dominantIncumbent = project.dominantIncumbent;
    result.evaluation = evaluate(t, input);
    return result;
}

} // namespace tollgate
