#include "AnalyticsFixtures.h"
#include "charts/ScreeningMatrixChartBuilder.h"

#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTest>
#include <QValueAxis>

#include <memory>

using namespace tollgate;
using namespace tollgate::test;

namespace
{

ScreeningMatrixOptions english()
{
    ScreeningMatrixOptions options;
    options.chinese = false;
    return options;
}

// Legend entries exist on screen only: show the chart in a view, as the dashboard does.
std::unique_ptr<QChartView> shown(QChart* chart)
{
    auto view = std::make_unique<QChartView>(chart);
    view->resize(900, 600);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()))
        qWarning("the chart view was not exposed");
    return view;
}

} // namespace

class TestScreeningMatrixChart : public QObject
{
    Q_OBJECT

private slots:
    void oneSeriesPerSegmentWithItsProjects()
    {
        std::unique_ptr<ScreeningMatrixChart> chart(
            ScreeningMatrixChartBuilder::build(knownStatistics(), english()));
        // Three segments have projects; the seven others get no series.
        QCOMPARE(chart->allSegmentSeries().size(), 3);
        QScatterSeries* sensors = chart->segmentSeries(QStringLiteral("sensors"));
        QVERIFY(sensors);
        QCOMPARE(sensors->name(), QStringLiteral("Sensors")); // short: the legend stays narrow
        QCOMPARE(sensors->color(), QColor(QStringLiteral("#1f77b4")));
        // 1, 2 and 3 have both scores; 4 has no C and cannot be placed.
        QCOMPARE(sensors->count(), 3);
        QCOMPARE(sensors->at(0), QPointF(80, 70));
        QCOMPARE(chart->segmentSeries(QStringLiteral("materials"))->count(), 2);
        QCOMPARE(chart->segmentSeries(QStringLiteral("compute-chips"))->count(), 1);
        QVERIFY(!chart->segmentSeries(QStringLiteral("eda-ip")));
        QVERIFY(!chart->highlightSeries());
    }

    void axesRunFromZeroToHundred()
    {
        std::unique_ptr<ScreeningMatrixChart> chart(
            ScreeningMatrixChartBuilder::build(knownStatistics(), english()));
        const auto horizontal = chart->axes(Qt::Horizontal);
        const auto vertical = chart->axes(Qt::Vertical);
        QCOMPARE(horizontal.size(), 1);
        QCOMPARE(vertical.size(), 1);
        auto* x = qobject_cast<QValueAxis*>(horizontal.first());
        auto* y = qobject_cast<QValueAxis*>(vertical.first());
        QCOMPARE(x->min(), 0.0);
        QCOMPARE(x->max(), 100.0);
        QCOMPARE(y->min(), 0.0);
        QCOMPARE(y->max(), 100.0);
        QVERIFY(x->titleText().startsWith(QStringLiteral("M")));
        QVERIFY(y->titleText().startsWith(QStringLiteral("C")));
    }

    void gateLinesSitAtTheTemplateGates()
    {
        ScreeningMatrixOptions options = english();
        options.marketGate = 55;
        options.costGate = 70;
        ScreeningMatrixChart* chart =
            ScreeningMatrixChartBuilder::build(knownStatistics(), options);
        const std::unique_ptr<QChartView> view = shown(chart);
        QLineSeries* market = chart->marketGateLine();
        QLineSeries* cost = chart->costGateLine();
        QCOMPARE(market->points(), (QList<QPointF>{QPointF(55, 0), QPointF(55, 100)}));
        QCOMPARE(cost->points(), (QList<QPointF>{QPointF(0, 70), QPointF(100, 70)}));
        // Gate lines are not segments: no legend entry to toggle.
        for (QLegendMarker* marker : chart->legend()->markers(market))
            QVERIFY(!marker->isVisible());
        QVERIFY(chart->legend()
                    ->markers(chart->segmentSeries(QStringLiteral("sensors")))
                    .first()
                    ->isVisible());
    }

    void quadrantsAreLabelledInTheUiLanguage()
    {
        std::unique_ptr<ScreeningMatrixChart> chart(
            ScreeningMatrixChartBuilder::build(knownStatistics(), english()));
        QStringList texts;
        for (QGraphicsSimpleTextItem* item : chart->quadrantLabels())
            texts.append(item->text());
        QCOMPARE(texts, (QStringList{QStringLiteral("Pursue"), QStringLiteral("Market gap"),
                                     QStringLiteral("Cost gap"), QStringLiteral("Decline")}));

        ScreeningMatrixOptions chinese;
        chinese.chinese = true;
        std::unique_ptr<ScreeningMatrixChart> zh(
            ScreeningMatrixChartBuilder::build(knownStatistics(), chinese));
        QCOMPARE(zh->quadrantLabels().first()->text(), QStringLiteral("推进"));
        QCOMPARE(zh->segmentSeries(QStringLiteral("sensors"))->name(), QStringLiteral("传感器"));
    }

    void quadrantLabelsSitInTheirQuadrants()
    {
        std::unique_ptr<ScreeningMatrixChart> chart(
            ScreeningMatrixChartBuilder::build(knownStatistics(), english()));
        chart->resize(800, 600);
        QTRY_VERIFY(chart->plotArea().width() > 100);
        const QPointF gate = chart->mapToPosition(QPointF(60, 60), chart->marketGateLine());
        const QList<QGraphicsSimpleTextItem*> labels = chart->quadrantLabels();
        const QRectF pursue = labels[0]->mapRectToItem(chart.get(), labels[0]->boundingRect());
        const QRectF decline = labels[3]->mapRectToItem(chart.get(), labels[3]->boundingRect());
        QVERIFY(pursue.left() > gate.x() && pursue.bottom() < gate.y());
        QVERIFY(decline.right() < gate.x() && decline.top() > gate.y());
        QVERIFY(chart->plotArea().contains(pursue) && chart->plotArea().contains(decline));
    }

