#pragma once

#include "domain/Scorecard.h"
#include "domain/Template.h"
#include "scoring/CostModel.h"
#include "scoring/Verdict.h"

#include <QMap>
#include <QStringList>

#include <optional>

namespace tollgate {

// Scores by criterion key. Doubles, because aggregated scores are means (SPEC §4); a missing
// key or nullopt means "not scored".
using ScoreMap = QMap<QString, std::optional<double>>;

// Red-flag ids of SPEC §8, also used in the database and the memo.
namespace RedFlag {
inline const QString SubstitutionUnproven = QStringLiteral("substitution-unproven");
inline const QString FragmentedMarket = QStringLiteral("fragmented-market");
inline const QString ExportExposure = QStringLiteral("export-exposure");
inline const QString CostAfterFundEnd = QStringLiteral("cost-after-fund-end");
inline const QString ExitAfterFundEnd = QStringLiteral("exit-after-fund-end");
inline const QString DominantIncumbent = QStringLiteral("dominant-incumbent");
} // namespace RedFlag

// Everything the rules read besides the template.
struct EvaluationInput {
    ScoreMap scores;
    std::optional<double> tamCny;  // for the M1 suggestion
    std::optional<CostParams> cost; // validated cost model inputs, if given
    std::optional<int> fundEndYear;
    int asOfYear = 0;              // the year "now" for the fund-end comparison
    std::optional<int> expectedExitYear;
    bool dominantIncumbent = false;
};

struct Evaluation {
    std::optional<double> market;    // Q for question 1, 0..100
    std::optional<double> cost;      // Q for question 2, 0..100
    std::optional<double> composite; // sqrt(M * C)
    Verdict verdict = Verdict::Incomplete;
    QStringList knockouts; // knock-out criteria that scored 0, in template order
    QStringList redFlags;  // sorted ids
    bool costModelGiven = false;
    std::optional<double> yearsToProfitableCost; // when costModelGiven; nullopt = not within H
    QMap<QString, int> suggested;                 // "M1" when TAM given, "C3" when cost given
};

// Q = 100 * sum(w*s) / (5 * sum(w)); nullopt if any criterion of the question is not scored.
std::optional<double> questionScore(const Template& t, Question q, const ScoreMap& scores);

// All rules of SPEC §4 and §8 in one pass.
Evaluation evaluate(const Template& t, const EvaluationInput& input);

} // namespace tollgate
