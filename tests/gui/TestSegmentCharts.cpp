#include "AnalyticsFixtures.h"
#include "ChartTestHelpers.h"
#include "charts/CompositeBoxPlotChartBuilder.h"
#include "charts/TamBarsChartBuilder.h"
#include "charts/VerdictBarsChartBuilder.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsTextItem>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QScatterSeries>
#include <QTest>
#include <QValueAxis>

#include <cmath>
#include <memory>

using namespace tollgate;
using namespace tollgate::test;

namespace
{

ChartOptions english()
{
    ChartOptions options;
    options.chinese = false;
    return options;
}

template <typename T>
T* onlySeries(QChart* chart)
{
    const auto series = chart->series();
    if (series.isEmpty())
        return nullptr;
    return qobject_cast<T*>(series.first());
}

QBarCategoryAxis* categoryAxis(QChart* chart, Qt::Orientation orientation)
{
    for (QAbstractAxis* axis : chart->axes(orientation))
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis))
            return categories;
    return nullptr;
}

QBarSet* setNamed(QAbstractBarSeries* series, const QString& label)
{
    for (QBarSet* set : series->barSets())
        if (set->label() == label)
            return set;
    return nullptr;
}

} // namespace

class TestSegmentCharts : public QObject
{
    Q_OBJECT

private slots:
    void verdictBarsStackEachVerdictPerSegment()
    {
        std::unique_ptr<QChart> chart(VerdictBarsChartBuilder::build(knownStatistics(), english()));
        auto* series = onlySeries<QHorizontalStackedBarSeries>(chart.get());
        QVERIFY(series);
        QCOMPARE(series->count(), 5); // one set per verdict
        QCOMPARE(series->barSets().first()->label(), QStringLiteral("Pursue"));

        // Ten segments, first segment on top: category 0 (the bottom) is the last segment.
        QBarCategoryAxis* axis = categoryAxis(chart.get(), Qt::Vertical);
        QVERIFY(axis);
        QCOMPARE(axis->count(), 10);
        QCOMPARE(axis->categories().last(), QStringLiteral("Sensors"));
        QCOMPARE(axis->categories().first(), QStringLiteral("Smart terminals"));
        const int sensors = 9;
        const int materials = axis->categories().indexOf(QStringLiteral("Materials"));

        QCOMPARE(setNamed(series, QStringLiteral("Pursue"))->at(sensors), 1.0);
        QCOMPARE(setNamed(series, QStringLiteral("Market gap"))->at(sensors), 1.0);
        QCOMPARE(setNamed(series, QStringLiteral("Cost gap"))->at(sensors), 1.0);
        QCOMPARE(setNamed(series, QStringLiteral("Incomplete"))->at(sensors), 1.0);
        QCOMPARE(setNamed(series, QStringLiteral("Decline"))->at(sensors), 0.0);
        QCOMPARE(setNamed(series, QStringLiteral("Decline"))->at(materials), 1.0);
        QCOMPARE(setNamed(series, QStringLiteral("Pursue"))->at(materials), 1.0);
        QCOMPARE(setNamed(series, QStringLiteral("Pursue"))->at(0), 0.0);
        QCOMPARE(setNamed(series, QStringLiteral("Pursue"))->color(),
                 verdictChartColour(Verdict::Pursue));
    }

    void verdictBarsFollowTheFilter()
    {
        SummaryFilter filter;
        filter.stages = StageSet::inPlay(); // 3 (passed) drops out
        std::unique_ptr<QChart> chart(
            VerdictBarsChartBuilder::build(knownStatistics(filter), english()));
        auto* series = onlySeries<QHorizontalStackedBarSeries>(chart.get());
        QCOMPARE(setNamed(series, QStringLiteral("Cost gap"))->at(9), 0.0);
        QCOMPARE(setNamed(series, QStringLiteral("Pursue"))->at(9), 1.0);
    }

    void verdictBarsSpeakChinese()
    {
        ChartOptions chinese;
        chinese.chinese = true;
        std::unique_ptr<QChart> chart(VerdictBarsChartBuilder::build(knownStatistics(), chinese));
        auto* series = onlySeries<QHorizontalStackedBarSeries>(chart.get());
        QVERIFY(setNamed(series, QStringLiteral("推进")));
        QVERIFY(setNamed(series, QStringLiteral("成本不足")));
        QCOMPARE(categoryAxis(chart.get(), Qt::Vertical)->categories().last(),
                 QStringLiteral("传感器"));
    }

    void countAxisTicksOnWholeNumbers()
    {
        std::unique_ptr<QChart> chart(VerdictBarsChartBuilder::build(knownStatistics(), english()));
        auto* counts = qobject_cast<QValueAxis*>(chart->axes(Qt::Horizontal).first());
        QCOMPARE(counts->min(), 0.0);
        QVERIFY(counts->max() >= 4); // sensors has four projects
        QCOMPARE(counts->tickInterval(), 1.0);
    }

