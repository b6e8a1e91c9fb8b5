#include "storage/CachedEvaluation.h"

#include "scoring/RedFlags.h"
#include "storage/Portfolio.h"

#include <cmath>
#include <limits>

namespace tollgate
{

bool CachedEvaluation::operator==(const CachedEvaluation& other) const
{
    return sameResultAs(other) && templateId == other.templateId;
}

bool CachedEvaluation::sameResultAs(const CachedEvaluation& other) const
{
    return market == other.market && cost == other.cost && composite == other.composite &&
           verdict == other.verdict && redFlags == other.redFlags && tamCny == other.tamCny &&
           costModelGiven == other.costModelGiven &&
           yearsToProfitableCost == other.yearsToProfitableCost && asOfYear == other.asOfYear;
}

CachedEvaluation cachedEvaluation(const ProjectEvaluation& e, qint64 templateId, int asOfYear)
{
    CachedEvaluation cached;
    cached.market = e.evaluation.market;
    cached.cost = e.evaluation.cost;
    cached.composite = e.evaluation.composite;
    cached.verdict = e.evaluation.verdict;
    cached.redFlags = e.evaluation.redFlags;
    if (e.primary)
        cached.tamCny = e.primary->market.tamCny;
    cached.costModelGiven = e.evaluation.costModelGiven;
    cached.yearsToProfitableCost = e.evaluation.yearsToProfitableCost;
    cached.asOfYear = asOfYear;
    cached.templateId = templateId;
    return cached;
}

CachedEvaluator::CachedEvaluator(const Template& t)
    : m_plan(t), m_templateId(t.id), m_m5(m_plan.indexOf(QStringLiteral("M5"))),
      m_m6(m_plan.indexOf(QStringLiteral("M6"))), m_c5(m_plan.indexOf(QStringLiteral("C5")))
{
}

std::optional<double> CachedEvaluator::scoreAt(const QVarLengthArray<double, 16>& scores,
                                               int index) const
{
    if (index < 0 || std::isnan(scores[index]))
        return std::nullopt;
    return scores[index];
}

CachedEvaluation CachedEvaluator::operator()(const Project& project,
                                             const QList<Scorecard>& scorecards, int asOfYear) const
{
    // The mean of each criterion over the analysts' latest scorecards, as aggregate() takes
    // it (an exact integer sum divided by the count); NaN where nobody scored it.
    const QList<Scorecard> latest =
        scorecards.size() == 1 ? scorecards : latestPerAnalyst(scorecards);
    QVarLengthArray<double, 16> scores(m_plan.size());
    for (int i = 0; i < m_plan.size(); ++i) {
        const QString& key = m_plan.keys().at(i);
        int sum = 0;
        int count = 0;
        for (const Scorecard& s : latest) {
            if (const std::optional<int> score = s.score(key)) {
                sum += *score;
                ++count;
            }
        }
        scores[i] =
            count > 0 ? static_cast<double>(sum) / count : std::numeric_limits<double>::quiet_NaN();
    }
    const QuestionScores questions = m_plan.score(scores.constData());

    CachedEvaluation cached;
    cached.market = questions.market;
    cached.cost = questions.cost;
    cached.composite = questions.composite;
    cached.verdict = questions.verdict;
    std::optional<CostParams> cost;
    if (const std::optional<Scorecard> primary = primaryScorecard(project, scorecards)) {
        cached.tamCny = primary->market.tamCny;
        cost = usableCost(primary->cost);
    }
    if (cost) {
        cached.costModelGiven = true;
        cached.yearsToProfitableCost = yearsToProfitableCost(*cost);
    }

    RedFlagFacts facts;
    facts.m5 = scoreAt(scores, m_m5);
    facts.m6 = scoreAt(scores, m_m6);
    facts.c5 = scoreAt(scores, m_c5);
    facts.costModelGiven = cached.costModelGiven;
    facts.yearsToProfitableCost = cached.yearsToProfitableCost;
    facts.fundEndYear = project.fundEndYear;
    facts.asOfYear = asOfYear;
    facts.expectedExitYear = project.expectedExitYear;
    facts.dominantIncumbent = project.dominantIncumbent;
    cached.redFlags = redFlagIds(redFlagMask(facts));
    cached.asOfYear = asOfYear;
    cached.templateId = m_templateId;
    return cached;
}

void setEvaluatedFields(ProjectSummary& summary, const CachedEvaluation& e)
{
    summary.market = e.market;
    summary.cost = e.cost;
    summary.composite = e.composite;
    summary.verdict = e.verdict;
    summary.redFlags = e.redFlags;
    summary.tamCny = e.tamCny;
    summary.costModelGiven = e.costModelGiven;
    summary.yearsToProfitableCost = e.yearsToProfitableCost;
}

} // namespace tollgate
