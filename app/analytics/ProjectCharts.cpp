#include "analytics/ProjectCharts.h"

#include "scoring/Aggregation.h"
#include "scoring/Evaluation.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace tollgate
{

namespace
{

CriteriaLine lineOf(const Template& t, const QString& analyst, const ScoreMap& scores)
{
    CriteriaLine line;
    line.analyst = analyst;
    for (const Criterion& c : t.criteria)
        line.scores.append(scores.value(c.key));
    return line;
}

} // namespace

CriteriaProfile criteriaProfile(const Template& t, const QList<Scorecard>& scorecards)
{
    CriteriaProfile profile;
    for (const Criterion& c : t.criteria)
        profile.keys.append(c.key);
    const QList<Scorecard> latest = latestPerAnalyst(scorecards);
    for (const Scorecard& s : latest)
        profile.analysts.append(lineOf(t, s.analyst, scoresOf(s)));
    profile.aggregate = lineOf(t, QString(), aggregate(t, latest).means());
    return profile;
}

QList<TrendPoint> scoreTrend(const Template& t, const QList<Scorecard>& scorecards)
{
    QSet<QDate> dateSet;
    for (const Scorecard& s : scorecards)
        if (s.date.isValid())
            dateSet.insert(s.date);
    QList<QDate> dates(dateSet.cbegin(), dateSet.cend());
    std::sort(dates.begin(), dates.end());

    QList<TrendPoint> trend;
    for (const QDate& day : dates) {
        QList<Scorecard> upToDay;
        for (const Scorecard& s : scorecards)
            if (s.date.isValid() && s.date <= day)
                upToDay.append(s);
        const QList<Scorecard> latest = latestPerAnalyst(upToDay);
        const ScoreMap means = aggregate(t, latest).means();

        TrendPoint point;
        point.date = day;
        point.analysts = static_cast<int>(latest.size());
        point.market = questionScore(t, Question::Market, means);
        point.cost = questionScore(t, Question::Cost, means);
        if (point.market && point.cost)
            point.composite = std::sqrt(*point.market * *point.cost);
        trend.append(point);
    }
    return trend;
}

} // namespace tollgate
