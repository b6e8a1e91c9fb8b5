#include "SpecExample.h"
#include "scoring/CostModel.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace tollgate;

namespace
{

// A curve with a known crossing: no growth, L = 0.5 (cost halves when cumulative volume
// doubles), no price erosion and no margin, so c(t) = 200 * 1000 / (1000 + v0 t) and the cost
// reaches the price of 100 at t = 1000 / v0 exactly.
CostParams halvingCurve(double volume, double horizon = 10)
{
    CostParams p;
    p.unitCost = 200;
    p.price = 100;
    p.targetMargin = 0;
    p.volume = volume;
    p.cumulative = 1000;
    p.volumeGrowth = 0;
    p.learningRate = 0.5;
    p.priceErosion = 0;
    p.horizonYears = horizon;
    return p;
}

} // namespace

class TestCostModel : public QObject
{
    Q_OBJECT

private slots:
    void specExampleReachesProfitableCostIn6Point2709Years()
    {
        const Result<CostParams> params = validateCostInputs(test::specExampleCostInputs());
        QVERIFY(params.ok());
        const std::optional<double> years = yearsToProfitableCost(*params);
        QVERIFY(years.has_value());
        QCOMPARE(std::round(*years * 10000) / 10000, test::kSpecExampleYears);
        QVERIFY(profitableAt(*params, *years));
        QVERIFY(!profitableAt(*params, *years - 1e-4));
    }

    void alreadyProfitableIsZero()
    {
        CostParams p = halvingCurve(1000);
        p.unitCost = 60; // below the price floor 100 * (1 - 0.3) = 70
        p.targetMargin = 0.3;
        QCOMPARE(yearsToProfitableCost(p), std::optional<double>(0.0));
    }

    void exactlyAtThePriceFloorIsProfitable()
    {
        CostParams p = halvingCurve(1000);
        p.unitCost = 70;
        p.targetMargin = 0.3;
        QVERIFY(profitableAt(p, 0)); // c <= p(1 - m) holds with equality
        QCOMPARE(yearsToProfitableCost(p), std::optional<double>(0.0));
    }

    void crossingOnAMonthIsThatMonth()
    {
        // t* = 1000 / 1000 = 1: month 12 holds, month 11 does not.
        const std::optional<double> years = yearsToProfitableCost(halvingCurve(1000));
        QCOMPARE(years, std::optional<double>(1.0));
    }

    void crossingInsideAMonthIsBisected_data()
    {
        QTest::addColumn<double>("volume");
        QTest::newRow("t* = 1000/1100") << 1100.0;
        QTest::newRow("t* = 1000/700") << 700.0;
        QTest::newRow("t* = 1000/130") << 130.0;
        QTest::newRow("t* = 1000/12345") << 12345.0;
    }

    void crossingInsideAMonthIsBisected()
    {
        QFETCH(double, volume);
        const double exact = 1000.0 / volume;
        const std::optional<double> years = yearsToProfitableCost(halvingCurve(volume));
        QVERIFY(years.has_value());
        QVERIFY2(std::fabs(*years - exact) <= 1e-4,
                 qPrintable(QStringLiteral("%1 vs %2").arg(*years).arg(exact)));
        QVERIFY(*years >= exact - 1e-12); // never before the crossing: the answer is profitable
    }

    void notWithinTheHorizonIsNull()
    {
        // t* = 1000 / 100 = 10 years; a 9.5-year horizon does not reach it.
        QCOMPARE(yearsToProfitableCost(halvingCurve(100, 9.5)), std::nullopt);
        // The horizon itself is a sample even when it falls between months.
        const std::optional<double> atHorizon = yearsToProfitableCost(halvingCurve(100, 10));
        QCOMPARE(atHorizon, std::optional<double>(10.0));
    }

    void horizonBetweenMonthsIsScannedToTheEnd()
    {
        // t* = 0.90909…; months reach 10/12 = 0.8333 before a 0.91-year horizon, then H itself.
        const std::optional<double> years = yearsToProfitableCost(halvingCurve(1100, 0.91));
        QVERIFY(years.has_value());
        QVERIFY(std::fabs(*years - 1000.0 / 1100.0) <= 1e-4);
        QCOMPARE(yearsToProfitableCost(halvingCurve(1100, 0.9)), std::nullopt);
    }

    void learningRateOneKeepsCostFlat()
    {
        CostParams p = halvingCurve(5000);
        p.learningRate = 1.0;
        p.volumeGrowth = 0.8;
        for (double t : {0.0, 0.5, 3.0, 10.0})
            QCOMPARE(unitCostAt(p, t), 200.0);
        QCOMPARE(yearsToProfitableCost(p), std::nullopt);
    }

    void zeroGrowthAccumulatesLinearly()
    {
        const CostParams p = halvingCurve(250);
        QCOMPARE(cumulativeVolumeAt(p, 0), 1000.0);
        QCOMPARE(cumulativeVolumeAt(p, 2.5), 1000.0 + 250 * 2.5);
    }

    void growthFollowsTheClosedForm_data()
    {
        QTest::addColumn<double>("growth");
        QTest::addColumn<double>("t");
        QTest::newRow("doubling, 1 year") << 1.0 << 1.0;
        QTest::newRow("60%, 2.5 years") << 0.6 << 2.5;
        QTest::newRow("shrinking 30%, 4 years") << -0.3 << 4.0;
        QTest::newRow("tiny growth") << 1e-9 << 3.0;
    }

