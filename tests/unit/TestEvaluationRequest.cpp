#include "TestSupport.h"
#include "core/Clock.h"
#include "scoring/EvaluationRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace tollgate;

namespace
{

QJsonObject specRequest()
{
    // SPEC §8's request, without its "weights" line.
    return QJsonDocument::fromJson(test::readDataFile(QStringLiteral("evaluate/spec-request.json")))
        .object();
}

QJsonObject evaluateJson(const QJsonObject& request)
{
    const Result<EvaluationRequest> parsed = parseEvaluationRequest(request);
    if (!parsed)
        qFatal("request refused: %s", qPrintable(parsed.error().message));
    return evaluationToJson(evaluate(parsed->scoringTemplate, parsed->input));
}

} // namespace

class TestEvaluationRequest : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Clock::setFixed(QDateTime()); }

    void specExampleExactly()
    {
        const QJsonObject out = evaluateJson(specRequest());
        const QJsonObject expected = QJsonDocument::fromJson(R"(
            { "market_score": 66.66666666666667, "cost_score": 40.0,
              "composite": 51.63977794943223, "verdict": "cost-gap", "knockouts": [],
              "red_flags": ["cost-after-fund-end", "exit-after-fund-end", "export-exposure",
                            "substitution-unproven"],
              "years_to_profitable_cost": 6.2709,
              "suggested": {"M1": 3, "C3": 1} })")
                                         .object();
        QCOMPARE(out, expected);
        // The printed digits too: shortest round-trip form, no rounding of the scores.
        const QByteArray text = QJsonDocument(out).toJson(QJsonDocument::Compact);
        QVERIFY2(text.contains("\"market_score\":66.66666666666667"), text.constData());
        QVERIFY2(text.contains("\"composite\":51.63977794943223"), text.constData());
        QVERIFY2(text.contains("\"years_to_profitable_cost\":6.2709"), text.constData());
    }

    void weightsOverrideTheDefaultTemplate()
    {
        const QJsonObject request = test::withJsonValue(specRequest(), QStringLiteral("weights"),
                                                        QJsonObject{{QStringLiteral("M1"), 2}});
        const QJsonObject out = evaluateJson(request);
        QCOMPARE(out.value(QLatin1String("market_score")).toDouble(), 100.0 * 24 / 35);
        QCOMPARE(out.value(QLatin1String("cost_score")).toDouble(), 40.0);
    }

    void gatesOverrideTheDefaultTemplate()
    {
        const QJsonObject request =
            test::withJsonValue(specRequest(), QStringLiteral("gates.cost"), QJsonValue(40));
        QCOMPARE(evaluateJson(request).value(QLatin1String("verdict")).toString(),
                 QStringLiteral("pursue"));
    }

    void onlyScoresAreRequired()
    {
        Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
        const Result<EvaluationRequest> parsed =
            parseEvaluationRequest(QByteArray(R"({"scores": {"M1": 5, "C3": 0}})"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->input.asOfYear, 2026); // from the clock
        QCOMPARE(parsed->input.fundEndYear, std::nullopt);
        QVERIFY(!parsed->input.cost.has_value());
        QCOMPARE(parsed->scoringTemplate.criteria.size(), 12);
        QCOMPARE(parsed->scoringTemplate.marketGate, 60.0);

        const QJsonObject out = evaluationToJson(evaluate(parsed->scoringTemplate, parsed->input));
        QCOMPARE(out.value(QLatin1String("market_score")), QJsonValue(QJsonValue::Null));
        QCOMPARE(out.value(QLatin1String("cost_score")), QJsonValue(QJsonValue::Null));
        QCOMPARE(out.value(QLatin1String("composite")), QJsonValue(QJsonValue::Null));
        QCOMPARE(out.value(QLatin1String("verdict")).toString(), QStringLiteral("incomplete"));
        QCOMPARE(out.value(QLatin1String("knockouts")).toArray(), QJsonArray{QStringLiteral("C3")});
        QCOMPARE(out.value(QLatin1String("suggested")).toObject(), QJsonObject());
        QVERIFY(!out.contains(QLatin1String("years_to_profitable_cost")));
        const QStringList keys =
            QStringLiteral("composite cost_score knockouts market_score red_flags suggested "
                           "verdict")
                .split(QLatin1Char(' '));
        QCOMPARE(out.keys(), keys);
    }

    void nullMeansNotGiven()
    {
        const QByteArray request = R"({"scores": {"M1": null, "M2": 4.0}, "market": null,
            "cost": null, "fund": {"end_year": null}, "exit": null, "weights": null,
            "gates": null, "template": null, "dominant_incumbent": null})";
        const Result<EvaluationRequest> parsed = parseEvaluationRequest(request);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(parsed->input.scores.value(QStringLiteral("M1")), std::nullopt);
        QCOMPARE(parsed->input.scores.value(QStringLiteral("M2")), 4.0);
        QVERIFY(!parsed->input.tamCny.has_value());
        QVERIFY(!parsed->input.fundEndYear.has_value());
    }

    void costNotWithinTheHorizonIsNull()
    {
        QJsonObject request =
            test::withJsonValue(specRequest(), QStringLiteral("cost.horizon_years"), 5);
        const QJsonObject out = evaluateJson(request);
        QVERIFY(out.contains(QLatin1String("years_to_profitable_cost")));
        QCOMPARE(out.value(QLatin1String("years_to_profitable_cost")),
                 QJsonValue(QJsonValue::Null));
        QCOMPARE(out.value(QLatin1String("suggested")).toObject().value(QLatin1String("C3")), 0);
        QVERIFY(out.value(QLatin1String("red_flags"))
                    .toArray()
                    .contains(QJsonValue(QStringLiteral("cost-after-fund-end"))));
    }

    void emptyCostObjectIsNoCostModel()
    {
        const QJsonObject out =
            evaluateJson(test::withJsonValue(specRequest(), QStringLiteral("cost"), QJsonObject()));
        QVERIFY(!out.contains(QLatin1String("years_to_profitable_cost")));
        QVERIFY(!out.value(QLatin1String("suggested")).toObject().contains(QLatin1String("C3")));
    }

    void badValueIsRefusedNamingTheField_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        const QJsonValue absent(QJsonValue::Undefined);
        QTest::newRow("fractional score") << "scores.M3" << QJsonValue(3.5) << "scores.M3";
        QTest::newRow("score above 5") << "scores.M3" << QJsonValue(6) << "scores.M3";
        QTest::newRow("negative score") << "scores.C1" << QJsonValue(-1) << "scores.C1";
        QTest::newRow("score as text")
            << "scores.M3" << QJsonValue(QStringLiteral("4")) << "scores.M3";
        QTest::newRow("score as bool") << "scores.M3" << QJsonValue(true) << "scores.M3";
        QTest::newRow("unknown criterion") << "scores.M9" << QJsonValue(3) << "scores.M9";
        QTest::newRow("scores not an object")
            << "scores" << QJsonValue(QJsonArray{1, 2}) << "scores";
        QTest::newRow("scores missing") << "scores" << absent << "scores";
        QTest::newRow("zero weight") << "weights.M1" << QJsonValue(0) << "weights.M1";
        QTest::newRow("negative weight") << "weights.C2" << QJsonValue(-2) << "weights.C2";
        // Found by fuzz-evaluate: the weighted sum overflowed and the market score was NaN.
        QTest::newRow("huge weight") << "weights.M1" << QJsonValue(1e308) << "weights.M1";
        QTest::newRow("weight above the limit")
            << "weights.M1" << QJsonValue(1e6 + 1) << "weights.M1";
        QTest::newRow("weight as text")
            << "weights.M1" << QJsonValue(QStringLiteral("2")) << "weights.M1";
        QTest::newRow("weight of unknown criterion")
            << "weights.X1" << QJsonValue(1) << "weights.X1";
        QTest::newRow("learning rate above 1")
            << "cost.learning_rate" << QJsonValue(1.2) << "cost.learning_rate";
        QTest::newRow("zero unit cost") << "cost.unit_cost" << QJsonValue(0) << "cost.unit_cost";
        QTest::newRow("margin of 1")
            << "cost.target_margin" << QJsonValue(1) << "cost.target_margin";
        QTest::newRow("cost input missing") << "cost.volume" << absent << "cost.volume";
        QTest::newRow("cost input as text")
            << "cost.price" << QJsonValue(QStringLiteral("100")) << "cost.price";
        QTest::newRow("unknown cost key") << "cost.discount" << QJsonValue(0.1) << "cost.discount";
        QTest::newRow("negative TAM") << "market.tam_cny" << QJsonValue(-1) << "market.tam_cny";
        QTest::newRow("TAM as text")
            << "market.tam_cny" << QJsonValue(QStringLiteral("3.2e9")) << "market.tam_cny";
        QTest::newRow("unknown market key") << "market.som" << QJsonValue(1) << "market.som";
        QTest::newRow("gate above 100") << "gates.market" << QJsonValue(120) << "gates.market";
        QTest::newRow("unknown gate") << "gates.exit" << QJsonValue(50) << "gates.exit";
        QTest::newRow("unknown template")
            << "template" << QJsonValue(QStringLiteral("aggressive")) << "template";
        QTest::newRow("fractional year")
            << "fund.end_year" << QJsonValue(2030.5) << "fund.end_year";
        QTest::newRow("as-of year as text")
            << "fund.as_of_year" << QJsonValue(QStringLiteral("2026")) << "fund.as_of_year";
        QTest::newRow("implausible year")
            << "exit.expected_year" << QJsonValue(20310) << "exit.expected_year";
        QTest::newRow("tick as text")
            << "dominant_incumbent" << QJsonValue(QStringLiteral("yes")) << "dominant_incumbent";
        QTest::newRow("unknown top-level key")
            << "comment" << QJsonValue(QStringLiteral("hi")) << "comment";
        QTest::newRow("fund not an object") << "fund" << QJsonValue(2030) << "fund";
    }

    void badValueIsRefusedNamingTheField()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        const QJsonObject request = test::withJsonValue(specRequest(), path, value);
        const Result<EvaluationRequest> parsed = parseEvaluationRequest(request);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().field, field);
        QCOMPARE(parsed.error().kind, ErrorKind::Invalid);
        QVERIFY2(parsed.error().message.contains(field), qPrintable(parsed.error().message));
        QVERIFY(!parsed.error().message.contains(QLatin1Char('\n'))); // one line for stderr
    }

    void malformedInputIsRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << QByteArray(R"({"scores": {"M1": 4)");
        QTest::newRow("not an object") << QByteArray(R"([{"scores": {}}])");
        QTest::newRow("a number") << QByteArray("42");
        QTest::newRow("trailing comma") << QByteArray(R"({"scores": {"M1": 4,}})");
    }

    void malformedInputIsRefused()
    {
        QFETCH(QByteArray, text);
        const Result<EvaluationRequest> parsed = parseEvaluationRequest(text);
        QVERIFY(!parsed.ok());
        QVERIFY(!parsed.error().message.isEmpty());
        QCOMPARE(parsed.error().kind, ErrorKind::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestEvaluationRequest)
#include "TestEvaluationRequest.moc"
