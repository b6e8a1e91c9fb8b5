#include "SpecExample.h"
#include "charts/CostCurveChartBuilder.h"

#include <QGraphicsScene>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QTest>
#include <QValueAxis>

#include <cmath>
#include <memory>

using namespace tollgate;

namespace
{

template <typename Series>
Series* series(const QChart* chart, const QString& name)
{
    return qobject_cast<Series*>(CostCurveChartBuilder::findSeries(chart, name));
}

} // namespace

class TestCostCurveChart : public QObject
{
    Q_OBJECT

private slots:
    void curvesFollowTheCostModel()
    {
        const CostParams p = test::specExampleCostParams();
        std::unique_ptr<QChart> chart(CostCurveChartBuilder::build(p));
        auto* cost = series<QLineSeries>(chart.get(), CostCurveChartBuilder::UnitCostSeries);
        auto* floor = series<QLineSeries>(chart.get(), CostCurveChartBuilder::PriceFloorSeries);
        auto* price = series<QLineSeries>(chart.get(), CostCurveChartBuilder::PriceSeries);
        QVERIFY(cost && floor && price);
        QCOMPARE(cost->count(), 121); // monthly over ten years, both ends included
        QCOMPARE(cost->at(0), QPointF(0, 120));
        QCOMPARE(price->at(0), QPointF(0, 100));
        QCOMPARE(floor->at(0).y(), 70.0);
        QCOMPARE(cost->at(120).x(), 10.0);
        QCOMPARE(cost->at(120).y(), unitCostAt(p, 10));
        QCOMPARE(floor->at(60).y(), priceAt(p, 5) * 0.7);
    }

    void crossingIsWhereTheModelSays()
    {
        const CostParams p = test::specExampleCostParams();
        std::unique_ptr<QChart> chart(CostCurveChartBuilder::build(p));
        auto* crossing = series<QScatterSeries>(chart.get(), CostCurveChartBuilder::CrossingSeries);
        QVERIFY(crossing);
        QCOMPARE(crossing->count(), 1);
        const double years = *yearsToProfitableCost(p);
        QCOMPARE(crossing->at(0).x(), years);
        QCOMPARE(crossing->at(0).y(), unitCostAt(p, years));
        QCOMPARE(std::round(crossing->at(0).x() * 10000) / 10000, test::kSpecExampleYears);
        // At the crossing the cost sits on the profitable-cost line.
        QVERIFY(std::abs(crossing->at(0).y() - priceAt(p, years) * 0.7) < 1e-6);
        QVERIFY(chart->title().contains(QStringLiteral("6.27")));
    }

    void noCrossingWhenNotWithinTheHorizon()
    {
        CostParams p = test::specExampleCostParams();
        p.horizonYears = 5;
        std::unique_ptr<QChart> chart(CostCurveChartBuilder::build(p));
        QVERIFY(!series<QScatterSeries>(chart.get(), CostCurveChartBuilder::CrossingSeries));
        QVERIFY(chart->title().contains(QStringLiteral("does not reach")));
        auto* x = qobject_cast<QValueAxis*>(chart->axes(Qt::Horizontal).value(0));
        QVERIFY(x);
        QCOMPARE(x->max(), 5.0);
    }

    void alreadyProfitableCrossesAtZero()
    {
        CostParams p = test::specExampleCostParams();
        p.unitCost = 50;
        std::unique_ptr<QChart> chart(CostCurveChartBuilder::build(p));
        auto* crossing = series<QScatterSeries>(chart.get(), CostCurveChartBuilder::CrossingSeries);
        QVERIFY(crossing);
        QCOMPARE(crossing->at(0), QPointF(0, 50));
    }

    void fundEndIsMarkedOnTheTimeAxis()
    {
        CostCurveChartBuilder::Options options;
        options.fundYearsLeft = 4;
        std::unique_ptr<QChart> chart(
            CostCurveChartBuilder::build(test::specExampleCostParams(), options));
        auto* fundEnd = series<QLineSeries>(chart.get(), CostCurveChartBuilder::FundEndSeries);
        QVERIFY(fundEnd);
        QCOMPARE(fundEnd->at(0).x(), 4.0);
        QCOMPARE(fundEnd->at(1).x(), 4.0);

        options.fundYearsLeft = 12; // beyond the horizon: nothing to mark
        chart.reset(CostCurveChartBuilder::build(test::specExampleCostParams(), options));
        QVERIFY(!series<QLineSeries>(chart.get(), CostCurveChartBuilder::FundEndSeries));
    }

    void badInputsGiveAnEmptyChartWithTheReason()
    {
        CostInputs in = test::specExampleCostInputs();
        in.horizonYears.reset();
        in.learningRate = 1.5;
        std::unique_ptr<QChart> chart(
            CostCurveChartBuilder::build(in, CostCurveChartBuilder::Options()));
        QVERIFY(chart->series().isEmpty());
        QVERIFY(chart->title().contains(QStringLiteral("learning_rate")));

        in.learningRate = 0.82; // the horizon defaults to 10 years
        chart.reset(CostCurveChartBuilder::build(in, CostCurveChartBuilder::Options()));
        QVERIFY(series<QScatterSeries>(chart.get(), CostCurveChartBuilder::CrossingSeries));
    }

    void rendersOffscreenToAnImage()
    {
        std::unique_ptr<QChart> chart(CostCurveChartBuilder::build(test::specExampleCostParams()));
        chart->resize(640, 400);
        QImage image(640, 400, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        QGraphicsScene scene;
        scene.addItem(chart.get());
        scene.render(&painter);
        painter.end();
        scene.removeItem(chart.get());
        // The unit-cost line's blue appears somewhere in the picture.
        bool blue = false;
        for (int y = 0; y < image.height() && !blue; ++y)
            for (int x = 0; x < image.width() && !blue; ++x)
                blue = image.pixelColor(x, y) == QColor(0x15, 0x65, 0xc0);
        QVERIFY(blue);
    }
};

QTEST_MAIN(TestCostCurveChart)
#include "TestCostCurveChart.moc"