    void boxPlotShowsTheNameOfEveryOneOfTenSegments()
    {
        // Ten slanted names: Qt hides one that reaches past the plot's edge, and the last
        // English name is long; laid out at the dashboard's smallest chart size, every name shows.
        const QList<Segment> segments = defaultSegments();
        QList<ProjectSummary> summaries;
        for (int i = 0; i < segments.size(); ++i)
            summaries << chartSummary(i + 1, QStringLiteral("P%1").arg(i), segments.at(i).key,
                                      Stage::Screening, 60, 70, Verdict::Pursue);
        const DashboardStatistics stats = computeDashboardStatistics(summaries, segments, {});
        QChartView view(CompositeBoxPlotChartBuilder::build(stats, english())); // owns it
        view.resize(560, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QApplication::processEvents();
        QStringList shown;
        for (QGraphicsItem* item : view.scene()->items()) {
            if (auto* text = dynamic_cast<QGraphicsTextItem*>(item); text && text->isVisible())
                shown << text->toPlainText();
        }
        for (const Segment& segment : segments) {
            const QString name = segmentAxisLabel(segment, false);
            QVERIFY2(shown.contains(name), qPrintable(name + QLatin1String(" is hidden; shown: ") +
                                                      shown.join(QLatin1String(", "))));
        }
    }

    void boxPlotHasOneBoxPerSegmentWithComposites()
    {
        const DashboardStatistics stats = knownStatistics();
        std::unique_ptr<QChart> chart(CompositeBoxPlotChartBuilder::build(stats, english()));
        QBoxPlotSeries* boxes = nullptr;
        for (QAbstractSeries* s : chart->series())
            if (auto* b = qobject_cast<QBoxPlotSeries*>(s))
                boxes = b;
        QVERIFY(boxes);
        QCOMPARE(boxes->count(), 3); // sensors, materials, compute chips
        QCOMPARE(categoryAxis(chart.get(), Qt::Horizontal)->categories(),
                 (QStringList{QStringLiteral("Sensors"), QStringLiteral("Materials"),
                              QStringLiteral("Compute chips")}));

        const QBoxSet* sensors = boxes->boxSets().first();
        const BoxPlotStats& expected = stats.segments.first().composite;
        QCOMPARE(sensors->at(QBoxSet::Median), expected.median);
        QCOMPARE(sensors->at(QBoxSet::LowerQuartile), expected.lowerQuartile);
        QCOMPARE(sensors->at(QBoxSet::UpperQuartile), expected.upperQuartile);
        QCOMPARE(sensors->at(QBoxSet::LowerExtreme), expected.lowerWhisker);
        QCOMPARE(sensors->at(QBoxSet::UpperExtreme), expected.upperWhisker);
        QCOMPARE(sensors->at(QBoxSet::Median), std::sqrt(40.0 * 80.0));

        // Mean M and mean C beside each box: sensors' M over 1-4, C over 1-3.
        QScatterSeries* meanM = seriesNamed<QScatterSeries>(chart.get(), QStringLiteral("Mean M"));
        QScatterSeries* meanC = seriesNamed<QScatterSeries>(chart.get(), QStringLiteral("Mean C"));
        QVERIFY(meanM && meanC);
        QCOMPARE(meanM->count(), 3);
        QCOMPARE(meanM->at(0).y(), (80.0 + 40 + 70 + 50) / 4);
        QCOMPARE(meanC->at(0).y(), (70.0 + 80 + 30) / 3);
        QVERIFY(meanM->at(0).x() < 0 && meanC->at(0).x() > 0); // left and right of box 0
        QCOMPARE(meanC->at(1).y(), 55.0);                      // materials: (20 + 90) / 2
    }

    void tamBarsSumProjectsInPlay()
    {
        std::unique_ptr<QChart> chart(TamBarsChartBuilder::build(knownStatistics(), english()));
        auto* series = onlySeries<QHorizontalBarSeries>(chart.get());
        QVERIFY(series);
        QCOMPARE(series->count(), 1);
        const QBarSet* tam = series->barSets().first();
        QBarCategoryAxis* axis = categoryAxis(chart.get(), Qt::Vertical);
        const int sensors = axis->categories().indexOf(QStringLiteral("Sensors"));
        const int materials = axis->categories().indexOf(QStringLiteral("Materials"));
        const int compute = axis->categories().indexOf(QStringLiteral("Compute chips"));
        QCOMPARE(tam->at(sensors), 10.0);  // 8 + 2 bn; 3 is passed, 4 has no TAM
        QCOMPARE(tam->at(materials), 3.0); // invested counts as in play
        QCOMPARE(tam->at(compute), 12.5);
        QCOMPARE(tam->at(axis->categories().indexOf(QStringLiteral("EDA & IP"))), 0.0);
        QVERIFY(
            chart->axes(Qt::Horizontal).first()->titleText().contains(QStringLiteral("bn CNY")));
    }

    void tamBarsInChineseUseYi()
    {
        ChartOptions chinese;
        chinese.chinese = true;
        std::unique_ptr<QChart> chart(TamBarsChartBuilder::build(knownStatistics(), chinese));
        const QBarSet* tam = onlySeries<QHorizontalBarSeries>(chart.get())->barSets().first();
        QBarCategoryAxis* axis = categoryAxis(chart.get(), Qt::Vertical);
        QCOMPARE(tam->at(axis->categories().indexOf(QStringLiteral("传感器"))), 100.0); // 100 亿元
        QVERIFY(chart->axes(Qt::Horizontal).first()->titleText().contains(QStringLiteral("亿元")));
    }
};

QTEST_MAIN(TestSegmentCharts)
#include "TestSegmentCharts.moc"
