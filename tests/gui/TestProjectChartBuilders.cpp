#include "AnalyticsFixtures.h"
#include "ChartTestHelpers.h"
#include "analytics/ProjectCharts.h"
#include "charts/RadarChartBuilder.h"
#include "charts/ScoreTrendChartBuilder.h"
#include "scoring/DefaultTemplate.h"

#include <QCategoryAxis>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPolarChart>
#include <QScatterSeries>
#include <QTest>
#include <QValueAxis>

#include <cmath>
#include <memory>

using namespace tollgate;
using namespace tollgate::test;

class TestProjectChartBuilders : public QObject
{
    Q_OBJECT

private slots:
    void radarHasEachAnalystAndTheAggregate()
    {
        const CriteriaProfile profile = criteriaProfile(
            defaultTemplate(), {uniformScorecard(1, kChen, QDate(2026, 5, 1), 4, 2),
                                uniformScorecard(2, kLin, QDate(2026, 5, 2), 2, 4)});
        std::unique_ptr<QPolarChart> chart(RadarChartBuilder::build(profile));
        // Two analysts and the aggregate, each a line and its marks, and the ring numbers.
        QCOMPARE(chart->series().size(), 7);
        QVERIFY(seriesNamed<QLineSeries>(chart.get(), kChen));
        QVERIFY(seriesNamed<QLineSeries>(chart.get(), kLin));
        QLineSeries* aggregate = seriesNamed<QLineSeries>(chart.get(), QStringLiteral("Aggregate"));
        QVERIFY(aggregate);
        // Twelve criteria plus the two seam points that close the shape.
        QCOMPARE(aggregate->count(), 14);
        QCOMPARE(aggregate->at(1), QPointF(RadarChartBuilder::angleOf(0), 3.0)); // M1 mean
        QCOMPARE(aggregate->at(12), QPointF(RadarChartBuilder::angleOf(11), 3.0));
        QCOMPARE(seriesNamed<QLineSeries>(chart.get(), kChen)->at(1).y(), 4.0);
        QCOMPARE(seriesNamed<QLineSeries>(chart.get(), kChen)->at(7).y(), 2.0); // C1
        QVERIFY(aggregate->pen().widthF() >
                seriesNamed<QLineSeries>(chart.get(), kChen)->pen().widthF());
    }

    void radarClosesTheShapeAtTheSeam()
    {
        // M1 = 4 at angle 0.5 and C6 = 2 at angle 11.5 of 12: the chord between them crosses the
        // top at 2 * 4 * 2 * cos(15°) / (4 + 2).
        const CriteriaProfile profile = criteriaProfile(
            defaultTemplate(), {uniformScorecard(1, kChen, QDate(2026, 5, 1), 4, 2)});
        std::unique_ptr<QPolarChart> chart(RadarChartBuilder::build(profile));
        QLineSeries* line = seriesNamed<QLineSeries>(chart.get(), kChen);
        const double seam = 2 * 4 * 2 * std::cos(M_PI / 12) / 6;
        QCOMPARE(line->at(0).x(), 0.0);
        QVERIFY(std::abs(line->at(0).y() - seam) < 1e-9);
        QCOMPARE(line->at(13).x(), 12.0);
        QCOMPARE(line->at(13).y(), line->at(0).y());
    }

    void radarAxesAreTheCriteriaAndZeroToFive()
    {
        const CriteriaProfile profile = criteriaProfile(
            defaultTemplate(), {uniformScorecard(1, kChen, QDate(2026, 5, 1), 3, 3)});
        std::unique_ptr<QPolarChart> chart(RadarChartBuilder::build(profile));
        auto* angular =
            qobject_cast<QCategoryAxis*>(chart->axes(QPolarChart::PolarOrientationAngular).first());
        QVERIFY(angular);
        QCOMPARE(angular->categoriesLabels().size(), 12);
        QCOMPARE(angular->categoriesLabels().first(), QStringLiteral("M1"));
        QCOMPARE(angular->categoriesLabels().last(), QStringLiteral("C6"));
        auto* radial =
            qobject_cast<QValueAxis*>(chart->axes(QPolarChart::PolarOrientationRadial).first());
        QCOMPARE(radial->min(), 0.0);
        QCOMPARE(radial->max(), 5.0);
    }

