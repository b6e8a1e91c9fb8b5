#pragma once

#include "core/Result.h"
#include "domain/Template.h"
#include "scoring/Evaluation.h"

#include <QByteArray>
#include <QJsonObject>

namespace tollgate
{

// One `tollgate-cli evaluate` input (SPEC §8), checked and ready for evaluate().
struct EvaluationRequest {
    Template scoringTemplate; // the default template with the request's gates and weights
    EvaluationInput input;
};

// Reads the evaluate input object. Only `scores` is required; `template` (only "default" is
// known), `gates` and `weights` adjust the default template; `market.tam_cny`, `cost.*`,
// `fund.end_year`, `fund.as_of_year` (default: Clock::currentYear()), `exit.expected_year` and
// `dominant_incumbent` fill the input. An absent key and a null value both mean "not given".
// Bad input is refused with an Error whose field is the path of the bad value ("scores.M3",
// "weights.M1", "cost.learning_rate"): malformed JSON, wrong types, unknown keys, scores that
// are not whole numbers 0..5, weights that are not > 0, gates outside 0..100, cost inputs the
// cost model refuses.
Result<EvaluationRequest> parseEvaluationRequest(const QByteArray& json);
Result<EvaluationRequest> parseEvaluationRequest(const QJsonObject& request);

// The evaluate output object of SPEC §8: market_score, cost_score and composite (numbers or
// null, exact), verdict, knockouts, red_flags, years_to_profitable_cost (only when the cost
// model was given; rounded to 4 decimals, null when not within the horizon) and suggested.
QJsonObject evaluationToJson(const Evaluation& e);

} // namespace tollgate
