// tollgate-cli evaluate: SPEC §8's worked example through the real binary, its weighted variant,
// standard input, and every kind of bad input refused with exit 1 and a line naming the field.
#include "CliChecks.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tollgate::test;

namespace
{

// SPEC §8's request, without its "weights" line.
QJsonObject specRequest()
{
    return QJsonDocument::fromJson(readDataFile(QStringLiteral("evaluate/spec-request.json")))
        .object();
}

QByteArray bytesOf(const QJsonObject& request)
{
    return QJsonDocument(request).toJson();
}

// Exact comparison of doubles (QCOMPARE would accept a fuzzy match).
bool sameDouble(const QJsonValue& actual, double expected)
{
    return actual.isDouble() && actual.toDouble() == expected;
}

QStringList strings(const QJsonValue& array)
{
    QStringList list;
    for (const QJsonValue& v : array.toArray())
        list.append(v.toString());
    return list;
}

} // namespace

class TestCliEvaluate : public QObject
{
    Q_OBJECT

private slots:
    void specExampleGivesTheSpecAnswer()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("request.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(readDataFile(QStringLiteral("evaluate/spec-request.json")));
        out.close();

        const CliRun run = runCli({QStringLiteral("evaluate"), file});
        QVERIFY2(run.exitCode == 0, describeRun(run));
        QVERIFY(run.err.isEmpty());
        const QJsonObject answer = jsonOutput(run).object();
        QVERIFY2(sameDouble(answer.value(QStringLiteral("market_score")), 66.66666666666667),
                 run.out);
        QVERIFY2(sameDouble(answer.value(QStringLiteral("cost_score")), 40.0), run.out);
        QVERIFY2(sameDouble(answer.value(QStringLiteral("composite")), 51.63977794943223), run.out);
        QCOMPARE(answer.value(QStringLiteral("verdict")).toString(), QStringLiteral("cost-gap"));
        QVERIFY(answer.value(QStringLiteral("knockouts")).isArray());
        QVERIFY(answer.value(QStringLiteral("knockouts")).toArray().isEmpty());
        QCOMPARE(strings(answer.value(QStringLiteral("red_flags"))),
                 QStringList(
                     {QStringLiteral("cost-after-fund-end"), QStringLiteral("exit-after-fund-end"),
                      QStringLiteral("export-exposure"), QStringLiteral("substitution-unproven")}));
        QVERIFY2(sameDouble(answer.value(QStringLiteral("years_to_profitable_cost")), 6.2709),
                 run.out);
        const QJsonObject suggested = answer.value(QStringLiteral("suggested")).toObject();
        QCOMPARE(suggested.size(), 2);
        QCOMPARE(suggested.value(QStringLiteral("M1")).toInt(-1), 3);
        QCOMPARE(suggested.value(QStringLiteral("C3")).toInt(-1), 1);
    }

    void weightedVariantFromStandardInput()
    {
        const QJsonObject request = withJsonValue(specRequest(), QStringLiteral("weights"),
                                                  QJsonObject{{QStringLiteral("M1"), 2}});
        const CliRun run =
            runCli({QStringLiteral("evaluate"), QStringLiteral("-")}, bytesOf(request));
        QVERIFY2(run.exitCode == 0, describeRun(run));
        const QJsonObject answer = jsonOutput(run).object();
        // M1 counts twice: (2·4 + 3 + 5 + 3 + 1 + 4) / (5 · 7) = 24/35.
        const double market = 100.0 * 24.0 / (5.0 * 7.0);
        QVERIFY2(sameDouble(answer.value(QStringLiteral("market_score")), market), run.out);
        QVERIFY2(sameDouble(answer.value(QStringLiteral("market_score")), 68.57142857142857),
                 run.out);
        QVERIFY2(sameDouble(answer.value(QStringLiteral("cost_score")), 40.0), run.out);
        QVERIFY2(sameDouble(answer.value(QStringLiteral("composite")), std::sqrt(market * 40.0)),
                 run.out);
        QCOMPARE(answer.value(QStringLiteral("verdict")).toString(), QStringLiteral("cost-gap"));
        QVERIFY2(sameDouble(answer.value(QStringLiteral("years_to_profitable_cost")), 6.2709),
                 run.out);
    }

