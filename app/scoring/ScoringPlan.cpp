#include "scoring/ScoringPlan.h"

#include <cmath>

namespace tollgate
{

ScoringPlan::ScoringPlan(const Template& t) : m_marketGate(t.marketGate), m_costGate(t.costGate)
{
    m_keys.reserve(t.criteria.size());
    m_entries.reserve(t.criteria.size());
    for (const Criterion& c : t.criteria) {
        m_keys.append(c.key);
        m_entries.append(Entry{c.question, c.weight, c.knockout});
    }
}

std::optional<double> ScoringPlan::questionScore(Question q, const double* scores) const
{
    double weightedSum = 0;
    double weightTotal = 0;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Entry& e = m_entries.at(i);
        if (e.question != q)
            continue;
        if (std::isnan(scores[i]))
            return std::nullopt;
        weightedSum += e.weight * scores[i];
        weightTotal += e.weight;
    }
    if (weightTotal <= 0)
        return std::nullopt; // a question without criteria has nothing to score
    // Exactly this order of operations, so results match the reference figures digit for digit.
    return 100.0 * weightedSum / (5.0 * weightTotal);
}

QStringList ScoringPlan::knockouts(const double* scores) const
{
    QStringList fired;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).knockout && scores[i] == 0.0)
            fired.append(m_keys.at(i));
    }
    return fired;
}

QuestionScores ScoringPlan::score(const double* scores) const
{
    QuestionScores s;
    s.market = questionScore(Question::Market, scores);
    s.cost = questionScore(Question::Cost, scores);
    if (s.market && s.cost)
        s.composite = std::sqrt(*s.market * *s.cost);
    for (qsizetype i = 0; i < m_entries.size() && !s.knockedOut; ++i)
        s.knockedOut = m_entries.at(i).knockout && scores[i] == 0.0; // NaN is never 0
    s.verdict = verdictFor(m_marketGate, m_costGate, s.market, s.cost, s.knockedOut);
    return s;
}

Verdict verdictFor(double marketGate, double costGate, std::optional<double> market,
                   std::optional<double> cost, bool knockedOut)
{
    if (!market || !cost)
        return Verdict::Incomplete;
    if (knockedOut)
        return Verdict::Decline;
    const bool marketPasses = *market >= marketGate;
    const bool costPasses = *cost >= costGate;
    if (marketPasses && costPasses)
        return Verdict::Pursue;
    if (costPasses)
        return Verdict::MarketGap;
    if (marketPasses)
        return Verdict::CostGap;
    return Verdict::Decline;
}

} // namespace tollgate
