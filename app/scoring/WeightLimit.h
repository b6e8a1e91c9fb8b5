#pragma once

namespace tollgate
{

// The largest weight a criterion may have (evaluate's "weights", a template file's "weight").
// A weight is a criterion's importance relative to the others; past a million it means nothing
// more, and far larger ones (1e308) overflow the weighted sum to infinity and make a question's
// score NaN, which fuzzing evaluate's input found.
constexpr double kMaxCriterionWeight = 1e6;

} // namespace tollgate
