#include "scorecard/InputFields.h"
#include "scorecard/NumberText.h"

#include <QTest>

using namespace tollgate;

class TestNumberText : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatAnalystsType_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value");
        QTest::newRow("plain") << "120" << 120.0;
        QTest::newRow("decimal") << "0.82" << 0.82;
        QTest::newRow("scientific") << "3.2e9" << 3.2e9;
        QTest::newRow("thousands") << "3,200,000,000" << 3.2e9;
        QTest::newRow("spaces") << " 10 000 " << 10000.0;
        QTest::newRow("percent") << "30%" << 0.3;
        QTest::newRow("full-width percent") << "30％" << 0.3;
        QTest::newRow("billion") << "3.2bn" << 3.2e9;
        QTest::newRow("yi") << "32亿" << 3.2e9;
        QTest::newRow("traditional yi") << "32億" << 3.2e9;
        QTest::newRow("wan") << "5万" << 5e4;
        QTest::newRow("thousand") << "12k" << 12000.0;
        QTest::newRow("million") << "4M" << 4e6;
        QTest::newRow("negative") << "-5" << -5.0;
        QTest::newRow("typographic minus") << "−5" << -5.0;
    }

    void readsWhatAnalystsType()
    {
        QFETCH(QString, text);
        QFETCH(double, value);
        const Result<std::optional<double>> parsed = parseNumberText(text, QStringLiteral("x"));
        QVERIFY2(parsed.ok(), qPrintable(text));
        QVERIFY(parsed->has_value());
        QVERIFY2(qFuzzyCompare(**parsed, value), qPrintable(QString::number(**parsed)));
    }

    void emptyMeansNotGiven()
    {
        const Result<std::optional<double>> parsed = parseNumberText(QStringLiteral("  "), {});
        QVERIFY(parsed.ok());
        QVERIFY(!parsed->has_value());
    }

    void refusesTextNamingTheField_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("word") << "about 100";
        QTest::newRow("two numbers") << "1.2.3";
        QTest::newRow("unit only") << "亿";
        QTest::newRow("infinity") << "inf";
        QTest::newRow("nan") << "nan";
        QTest::newRow("overflow") << "1e999";
    }

    void refusesTextNamingTheField()
    {
        QFETCH(QString, text);
        const Result<std::optional<double>> parsed = parseNumberText(text, QStringLiteral("price"));
        QVERIFY2(!parsed.ok(), qPrintable(text));
        QCOMPARE(parsed.error().field, QStringLiteral("price"));
        QVERIFY(parsed.error().message.contains(text));
    }

    void formatReadsBackExactly()
    {
        for (double v : {3.2e9, 0.82, 120.0, 0.1 + 0.2, 1e-7, 123456789.125}) {
            const Result<std::optional<double>> back = parseNumberText(formatNumberText(v), {});
            QVERIFY(back.ok());
            QCOMPARE(**back, v);
        }
        QCOMPARE(formatNumberText(3.2e9), QStringLiteral("3200000000"));
    }

    void amountReadingAid()
    {
        QCOMPARE(describeAmountCny(3.2e9, true), QStringLiteral("32 亿元"));
        QCOMPARE(describeAmountCny(3.2e9, false), QStringLiteral("3.2 bn CNY"));
        QCOMPARE(describeAmountCny(50000, true), QStringLiteral("5 万元"));
        QVERIFY(describeAmountCny(500, false).isEmpty());
    }

    void fieldRulesAreTheCoreRules()
    {
        const QList<InputField> cost = costInputFields();
        QCOMPARE(cost.size(), 9);
        for (const InputField& f : cost) {
            const Status bad = checkInputField(f, -2);
            if (f.key == QLatin1String("volume_growth")) {
                QVERIFY(checkInputField(f, -0.5).ok());
                QVERIFY(!checkInputField(f, -1).ok());
                continue;
            }
            QVERIFY2(!bad.ok(), qPrintable(f.key));
            QCOMPARE(bad.error().field, f.key);
        }
        const QList<InputField> market = marketInputFields();
        QCOMPARE(market.size(), 4);
        QVERIFY(checkInputField(market[0], 3.2e9).ok());
        QVERIFY(!checkInputField(market[3], 2.5).ok());
        QVERIFY(checkInputField(market[3], 40).ok());
        QVERIFY(!checkInputField(market[2], -1).ok());
        QVERIFY(checkInputField(market[2], -0.2).ok());
    }
};

QTEST_GUILESS_MAIN(TestNumberText)
#include "TestNumberText.moc"
