#pragma once

#include "core/Result.h"

#include <QString>

#include <optional>

namespace tollgate
{

// Turning what an analyst typed into a project field into a value, with the reason in one
// sentence when it cannot be one. Empty text means "not given" for every optional field.
namespace ProjectFieldParsing
{
constexpr int earliestYear = 1950;
constexpr int latestYear = 2100;

// Whole CNY, not negative. Accepts thousands separators and spaces ("1,200,000"), and the
// Chinese units 万 (10⁴) and 亿 (10⁸) after a number ("3.5亿").
Result<std::optional<qint64>> money(const QString& text, const QString& field);
// A year from earliestYear to latestYear.
Result<std::optional<int>> year(const QString& text, const QString& field);
} // namespace ProjectFieldParsing

} // namespace tollgate