    void clickingAMarkReportsItsProject()
    {
        std::unique_ptr<ScreeningMatrixChart> chart(
            ScreeningMatrixChartBuilder::build(knownStatistics(), english()));
        QSignalSpy clicked(chart.get(), &ScreeningMatrixChart::projectClicked);
        QScatterSeries* materials = chart->segmentSeries(QStringLiteral("materials"));
        emit materials->clicked(QPointF(90, 90));
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.first().first().toLongLong(), qint64(6));
        emit chart->segmentSeries(QStringLiteral("sensors"))->clicked(QPointF(40, 80));
        QCOMPARE(clicked.last().first().toLongLong(), qint64(2));
        // A point where no project is (or the wrong segment's series) reports nothing.
        emit materials->clicked(QPointF(40, 80));
        QCOMPARE(clicked.size(), 2);
    }

    void tooltipNamesTheProjectAndEscapesIt()
    {
        std::unique_ptr<ScreeningMatrixChart> chart(
            ScreeningMatrixChartBuilder::build(knownStatistics(), english()));
        QScatterSeries* sensors = chart->segmentSeries(QStringLiteral("sensors"));
        const QString tip = chart->tooltipAt(sensors, QPointF(70, 30));
        QVERIFY2(tip.contains(QStringLiteral("&lt;b&gt;x&lt;/b&gt;")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("M 70.0")));
        QVERIFY(tip.contains(QStringLiteral("C 30.0")));
        QVERIFY(tip.contains(QStringLiteral("Cost gap")));
        QVERIFY(tip.contains(QStringLiteral("Sensors (image, tactile, MEMS)")));
        QVERIFY(chart->tooltipAt(sensors, QPointF(1, 1)).isEmpty());
    }

    void projectsOnOneSpotShareATooltip()
    {
        QList<ProjectSummary> list = knownSummaries();
        ProjectSummary twin = list.first();
        twin.id = 99;
        twin.name = QStringLiteral("Twin");
        list.append(twin);
        const DashboardStatistics stats = computeDashboardStatistics(list, defaultSegments());
        std::unique_ptr<ScreeningMatrixChart> chart(
            ScreeningMatrixChartBuilder::build(stats, english()));
        QScatterSeries* sensors = chart->segmentSeries(QStringLiteral("sensors"));
        QCOMPARE(chart->marksAt(sensors, QPointF(80, 70)).size(), 2);
        const QString tip = chart->tooltipAt(sensors, QPointF(80, 70));
        QVERIFY(tip.contains(QStringLiteral("TactiLink")) && tip.contains(QStringLiteral("Twin")));
    }

    void legendTogglesASegment()
    {
        ScreeningMatrixChart* chart =
            ScreeningMatrixChartBuilder::build(knownStatistics(), english());
        const std::unique_ptr<QChartView> view = shown(chart);
        QSignalSpy toggled(chart, &ScreeningMatrixChart::segmentVisibilityChanged);
        QScatterSeries* sensors = chart->segmentSeries(QStringLiteral("sensors"));
        const QList<QLegendMarker*> markers = chart->legend()->markers(sensors);
        QCOMPARE(markers.size(), 1);
        emit markers.first()->clicked();
        QVERIFY(!sensors->isVisible());
        QVERIFY(markers.first()->isVisible()); // still there, to be clicked again
        QCOMPARE(toggled.size(), 1);
        QCOMPARE(toggled.first().at(0).toString(), QStringLiteral("sensors"));
        QCOMPARE(toggled.first().at(1).toBool(), false);
        emit markers.first()->clicked();
        QVERIFY(sensors->isVisible());
        QCOMPARE(toggled.last().at(1).toBool(), true);
    }

    void hiddenSegmentsStayHiddenInANewChart()
    {
        ScreeningMatrixOptions options = english();
        options.hiddenSegments.insert(QStringLiteral("materials"));
        ScreeningMatrixChart* chart =
            ScreeningMatrixChartBuilder::build(knownStatistics(), options);
        const std::unique_ptr<QChartView> view = shown(chart);
        QScatterSeries* materials = chart->segmentSeries(QStringLiteral("materials"));
        QVERIFY(!materials->isVisible());
        QVERIFY(chart->legend()->markers(materials).first()->isVisible());
        QVERIFY(chart->segmentSeries(QStringLiteral("sensors"))->isVisible());
    }

    void thisProjectIsHighlighted()
    {
        ScreeningMatrixOptions options = english();
        const DashboardStatistics stats = knownStatistics();
        options.highlight = stats.matrix.at(1); // 2, GlimmerVision
        std::unique_ptr<ScreeningMatrixChart> chart(
            ScreeningMatrixChartBuilder::build(stats, options));
        QScatterSeries* star = chart->highlightSeries();
        QVERIFY(star);
        QCOMPARE(star->points(), QList<QPointF>{QPointF(40, 80)});
        QCOMPARE(star->markerShape(), QScatterSeries::MarkerShapeStar);
        QCOMPARE(chart->highlightedProject(), qint64(2));
        QSignalSpy clicked(chart.get(), &ScreeningMatrixChart::projectClicked);
        emit star->clicked(QPointF(40, 80));
        QCOMPARE(clicked.first().first().toLongLong(), qint64(2));
    }
};

QTEST_MAIN(TestScreeningMatrixChart)
#include "TestScreeningMatrixChart.moc"
