#pragma once

#include "domain/Template.h"
#include "scoring/Verdict.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace tollgate
{

// What the two questions give for one set of scores (SPEC §4), without red flags and
// suggestions.
struct QuestionScores {
    std::optional<double> market;
    std::optional<double> cost;
    std::optional<double> composite;
    Verdict verdict = Verdict::Incomplete;
    bool knockedOut = false;
};

// A template compiled for scoring: its criteria in template order with their weights,
// questions and knock-out flags, and its gates. Scores are passed by position (keys()[i]),
// NaN meaning "not scored", so scoring many projects looks nothing up by key. evaluate()
// (scoring/Evaluation.h) runs on it too, so the bulk re-scoring and every other caller share
// one implementation of the rules.
class ScoringPlan
{
public:
    explicit ScoringPlan(const Template& t);

    const QStringList& keys() const { return m_keys; }
    int size() const { return static_cast<int>(m_keys.size()); }
    int indexOf(const QString& key) const { return static_cast<int>(m_keys.indexOf(key)); }

    // scores[i] is the score (or mean) of keys()[i]; NaN when not scored.
    QuestionScores score(const double* scores) const;
    // Q of one question, as questionScore() (scoring/Evaluation.h) defines it.
    std::optional<double> questionScore(Question q, const double* scores) const;
    // The knock-out criteria scoring exactly 0, in template order.
    QStringList knockouts(const double* scores) const;

private:
    struct Entry {
        Question question;
        double weight;
        bool knockout;
    };
    QStringList m_keys;
    QList<Entry> m_entries;
    double m_marketGate;
    double m_costGate;
};

// The verdict rule of SPEC §4 from the two question scores and the knock-outs.
Verdict verdictFor(double marketGate, double costGate, std::optional<double> market,
                   std::optional<double> cost, bool knockedOut);

} // namespace tollgate
