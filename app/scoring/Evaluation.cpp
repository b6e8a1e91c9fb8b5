#include "scoring/Evaluation.h"

#include "scoring/Suggestions.h"

#include <cmath>

namespace tollgate
{

namespace
{

std::optional<double> scoreOf(const ScoreMap& scores, const QString& key)
{
    const auto it = scores.constFind(key);
    return it == scores.constEnd() ? std::nullopt : *it;
}

Verdict verdictFor(const Template& t, std::optional<double> market, std::optional<double> cost,
                   bool knockedOut)
{
    if (!market || !cost)
        return Verdict::Incomplete;
    if (knockedOut)
        return Verdict::Decline;
    const bool marketPasses = *market >= t.marketGate;
    const bool costPasses = *cost >= t.costGate;
    if (marketPasses && costPasses)
        return Verdict::Pursue;
    if (costPasses)
        return Verdict::MarketGap;
    if (marketPasses)
        return Verdict::CostGap;
    return Verdict::Decline;
}

// Knock-out criteria whose score (or mean, for an aggregate) is exactly 0, in template order.
QStringList knockoutsFor(const Template& t, const ScoreMap& scores)
{
    QStringList fired;
    for (const Criterion& c : t.criteria) {
        const std::optional<double> score = scoreOf(scores, c.key);
        if (c.knockout && score && *score == 0.0)
            fired.append(c.key);
    }
    return fired;
}

// A weak score on one of the criteria the interview warns about. A mean counts the same way:
// a 1.5 from two analysts is not a flag, a 1.0 is.
bool weak(const ScoreMap& scores, const QString& key)
{
    const std::optional<double> score = scoreOf(scores, key);
    return score && *score <= 1.0;
}

QStringList redFlagsFor(const EvaluationInput& input, const Evaluation& e)
{
    QStringList flags;
    if (weak(input.scores, QStringLiteral("M5")))
        flags.append(RedFlag::SubstitutionUnproven);
    if (weak(input.scores, QStringLiteral("M6")))
        flags.append(RedFlag::FragmentedMarket);
    if (weak(input.scores, QStringLiteral("C5")))
        flags.append(RedFlag::ExportExposure);
    if (e.costModelGiven && input.fundEndYear) {
        const int yearsLeft = *input.fundEndYear - input.asOfYear;
        if (!e.yearsToProfitableCost || *e.yearsToProfitableCost > yearsLeft)
            flags.append(RedFlag::CostAfterFundEnd);
    }
    if (input.expectedExitYear && input.fundEndYear && *input.expectedExitYear > *input.fundEndYear)
        flags.append(RedFlag::ExitAfterFundEnd);
    if (input.dominantIncumbent)
        flags.append(RedFlag::DominantIncumbent);
    flags.sort();
    return flags;
}

} // namespace

std::optional<double> questionScore(const Template& t, Question q, const ScoreMap& scores)
{
    double weightedSum = 0;
    double weightTotal = 0;
    for (const Criterion& c : t.criteria) {
        if (c.question != q)
            continue;
        const std::optional<double> score = scoreOf(scores, c.key);
        if (!score)
            return std::nullopt;
        weightedSum += c.weight * *score;
        weightTotal += c.weight;
    }
    if (weightTotal <= 0)
        return std::nullopt; // a question without criteria has nothing to score
    // Exactly this order of operations, so results match the reference figures digit for digit.
    return 100.0 * weightedSum / (5.0 * weightTotal);
}

Evaluation evaluate(const Template& t, const EvaluationInput& input)
{
    Evaluation e;
    e.market = questionScore(t, Question::Market, input.scores);
    e.cost = questionScore(t, Question::Cost, input.scores);
    if (e.market && e.cost)
        e.composite = std::sqrt(*e.market * *e.cost);
    e.knockouts = knockoutsFor(t, input.scores);
    e.verdict = verdictFor(t, e.market, e.cost, !e.knockouts.isEmpty());

    if (input.cost) {
        e.costModelGiven = true;
        e.yearsToProfitableCost = yearsToProfitableCost(*input.cost);
        e.suggested.insert(QStringLiteral("C3"), suggestTimeToCostScore(t, e.yearsToProfitableCost,
                                                                        input.cost->horizonYears));
    }
    if (input.tamCny)
        e.suggested.insert(QStringLiteral("M1"), suggestMarketSizeScore(t, *input.tamCny));

    e.redFlags = redFlagsFor(input, e);
    return e;
}

} // namespace tollgate
