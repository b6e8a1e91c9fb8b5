#pragma once

#include "domain/Template.h"

#include <optional>

namespace tollgate {

// The M1 suggestion from the total addressable market in CNY (SPEC §4, bands in the template).
int suggestMarketSizeScore(const Template& t, double tamCny);

// The C3 suggestion from years to profitable cost; nullopt means not within the horizon.
int suggestTimeToCostScore(const Template& t, std::optional<double> years, double horizonYears);

} // namespace tollgate
