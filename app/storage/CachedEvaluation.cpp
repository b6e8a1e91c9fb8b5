#include "storage/CachedEvaluation.h"

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

} // namespace tollgate
