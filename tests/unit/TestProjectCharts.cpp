#include "AnalyticsFixtures.h"
#include "analytics/ProjectCharts.h"
#include "scoring/DefaultTemplate.h"

#include <QTest>

#include <cmath>

using namespace tollgate;

using namespace tollgate::test;

class TestProjectCharts : public QObject
{
    Q_OBJECT

private slots:
    void profileHasEachAnalystsLatestAndTheMean()
    {
        const QList<Scorecard> cards{uniformScorecard(1, kChen, QDate(2026, 3, 1), 1, 1),
                                     uniformScorecard(2, kChen, QDate(2026, 5, 1), 4, 2),
                                     uniformScorecard(3, kLin, QDate(2026, 4, 1), 2, 5)};
        const CriteriaProfile p = criteriaProfile(defaultTemplate(), cards);
        QCOMPARE(p.keys.size(), 12);
        QCOMPARE(p.keys.first(), QStringLiteral("M1"));
        QCOMPARE(p.keys.last(), QStringLiteral("C6"));
        QCOMPARE(p.analysts.size(), 2);
        QCOMPARE(p.analysts[0].analyst, kLin); // sorted by name (林 < 陈 in code points)
        QCOMPARE(p.analysts[1].analyst, kChen);
        QCOMPARE(*p.analysts[1].scores[0], 4.0); // the May card, not the March one
        QCOMPARE(*p.analysts[1].scores[6], 2.0);
        QCOMPARE(*p.aggregate.scores[0], 3.0);  // (4 + 2) / 2
        QCOMPARE(*p.aggregate.scores[11], 3.5); // (2 + 5) / 2
        QVERIFY(p.aggregate.analyst.isEmpty());
    }

    void unscoredCriteriaStayEmpty()
    {
        const CriteriaProfile p = criteriaProfile(
            defaultTemplate(), {uniformScorecard(1, kChen, QDate(2026, 3, 1), 3, -1)});
        QCOMPARE(*p.analysts[0].scores[5], 3.0);
        QVERIFY(!p.analysts[0].scores[6]);
        QVERIFY(!p.aggregate.scores[6]);
        QVERIFY(criteriaProfile(defaultTemplate(), {}).isEmpty());
    }

    void trendIsTheStandingAsOfEachDate()
    {
        const QList<Scorecard> cards{uniformScorecard(1, kChen, QDate(2026, 3, 1), 3, 3),
                                     uniformScorecard(2, kLin, QDate(2026, 4, 1), 5, 1),
                                     uniformScorecard(3, kChen, QDate(2026, 5, 1), 5, -1)};
        const QList<TrendPoint> trend = scoreTrend(defaultTemplate(), cards);
        QCOMPARE(trend.size(), 3);

        QCOMPARE(trend[0].date, QDate(2026, 3, 1));
        QCOMPARE(trend[0].analysts, 1);
        QCOMPARE(*trend[0].market, 60.0);
        QCOMPARE(*trend[0].cost, 60.0);
        QCOMPARE(*trend[0].composite, 60.0);

        // April: Chen's March card and Lin's April card, mean 4 and 2.
        QCOMPARE(trend[1].analysts, 2);
        QCOMPARE(*trend[1].market, 80.0);
        QCOMPARE(*trend[1].cost, 40.0);
        QCOMPARE(*trend[1].composite, std::sqrt(80.0 * 40.0));

        // May: Chen re-screens without cost scores; Lin's cost scores alone make the mean.
        QCOMPARE(*trend[2].market, 100.0);
        QCOMPARE(*trend[2].cost, 20.0);
    }

    void trendOfAnUnscoredQuestionHasNoComposite()
    {
        const QList<TrendPoint> trend =
            scoreTrend(defaultTemplate(), {uniformScorecard(1, kChen, QDate(2026, 3, 1), 4, -1)});
        QCOMPARE(trend.size(), 1);
        QCOMPARE(*trend[0].market, 80.0);
        QVERIFY(!trend[0].cost);
        QVERIFY(!trend[0].composite);
        QVERIFY(scoreTrend(defaultTemplate(), {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProjectCharts)
#include "TestProjectCharts.moc"
