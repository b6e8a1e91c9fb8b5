#pragma once

#include <QString>

#include <optional>

namespace tollgate {

// The outcome of the two questions (SPEC §4).
enum class Verdict { Incomplete, Pursue, MarketGap, CostGap, Decline };

QString verdictKey(Verdict v); // incomplete, pursue, market-gap, cost-gap, decline
std::optional<Verdict> verdictFromKey(const QString& key);

} // namespace tollgate