    void radarWritesRingNumbersAboveTheLines()
    {
        const CriteriaProfile profile = criteriaProfile(
            defaultTemplate(), {uniformScorecard(1, kChen, QDate(2026, 5, 1), 4, 2)});
        std::unique_ptr<QPolarChart> chart(RadarChartBuilder::build(profile));
        // The axis's own numbers (drawn under the lines) are off; a series added after the
        // lines writes 1..5 on the top ray instead, with no marks and no legend entry.
        auto* radial =
            qobject_cast<QValueAxis*>(chart->axes(QPolarChart::PolarOrientationRadial).first());
        QVERIFY(!radial->labelsVisible());
        auto* numbers = qobject_cast<QScatterSeries*>(chart->series().last());
        QVERIFY(numbers);
        QCOMPARE(numbers->points(), (QList<QPointF>{{0, 1}, {0, 2}, {0, 3}, {0, 4}, {0, 5}}));
        QVERIFY(numbers->pointLabelsVisible());
        QCOMPARE(numbers->color(), QColor(Qt::transparent));
        QVERIFY(!chart->legend()->markers(numbers).first()->isVisible());
        // The marks are the twelve scores, not the two seam points that close the shape.
        QLineSeries* line = seriesNamed<QLineSeries>(chart.get(), kChen);
        QCOMPARE(line->count(), 14);
        auto* marks = qobject_cast<QScatterSeries*>(chart->series().at(2)); // after both lines
        QVERIFY(marks);
        QCOMPARE(marks->points(), line->points().mid(1, 12));
        QCOMPARE(marks->color(), line->pen().color());
        QVERIFY(!chart->legend()->markers(marks).first()->isVisible());
    }

    void radarSkipsUnscoredCriteria()
    {
        Scorecard partial = uniformScorecard(1, kChen, QDate(2026, 5, 1), 3, -1);
        const CriteriaProfile profile = criteriaProfile(defaultTemplate(), {partial});
        std::unique_ptr<QPolarChart> chart(RadarChartBuilder::build(profile));
        QCOMPARE(seriesNamed<QLineSeries>(chart.get(), kChen)->count(), 6 + 2);
        std::unique_ptr<QPolarChart> empty(RadarChartBuilder::build({}));
        QCOMPARE(empty->series().size(), 1); // only the ring numbers
        QVERIFY(qobject_cast<QScatterSeries*>(empty->series().first()));
    }

    void trendHasOnePointPerScreeningDate()
    {
        const QList<TrendPoint> trend =
            scoreTrend(defaultTemplate(), {uniformScorecard(1, kChen, QDate(2026, 3, 1), 3, 3),
                                           uniformScorecard(2, kLin, QDate(2026, 4, 1), 5, 1),
                                           uniformScorecard(3, kChen, QDate(2026, 5, 1), 5, -1)});
        ScoreTrendOptions options;
        options.chinese = false;
        options.marketGate = 65;
        std::unique_ptr<QChart> chart(ScoreTrendChartBuilder::build(trend, options));
        QLineSeries* m = seriesNamed<QLineSeries>(chart.get(), QStringLiteral("Market (M)"));
        QLineSeries* c = seriesNamed<QLineSeries>(chart.get(), QStringLiteral("Cost (C)"));
        QLineSeries* composite = seriesNamed<QLineSeries>(chart.get(), QStringLiteral("Composite"));
        QVERIFY(m && c && composite);
        QCOMPARE(m->count(), 3);
        QCOMPARE(m->at(0).y(), 60.0);
        QCOMPARE(m->at(1).y(), 80.0);
        QCOMPARE(m->at(2).y(), 100.0);
        QCOMPARE(c->at(2).y(), 20.0);
        QCOMPARE(composite->count(), 3);
        QCOMPARE(qint64(m->at(1).x()), QDate(2026, 4, 1).startOfDay().toMSecsSinceEpoch());

        QLineSeries* gate = seriesNamed<QLineSeries>(chart.get(), QStringLiteral("Market gate"));
        QVERIFY(gate);
        QCOMPARE(gate->at(0).y(), 65.0);
        auto* dates = qobject_cast<QDateTimeAxis*>(chart->axes(Qt::Horizontal).first());
        QVERIFY(dates->min().date() < QDate(2026, 3, 1));
        QVERIFY(dates->max().date() > QDate(2026, 5, 1));
    }

    void trendOfOneScreeningStillSpansTime()
    {
        const QList<TrendPoint> trend =
            scoreTrend(defaultTemplate(), {uniformScorecard(1, kChen, QDate(2026, 3, 1), 3, -1)});
        std::unique_ptr<QChart> chart(ScoreTrendChartBuilder::build(trend));
        auto* dates = qobject_cast<QDateTimeAxis*>(chart->axes(Qt::Horizontal).first());
        QVERIFY(dates->min() < dates->max());
        QCOMPARE(seriesNamed<QLineSeries>(chart.get(), QStringLiteral("Composite"))->count(), 0);
    }
};

QTEST_MAIN(TestProjectChartBuilders)
#include "TestProjectChartBuilders.moc"
