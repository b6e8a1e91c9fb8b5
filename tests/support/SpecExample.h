#pragma once

// The worked example of SPEC §8 (`tollgate-cli evaluate`), whose published answer the tests
// check against: one place for its inputs, so every test means the same example.

#include "domain/Scorecard.h"
#include "scoring/CostModel.h"

namespace tollgate::test
{

// The cost model of the example: profitable cost after 6.2709 years (SPEC §8).
inline CostInputs specExampleCostInputs()
{
    CostInputs in;
    in.unitCost = 120;
    in.price = 100;
    in.targetMargin = 0.3;
    in.volume = 10000;
    in.cumulative = 20000;
    in.volumeGrowth = 0.6;
    in.learningRate = 0.82;
    in.priceErosion = 0.05;
    in.horizonYears = 10;
    return in;
}

// The same inputs as the validated parameters the cost model and the chart take.
inline CostParams specExampleCostParams()
{
    return validateCostInputs(specExampleCostInputs()).value();
}

// The example's years to profitable cost, to four decimals.
constexpr double kSpecExampleYears = 6.2709;

} // namespace tollgate::test