    void growthFollowsTheClosedForm()
    {
        QFETCH(double, growth);
        QFETCH(double, t);
        CostParams p = halvingCurve(1000);
        p.volumeGrowth = growth;
        const double expected = 1000 + 1000 * (std::pow(1 + growth, t) - 1) / std::log(1 + growth);
        QVERIFY(std::fabs(cumulativeVolumeAt(p, t) - expected) <= 1e-6 * expected);
        // v(t) integrates to Q(t) - Q0: a growing volume makes cumulative volume grow faster.
        if (growth > 0.01)
            QVERIFY(cumulativeVolumeAt(p, t) > 1000 + 1000 * t);
    }

    void priceErodes()
    {
        CostParams p = halvingCurve(1000);
        p.priceErosion = 0.1;
        QCOMPARE(priceAt(p, 0), 100.0);
        QVERIFY(std::fabs(priceAt(p, 2) - 81.0) < 1e-12);
    }

    void costCurveSamplesTheHorizon()
    {
        CostParams p = halvingCurve(1000, 2);
        p.targetMargin = 0.25;
        const QList<CostPoint> monthly = costCurve(p);
        QCOMPARE(monthly.size(), 25);
        QCOMPARE(monthly.first().t, 0.0);
        QCOMPARE(monthly.last().t, 2.0);
        QCOMPARE(monthly.first().unitCost, 200.0);
        QCOMPARE(monthly.first().priceFloor, 75.0);
        QCOMPARE(monthly[12].unitCost, 100.0);
        QCOMPARE(costCurve(p, 4).size(), 9);
        p.horizonYears = 1.1;
        QCOMPARE(costCurve(p, 1).last().t, 1.1); // the horizon closes the curve
    }

    void validInputsPassThrough()
    {
        CostInputs in = test::specExampleCostInputs();
        in.horizonYears.reset();
        in.learningRate = 1.0; // the edges of the ranges that are allowed
        in.targetMargin = 0.0;
        in.priceErosion = 0.0;
        in.volumeGrowth = -0.5;
        const Result<CostParams> params = validateCostInputs(in);
        QVERIFY(params.ok());
        QCOMPARE(params->horizonYears, 10.0); // the default horizon
        QCOMPARE(params->unitCost, 120.0);
        QCOMPARE(params->learningRate, 1.0);
        QCOMPARE(params->volumeGrowth, -0.5);
    }

    void invalidInputIsRefusedByName_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<double>("value");
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        QTest::newRow("unit cost 0") << "unit_cost" << 0.0;
        QTest::newRow("unit cost negative") << "unit_cost" << -5.0;
        QTest::newRow("unit cost NaN") << "unit_cost" << nan;
        QTest::newRow("price 0") << "price" << 0.0;
        QTest::newRow("price infinite") << "price" << inf;
        QTest::newRow("margin 1") << "target_margin" << 1.0;
        QTest::newRow("margin negative") << "target_margin" << -0.1;
        QTest::newRow("volume 0") << "volume" << 0.0;
        QTest::newRow("cumulative 0") << "cumulative" << 0.0;
        QTest::newRow("growth -1") << "volume_growth" << -1.0;
        QTest::newRow("learning 0") << "learning_rate" << 0.0;
        QTest::newRow("learning above 1") << "learning_rate" << 1.2;
        QTest::newRow("learning negative") << "learning_rate" << -0.8;
        QTest::newRow("erosion 1") << "price_erosion" << 1.0;
        QTest::newRow("erosion negative") << "price_erosion" << -0.01;
        QTest::newRow("horizon 0") << "horizon_years" << 0.0;
        QTest::newRow("horizon too long") << "horizon_years" << 101.0;
    }

    void invalidInputIsRefusedByName()
    {
        QFETCH(QString, field);
        QFETCH(double, value);
        CostInputs in = test::specExampleCostInputs();
        setInput(in, field, value);
        const Result<CostParams> params = validateCostInputs(in);
        QVERIFY(!params.ok());
        QCOMPARE(params.error().field, field);
        QCOMPARE(params.error().kind, ErrorKind::Invalid);
        QVERIFY2(params.error().message.contains(field), qPrintable(params.error().message));

        const Result<CostParams> prefixed = validateCostInputs(in, QStringLiteral("cost."));
        QVERIFY(!prefixed.ok());
        QCOMPARE(prefixed.error().field, QStringLiteral("cost.") + field);
        QVERIFY(prefixed.error().message.contains(QStringLiteral("cost.") + field));
    }

    void missingInputIsRefusedByName_data()
    {
        QTest::addColumn<QString>("field");
        for (const char* key : {"unit_cost", "price", "target_margin", "volume", "cumulative",
                                "volume_growth", "learning_rate", "price_erosion"})
            QTest::newRow(key) << QString::fromLatin1(key);
    }

    void missingInputIsRefusedByName()
    {
        QFETCH(QString, field);
        CostInputs in = test::specExampleCostInputs();
        clearInput(in, field);
        const Result<CostParams> params = validateCostInputs(in);
        QVERIFY(!params.ok());
        QCOMPARE(params.error().field, field);
    }

private:
    static std::optional<double>& input(CostInputs& in, const QString& field)
    {
        if (field == QLatin1String("unit_cost"))
            return in.unitCost;
        if (field == QLatin1String("price"))
            return in.price;
        if (field == QLatin1String("target_margin"))
            return in.targetMargin;
        if (field == QLatin1String("volume"))
            return in.volume;
        if (field == QLatin1String("cumulative"))
            return in.cumulative;
        if (field == QLatin1String("volume_growth"))
            return in.volumeGrowth;
        if (field == QLatin1String("learning_rate"))
            return in.learningRate;
        if (field == QLatin1String("price_erosion"))
            return in.priceErosion;
        return in.horizonYears;
    }
    static void setInput(CostInputs& in, const QString& field, double value)
    {
        input(in, field) = value;
    }
    static void clearInput(CostInputs& in, const QString& field) { input(in, field).reset(); }
};

QTEST_GUILESS_MAIN(TestCostModel)
#include "TestCostModel.moc"