    void onlyScoresGivesNoCostAnswer()
    {
        const QJsonObject request{
            {QStringLiteral("scores"),
             QJsonObject{{QStringLiteral("M1"), 5}, {QStringLiteral("M2"), 0}}}};
        const CliRun run =
            runCli({QStringLiteral("evaluate"), QStringLiteral("-")}, bytesOf(request));
        QVERIFY2(run.exitCode == 0, describeRun(run));
        const QJsonObject answer = jsonOutput(run).object();
        QVERIFY(answer.value(QStringLiteral("market_score")).isNull());
        QVERIFY(answer.value(QStringLiteral("composite")).isNull());
        QCOMPARE(answer.value(QStringLiteral("verdict")).toString(), QStringLiteral("incomplete"));
        QVERIFY(!answer.contains(QStringLiteral("years_to_profitable_cost")));
    }

    void costNeverReachedIsNull()
    {
        const QJsonObject request =
            withJsonValue(specRequest(), QStringLiteral("cost.learning_rate"), 1.0);
        const CliRun run =
            runCli({QStringLiteral("evaluate"), QStringLiteral("-")}, bytesOf(request));
        QVERIFY2(run.exitCode == 0, describeRun(run));
        const QJsonObject answer = jsonOutput(run).object();
        QVERIFY(answer.contains(QStringLiteral("years_to_profitable_cost")));
        QVERIFY(answer.value(QStringLiteral("years_to_profitable_cost")).isNull());
        QCOMPARE(answer.value(QStringLiteral("suggested"))
                     .toObject()
                     .value(QStringLiteral("C3"))
                     .toInt(-1),
                 0);
    }

    void badInputExitsOneNamingTheField_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");

        QTest::newRow("score above 5") << "scores.M3" << QJsonValue(7) << "scores.M3";
        QTest::newRow("score below 0") << "scores.C2" << QJsonValue(-1) << "scores.C2";
        QTest::newRow("fractional score") << "scores.M1" << QJsonValue(2.5) << "scores.M1";
        QTest::newRow("score as text")
            << "scores.C6" << QJsonValue(QStringLiteral("4")) << "scores.C6";
        QTest::newRow("unknown criterion") << "scores.M7" << QJsonValue(3) << "M7";
        QTest::newRow("zero weight") << "weights.C1" << QJsonValue(0) << "weights.C1";
        QTest::newRow("negative weight") << "weights.M2" << QJsonValue(-2) << "weights.M2";
        QTest::newRow("weight of unknown criterion") << "weights.X1" << QJsonValue(1) << "X1";
        QTest::newRow("unit cost zero") << "cost.unit_cost" << QJsonValue(0) << "cost.unit_cost";
        QTest::newRow("learning rate above 1")
            << "cost.learning_rate" << QJsonValue(1.2) << "cost.learning_rate";
        QTest::newRow("margin of 1") << "cost.target_margin" << QJsonValue(1) << "target_margin";
        QTest::newRow("growth below -1")
            << "cost.volume_growth" << QJsonValue(-1.5) << "cost.volume_growth";
        QTest::newRow("unknown cost key") << "cost.colour" << QJsonValue(1) << "colour";
        QTest::newRow("gate above 100") << "gates.market" << QJsonValue(120) << "gates.market";
        QTest::newRow("no scores") << "scores" << QJsonValue(QJsonValue::Undefined) << "scores";
        QTest::newRow("unknown key") << "colour" << QJsonValue(QStringLiteral("red")) << "colour";
        QTest::newRow("unknown template")
            << "template" << QJsonValue(QStringLiteral("other")) << "template";
    }

    void badInputExitsOneNamingTheField()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        const QJsonObject request = withJsonValue(specRequest(), path, value);
        const CliRun run =
            runCli({QStringLiteral("evaluate"), QStringLiteral("-")}, bytesOf(request));
        QVERIFY2(isOneLineUserError(run), describeRun(run));
        QVERIFY2(QString::fromUtf8(run.err).contains(field), run.err);
    }

    void unreadableInputExitsOne_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("not JSON") << QByteArray("scores: {M1: 4}");
        QTest::newRow("an array") << QByteArray("[1, 2]");
        QTest::newRow("truncated")
            << readDataFile(QStringLiteral("evaluate/spec-request.json")).left(120);
    }

    void unreadableInputExitsOne()
    {
        QFETCH(QByteArray, input);
        const CliRun run = runCli({QStringLiteral("evaluate"), QStringLiteral("-")}, input);
        QVERIFY2(isOneLineUserError(run), describeRun(run));
    }

    void missingFileExitsOne()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("nothing-here.json"));
        const CliRun run = runCli({QStringLiteral("evaluate"), missing});
        QVERIFY2(isOneLineUserError(run), describeRun(run));
        QVERIFY(QString::fromUtf8(run.err).contains(missing));
    }
};

QTEST_GUILESS_MAIN(TestCliEvaluate)
#include "TestCliEvaluate.moc"
