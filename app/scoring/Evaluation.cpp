#include "scoring/Evaluation.h"

#include "scoring/RedFlags.h"
#include "scoring/ScoringPlan.h"
#include "scoring/Suggestions.h"

#include <limits>

namespace tollgate
{

namespace
{

std::optional<double> scoreOf(const ScoreMap& scores, const QString& key)
{
    const auto it = scores.constFind(key);
    return it == scores.constEnd() ? std::nullopt : *it;
}

// The scores in the plan's order, NaN for "not scored".
QList<double> scoresInOrder(const ScoringPlan& plan, const ScoreMap& scores)
{
    QList<double> ordered;
    ordered.reserve(plan.size());
    for (const QString& key : plan.keys())
        ordered.append(scoreOf(scores, key).value_or(std::numeric_limits<double>::quiet_NaN()));
    return ordered;
}

} // namespace

std::optional<double> questionScore(const Template& t, Question q, const ScoreMap& scores)
{
    const ScoringPlan plan(t);
    return plan.questionScore(q, scoresInOrder(plan, scores).constData());
}

Evaluation evaluate(const Template& t, const EvaluationInput& input)
{
    const ScoringPlan plan(t);
    const QList<double> scores = scoresInOrder(plan, input.scores);
    const QuestionScores questions = plan.score(scores.constData());
    Evaluation e;
    e.market = questions.market;
    e.cost = questions.cost;
    e.composite = questions.composite;
    e.verdict = questions.verdict;
    e.knockouts = plan.knockouts(scores.constData());

    if (input.cost) {
        e.costModelGiven = true;
        e.yearsToProfitableCost = yearsToProfitableCost(*input.cost);
        e.suggested.insert(QStringLiteral("C3"), suggestTimeToCostScore(t, e.yearsToProfitableCost,
                                                                        input.cost->horizonYears));
    }
    if (input.tamCny)
        e.suggested.insert(QStringLiteral("M1"), suggestMarketSizeScore(t, *input.tamCny));

    RedFlagFacts facts;
    facts.m5 = scoreOf(input.scores, QStringLiteral("M5"));
    facts.m6 = scoreOf(input.scores, QStringLiteral("M6"));
    facts.c5 = scoreOf(input.scores, QStringLiteral("C5"));
    facts.costModelGiven = e.costModelGiven;
    facts.yearsToProfitableCost = e.yearsToProfitableCost;
    facts.fundEndYear = input.fundEndYear;
    facts.asOfYear = input.asOfYear;
    facts.expectedExitYear = input.expectedExitYear;
    facts.dominantIncumbent = input.dominantIncumbent;
    e.redFlags = redFlagIds(redFlagMask(facts));
    return e;
}

} // namespace tollgate
