#include "storage/CachedEvaluation.h"

#include "storage/Portfolio.h"

namespace tollgate
{

bool CachedEvaluation::operator==(const CachedEvaluation& other) const
{
    return sameResultAs(other) && templateId == other.templateId;
}

bool CachedEvaluation::sameResultAs(const CachedEvaluation& other) const
{
    return market == other.market && cost == other.cost && composite == other.composite &&
           verdict == other.verdict && redFlags == other.redFlags && tamCny == other.tamCny &&
           costModelGiven == other.costModelGiven &&
           yearsToProfitableCost == other.yearsToProfitableCost && asOfYear == other.asOfYear;
}

CachedEvaluation cachedEvaluation(const ProjectEvaluation& e, qint64 templateId, int asOfYear)
{
    CachedEvaluation cached;
    cached.market = e.evaluation.market;
    cached.cost = e.evaluation.cost;
    cached.composite = e.evaluation.composite;
    cached.verdict = e.evaluation.verdict;
    cached.redFlags = e.evaluation.redFlags;
    if (e.primary)
        cached.tamCny = e.primary->market.tamCny;
    cached.costModelGiven = e.evaluation.costModelGiven;
    cached.yearsToProfitableCost = e.evaluation.yearsToProfitableCost;
    cached.asOfYear = asOfYear;
    cached.templateId = templateId;
    return cached;
}

void setEvaluatedFields(ProjectSummary& summary, const CachedEvaluation& e)
{
    summary.market = e.market;
    summary.cost = e.cost;
    summary.composite = e.composite;
    summary.verdict = e.verdict;
    summary.redFlags = e.redFlags;
    summary.tamCny = e.tamCny;
    summary.costModelGiven = e.costModelGiven;
    summary.yearsToProfitableCost = e.yearsToProfitableCost;
}

} // namespace tollgate
