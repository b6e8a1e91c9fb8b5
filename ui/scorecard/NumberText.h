#pragma once

#include "core/Result.h"

#include <QString>

#include <optional>

namespace tollgate
{

// Numbers as analysts type them into the form. Accepts plain and scientific notation
// ("3.2e9"), thousands separators ("3,200,000,000"), a percent sign for fractions ("30%" is
// 0.3) and the magnitude words of both languages ("3.2bn", "32亿", "5万", "12k", "4m").
// Empty text means "not given". Anything else is refused with an Error naming `field`.
Result<std::optional<double>> parseNumberText(const QString& text, const QString& field);

// The inverse for display: the shortest plain decimal that reads back as the same double
// ("3200000000", "0.82"), so a stored value round-trips through its field unchanged.
QString formatNumberText(double value);

// A reading aid for large money amounts: "32 亿元" in Chinese, "3.2 bn CNY" in English; empty
// for amounts too small to need it.
QString describeAmountCny(double value, bool chinese);

} // namespace tollgate
