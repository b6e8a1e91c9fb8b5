#pragma once

#include "domain/Scorecard.h"

namespace tollgate
{

// Whether two scorecards say the same thing: scores, evidence, confidence, market and cost
// inputs, date, analyst and template. Bookkeeping (ids, row versions, times) is ignored, so a
// scorecard read back from the database compares equal to the one that was written.
bool sameContent(const Scorecard& a, const Scorecard& b);
bool sameCostInputs(const CostInputs& a, const CostInputs& b);
bool sameMarketInputs(const MarketInputs& a, const MarketInputs& b);

} // namespace tollgate
