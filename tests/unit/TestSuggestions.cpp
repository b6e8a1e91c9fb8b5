#include "scoring/DefaultTemplate.h"
#include "scoring/Suggestions.h"

#include <QTest>

using namespace tollgate;

class TestSuggestions : public QObject
{
    Q_OBJECT

private slots:
    void marketSizeBands_data()
    {
        QTest::addColumn<double>("tamCny");
        QTest::addColumn<int>("expected");
        QTest::newRow("nothing") << 0.0 << 0;
        QTest::newRow("just under 0.1 bn") << 99'999'999.0 << 0;
        QTest::newRow("0.1 bn") << 100'000'000.0 << 1;
        QTest::newRow("just under 0.5 bn") << 499'999'999.0 << 1;
        QTest::newRow("0.5 bn") << 500'000'000.0 << 2;
        QTest::newRow("just under 1 bn") << 999'999'999.0 << 2;
        QTest::newRow("1 bn") << 1e9 << 3;
        QTest::newRow("3.2 bn (SPEC §8)") << 3.2e9 << 3;
        QTest::newRow("just under 5 bn") << 4'999'999'999.0 << 3;
        QTest::newRow("5 bn") << 5e9 << 4;
        QTest::newRow("just under 20 bn") << 19'999'999'999.0 << 4;
        QTest::newRow("20 bn") << 20e9 << 5;
        QTest::newRow("1 trillion") << 1e12 << 5;
    }

    void marketSizeBands()
    {
        QFETCH(double, tamCny);
        QFETCH(int, expected);
        QCOMPARE(suggestMarketSizeScore(defaultTemplate(), tamCny), expected);
    }

    void marketSizeBandsComeFromTheTemplate()
    {
        Template t = defaultTemplate();
        t.tamBands = {1, 2, 3, 4, 5};
        QCOMPARE(suggestMarketSizeScore(t, 0.5), 0);
        QCOMPARE(suggestMarketSizeScore(t, 3), 3);
        QCOMPARE(suggestMarketSizeScore(t, 1e9), 5);
    }

    void timeToCostBands_data()
    {
        QTest::addColumn<std::optional<double>>("years");
        QTest::addColumn<double>("horizon");
        QTest::addColumn<int>("expected");
        const std::optional<double> never;
        QTest::newRow("already") << std::optional<double>(0.0) << 10.0 << 5;
        QTest::newRow("1 year") << std::optional<double>(1.0) << 10.0 << 5;
        QTest::newRow("just over 1") << std::optional<double>(1.0001) << 10.0 << 4;
        QTest::newRow("2 years") << std::optional<double>(2.0) << 10.0 << 4;
        QTest::newRow("just over 2") << std::optional<double>(2.0001) << 10.0 << 3;
        QTest::newRow("3 years") << std::optional<double>(3.0) << 10.0 << 3;
        QTest::newRow("just over 3") << std::optional<double>(3.0001) << 10.0 << 2;
        QTest::newRow("5 years") << std::optional<double>(5.0) << 10.0 << 2;
        QTest::newRow("just over 5") << std::optional<double>(5.0001) << 10.0 << 1;
        QTest::newRow("6.27 (SPEC §8)") << std::optional<double>(6.2709) << 10.0 << 1;
        QTest::newRow("at the horizon") << std::optional<double>(10.0) << 10.0 << 1;
        QTest::newRow("past the horizon") << std::optional<double>(10.5) << 10.0 << 0;
        QTest::newRow("not within the horizon") << never << 10.0 << 0;
        QTest::newRow("short horizon") << std::optional<double>(4.0) << 3.5 << 0;
    }

    void timeToCostBands()
    {
        QFETCH(std::optional<double>, years);
        QFETCH(double, horizon);
        QFETCH(int, expected);
        QCOMPARE(suggestTimeToCostScore(defaultTemplate(), years, horizon), expected);
    }

    void timeToCostBandsComeFromTheTemplate()
    {
        Template t = defaultTemplate();
        t.costYearBands = {0.5, 1, 1.5, 2};
        QCOMPARE(suggestTimeToCostScore(t, 0.75, 10), 4);
        QCOMPARE(suggestTimeToCostScore(t, 3.0, 10), 1);
    }
};

QTEST_GUILESS_MAIN(TestSuggestions)
#include "TestSuggestions.moc"
