#pragma once

#include <QString>

#include <optional>

namespace tollgate
{

// The outcome of the two questions (SPEC §4).
enum class Verdict { Incomplete, Pursue, MarketGap, CostGap, Decline };

QString verdictKey(Verdict v); // incomplete, pursue, market-gap, cost-gap, decline
std::optional<Verdict> verdictFromKey(const QString& key);
// The verdict as people read it, in English or simplified Chinese (like Segment::displayName):
// the table, the charts and the memo all use these words.
QString verdictDisplayName(Verdict v, bool chinese);

} // namespace tollgate
