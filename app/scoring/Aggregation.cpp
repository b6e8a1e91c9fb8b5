#include "scoring/Aggregation.h"

#include "scoring/ScorecardOrder.h"

#include <algorithm>

namespace tollgate
{

ScoreMap Aggregate::means() const
{
    ScoreMap scores;
    // In key order, so each entry goes at the end without a search.
    for (auto it = criteria.constBegin(); it != criteria.constEnd(); ++it)
        scores.insert(scores.cend(), it.key(), it->mean);
    return scores;
}

ScoreMap scoresOf(const Scorecard& s)
{
    ScoreMap scores;
    for (auto it = s.entries.constBegin(); it != s.entries.constEnd(); ++it)
        if (it->score)
            scores.insert(it.key(), static_cast<double>(*it->score));
    return scores;
}

QList<Scorecard> latestPerAnalyst(const QList<Scorecard>& scorecards)
{
    QMap<QString, Scorecard> latest; // QMap keeps them sorted by analyst name
    for (const Scorecard& s : scorecards) {
        auto it = latest.find(s.analyst);
        if (it == latest.end())
            latest.insert(s.analyst, s);
        else if (isLaterScreening(s, *it))
            *it = s;
    }
    return latest.values();
}

Aggregate aggregate(const Template& t, const QList<Scorecard>& scorecards)
{
    Aggregate result;
    // A handful of names at most: sorting them and dropping repeats costs less than hashing.
    result.analysts.reserve(scorecards.size());
    for (const Scorecard& s : scorecards)
        result.analysts.append(s.analyst);
    result.analysts.sort();
    result.analysts.erase(std::unique(result.analysts.begin(), result.analysts.end()),
                          result.analysts.end());

    for (const Criterion& c : t.criteria) {
        CriterionAggregate agg;
        int sum = 0; // scores are small integers: the sum is exact, and so is a whole mean
        for (const Scorecard& s : scorecards) {
            const std::optional<int> score = s.score(c.key);
            if (!score)
                continue;
            agg.min = agg.count == 0 ? *score : std::min(agg.min, *score);
            agg.max = agg.count == 0 ? *score : std::max(agg.max, *score);
            sum += *score;
            ++agg.count;
        }
        if (agg.count > 0)
            agg.mean = static_cast<double>(sum) / agg.count;
        result.criteria.insert(c.key, agg);
    }
    return result;
}

} // namespace tollgate
