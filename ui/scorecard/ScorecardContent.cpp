#include "scorecard/ScorecardContent.h"

namespace tollgate
{

namespace
{

bool sameEntry(const CriterionEntry& a, const CriterionEntry& b)
{
    return a.score == b.score && a.evidence == b.evidence && a.confidence == b.confidence;
}

// An absent entry and an empty one mean the same: nothing recorded for that criterion.
bool sameEntries(const QMap<QString, CriterionEntry>& a, const QMap<QString, CriterionEntry>& b)
{
    QStringList keys = a.keys() + b.keys();
    keys.removeDuplicates();
    for (const QString& key : std::as_const(keys)) {
        if (!sameEntry(a.value(key), b.value(key)))
            return false;
    }
    return true;
}

} // namespace

bool sameCostInputs(const CostInputs& a, const CostInputs& b)
{
    return a.unitCost == b.unitCost && a.price == b.price && a.targetMargin == b.targetMargin &&
           a.volume == b.volume && a.cumulative == b.cumulative &&
           a.volumeGrowth == b.volumeGrowth && a.learningRate == b.learningRate &&
           a.priceErosion == b.priceErosion && a.horizonYears == b.horizonYears;
}

bool sameMarketInputs(const MarketInputs& a, const MarketInputs& b)
{
    return a.tamCny == b.tamCny && a.samCny == b.samCny && a.cagr == b.cagr && a.payers == b.payers;
}

bool sameContent(const Scorecard& a, const Scorecard& b)
{
    return a.projectId == b.projectId && a.analyst == b.analyst && a.date == b.date &&
           a.templateId == b.templateId && a.submitted == b.submitted &&
           sameEntries(a.entries, b.entries) && sameMarketInputs(a.market, b.market) &&
           sameCostInputs(a.cost, b.cost);
}

} // namespace tollgate
