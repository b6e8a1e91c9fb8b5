#include "scoring/Suggestions.h"

namespace tollgate
{

int suggestMarketSizeScore(const Template& t, double tamCny)
{
    // Each band is an exclusive upper bound: a TAM exactly on a band edge earns the higher score.
    for (int score = 0; score < static_cast<int>(t.tamBands.size()); ++score) {
        if (tamCny < t.tamBands[score])
            return score;
    }
    return 5;
}

int suggestTimeToCostScore(const Template& t, std::optional<double> years, double horizonYears)
{
    if (!years || *years > horizonYears)
        return 0;
    // Band edges are inclusive: exactly one year to profitable cost still earns a 5.
    for (int i = 0; i < static_cast<int>(t.costYearBands.size()); ++i) {
        if (*years <= t.costYearBands[i])
            return 5 - i;
    }
    return 1;
}

} // namespace tollgate
