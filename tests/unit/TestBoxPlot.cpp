#include "analytics/BoxPlot.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace tollgate;

namespace
{

// The type 7 quantile straight from its definition, on a sorted copy: the reference the
// selection-based implementation must agree with.
double referenceQuantile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const double h = (static_cast<double>(values.size()) - 1) * p;
    const auto lo = static_cast<std::size_t>(std::floor(h));
    const std::size_t hi = std::min(lo + 1, values.size() - 1);
    return values[lo] + (h - static_cast<double>(lo)) * (values[hi] - values[lo]);
}

} // namespace

class TestBoxPlot : public QObject
{
    Q_OBJECT

private slots:
    void quartilesInterpolateLinearly()
    {
        // Worked by hand: n = 10, h = 9p. Q1: h = 2.25 -> 3 + 0.25 * (4 - 3) = 3.25;
        // median: h = 4.5 -> 5.5; Q3: h = 6.75 -> 7.75. The same as numpy.percentile and
        // Excel QUARTILE.INC.
        std::vector<double> values{9, 100, 1, 8, 2, 7, 3, 6, 4, 5};
        const BoxPlotStats s = boxPlotStats(values);
        QCOMPARE(s.count, 10);
        QCOMPARE(s.lowerQuartile, 3.25);
        QCOMPARE(s.median, 5.5);
        QCOMPARE(s.upperQuartile, 7.75);
        QCOMPARE(s.minimum, 1.0);
        QCOMPARE(s.maximum, 100.0);
        QCOMPARE(s.mean, 14.5);
    }

    void whiskersStopAtTukeyFences()
    {
        // IQR = 4.5, fences -3.5 and 14.5: 100 is an outlier, the upper whisker stops at 9.
        std::vector<double> values{1, 2, 3, 4, 5, 6, 7, 8, 9, 100};
        const BoxPlotStats s = boxPlotStats(values);
        QCOMPARE(s.lowerWhisker, 1.0);
        QCOMPARE(s.upperWhisker, 9.0);
        QCOMPARE(s.outlierCount, 1);
        QCOMPARE(s.outliers, QList<double>{100.0});
    }

    void outliersAreMergedAtTheResolution()
    {
        std::vector<double> values{50, 50, 50, 50, 51, 51, 51, 51, 90.1, 90.2, 89.9, 5};
        const BoxPlotStats s = boxPlotStats(values, 0.5);
        QCOMPARE(s.outlierCount, 4);
        QCOMPARE(s.outliers, (QList<double>{5.0, 90.0}));
    }

    void oddCountHasTheMiddleValueAsMedian()
    {
        std::vector<double> values{40, 10, 30, 20, 50};
        const BoxPlotStats s = boxPlotStats(values);
        QCOMPARE(s.median, 30.0);
        QCOMPARE(s.lowerQuartile, 20.0); // h = 1 exactly
        QCOMPARE(s.upperQuartile, 40.0);
        QCOMPARE(s.outlierCount, 0);
        QCOMPARE(s.lowerWhisker, 10.0);
        QCOMPARE(s.upperWhisker, 50.0);
    }

    void singleValueAndEmpty()
    {
        std::vector<double> one{42};
        const BoxPlotStats s = boxPlotStats(one);
        QCOMPARE(s.count, 1);
        QCOMPARE(s.lowerQuartile, 42.0);
        QCOMPARE(s.median, 42.0);
        QCOMPARE(s.upperQuartile, 42.0);
        QCOMPARE(s.lowerWhisker, 42.0);
        QCOMPARE(s.upperWhisker, 42.0);

        std::vector<double> none;
        QVERIFY(boxPlotStats(none).isEmpty());
        QCOMPARE(quantile(none, 0.5), 0.0);
    }

    void quantileEndsAreMinimumAndMaximum()
    {
        std::vector<double> values{3, 1, 2};
        QCOMPARE(quantile(values, 0.0), 1.0);
        QCOMPARE(quantile(values, 1.0), 3.0);
        QCOMPARE(quantile(values, 0.5), 2.0);
    }

    void selectionAgreesWithSortingOnRandomData()
    {
        QRandomGenerator rng(20260518);
        for (int round = 0; round < 200; ++round) {
            const int n = 1 + static_cast<int>(rng.bounded(60));
            std::vector<double> values;
            for (int i = 0; i < n; ++i) // few distinct values: ties, as real scores have
                values.push_back(static_cast<double>(rng.bounded(12)) * 100.0 / 11.0);
            std::vector<double> copy = values;
            const BoxPlotStats s = boxPlotStats(copy);
            QCOMPARE(s.lowerQuartile, referenceQuantile(values, 0.25));
            QCOMPARE(s.median, referenceQuantile(values, 0.5));
            QCOMPARE(s.upperQuartile, referenceQuantile(values, 0.75));
            QVERIFY(s.lowerWhisker <= s.lowerQuartile && s.upperWhisker >= s.upperQuartile);
        }
    }
};

QTEST_GUILESS_MAIN(TestBoxPlot)
#include "TestBoxPlot.moc"
