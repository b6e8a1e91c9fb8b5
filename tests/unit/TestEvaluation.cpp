#include "SpecExample.h"
#include "scoring/DefaultTemplate.h"
#include "scoring/Evaluation.h"

#include <QTest>

#include <cmath>

using namespace tollgate;

namespace
{

const QStringList kKeys{QStringLiteral("M1"), QStringLiteral("M2"), QStringLiteral("M3"),
                        QStringLiteral("M4"), QStringLiteral("M5"), QStringLiteral("M6"),
                        QStringLiteral("C1"), QStringLiteral("C2"), QStringLiteral("C3"),
                        QStringLiteral("C4"), QStringLiteral("C5"), QStringLiteral("C6")};

// Twelve scores in template order (M1..M6, C1..C6); -1 stands for "not scored".
ScoreMap scores(const QList<double>& values)
{
    ScoreMap map;
    for (int i = 0; i < kKeys.size(); ++i) {
        if (values.value(i, -1) >= 0)
            map.insert(kKeys[i], values[i]);
    }
    return map;
}

// The scores of SPEC §8: M = 66.67, C = 40.
ScoreMap specScores()
{
    return scores({4, 3, 5, 3, 1, 4, 2, 3, 1, 2, 1, 3});
}

// Middling scores that raise no flag and fire no knock-out.
ScoreMap quietScores()
{
    return scores({3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3});
}

// Costs 200, sells at 100, halves its cost per doubling: profitable after 1000 / volume years.
CostParams costReachingProfitIn(double years)
{
    CostParams p;
    p.unitCost = 200;
    p.price = 100;
    p.volume = 1000 / years;
    p.cumulative = 1000;
    p.learningRate = 0.5;
    p.horizonYears = 10;
    return p;
}

EvaluationInput inputWith(const ScoreMap& s)
{
    EvaluationInput in;
    in.scores = s;
    in.asOfYear = 2026;
    return in;
}

} // namespace

class TestEvaluation : public QObject
{
    Q_OBJECT

private slots:
    void questionScoreIsTheWeightedShareOfFive()
    {
        const Template t = defaultTemplate();
        QCOMPARE(questionScore(t, Question::Market, specScores()), 66.66666666666667);
        QCOMPARE(questionScore(t, Question::Cost, specScores()), 40.0);
        QCOMPARE(questionScore(t, Question::Market, scores({5, 5, 5, 5, 5, 5})), 100.0);
        QCOMPARE(questionScore(t, Question::Market, scores({0, 0, 0, 0, 0, 0})), 0.0);
    }

    void weightsTiltTheQuestion()
    {
        Template t = defaultTemplate();
        t.criteria[0].weight = 2; // M1 counts twice: 100 * (8+3+5+3+1+4) / (5 * 7)
        QCOMPARE(questionScore(t, Question::Market, specScores()), 100.0 * 24 / 35);
        t.criteria[0].weight = 0.5;
        QCOMPARE(questionScore(t, Question::Market, specScores()), 100.0 * 18 / 27.5);
        // Weights of the other question do not matter here.
        t.criteria[6].weight = 9;
        QCOMPARE(questionScore(t, Question::Market, specScores()), 100.0 * 18 / 27.5);
    }

    void anyUnscoredCriterionLeavesTheQuestionNull()
    {
        const Template t = defaultTemplate();
        ScoreMap s = specScores();
        s.remove(QStringLiteral("M4"));
        QCOMPARE(questionScore(t, Question::Market, s), std::nullopt);
        QCOMPARE(questionScore(t, Question::Cost, s), 40.0);
        s.insert(QStringLiteral("C2"), std::nullopt); // an explicit "not scored"
        QCOMPARE(questionScore(t, Question::Cost, s), std::nullopt);
    }

    void fractionalMeansScoreExactly()
    {
        const Template t = defaultTemplate();
        const ScoreMap s = scores({3.5, 2.5, 4, 4, 3, 3, 2, 2, 2.5, 3, 4, 4});
        QCOMPARE(questionScore(t, Question::Market, s), 100.0 * 20 / 30);
        QCOMPARE(questionScore(t, Question::Cost, s), 100.0 * 17.5 / 30);
    }

    void verdict_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<double>("marketGate");
        QTest::addColumn<double>("costGate");
        QTest::addColumn<QString>("verdict");
        // Sums of 18 out of 30 give exactly 60.
        const QList<double> both{3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3};
        QTest::newRow("pursue at exactly the gates")
            << both << 60.0 << 60.0 << QStringLiteral("pursue");
        QTest::newRow("pursue well above") << QList<double>{5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5}
                                           << 60.0 << 60.0 << QStringLiteral("pursue");
        QTest::newRow("market-gap") << QList<double>{3, 3, 3, 3, 3, 2, 3, 3, 3, 3, 3, 3} << 60.0
                                    << 60.0 << QStringLiteral("market-gap");
        QTest::newRow("cost-gap (SPEC §8)") << QList<double>{4, 3, 5, 3, 1, 4, 2, 3, 1, 2, 1, 3}
                                            << 60.0 << 60.0 << QStringLiteral("cost-gap");
        QTest::newRow("decline: both short") << QList<double>{2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2}
                                             << 60.0 << 60.0 << QStringLiteral("decline");
        QTest::newRow("decline: M2 knock-out despite high scores")
            << QList<double>{5, 0, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5} << 60.0 << 60.0
            << QStringLiteral("decline");
        QTest::newRow("decline: C3 knock-out despite high scores")
            << QList<double>{5, 5, 5, 5, 5, 5, 5, 5, 0, 5, 5, 5} << 60.0 << 60.0
            << QStringLiteral("decline");
        QTest::newRow("no knock-out from a non-knock-out 0")
            << QList<double>{0, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 0} << 60.0 << 60.0
            << QStringLiteral("pursue");
        QTest::newRow("incomplete market") << QList<double>{3, 3, 3, -1, 3, 3, 5, 5, 5, 5, 5, 5}
                                           << 60.0 << 60.0 << QStringLiteral("incomplete");
        QTest::newRow("incomplete cost") << QList<double>{5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, -1}
                                         << 60.0 << 60.0 << QStringLiteral("incomplete");
        QTest::newRow("incomplete beats knock-out")
            << QList<double>{5, 0, 5, 5, 5, 5, 5, 5, 5, 5, 5, -1} << 60.0 << 60.0
            << QStringLiteral("incomplete");
        QTest::newRow("gates from the template: lower cost gate")
            << QList<double>{4, 3, 5, 3, 1, 4, 2, 3, 1, 2, 1, 3} << 60.0 << 40.0
            << QStringLiteral("pursue");
        QTest::newRow("gates from the template: higher market gate")
            << both << 70.0 << 60.0 << QStringLiteral("market-gap");
    }

    void verdict()
    {
        QFETCH(QList<double>, values);
        QFETCH(double, marketGate);
        QFETCH(double, costGate);
        QFETCH(QString, verdict);
        Template t = defaultTemplate();
        t.marketGate = marketGate;
        t.costGate = costGate;
        const Evaluation e = evaluate(t, inputWith(scores(values)));
        QCOMPARE(verdictKey(e.verdict), verdict);
    }

    void knockoutsAreListedInTemplateOrder()
    {
        const Template t = defaultTemplate();
        Evaluation e = evaluate(t, inputWith(scores({5, 0, 5, 5, 5, 5, 5, 5, 0, 5, 5, 5})));
        QCOMPARE(e.knockouts, (QStringList{QStringLiteral("M2"), QStringLiteral("C3")}));
        // Listed even while the verdict is still incomplete.
        e = evaluate(t, inputWith(scores({5, 0, 5, 5, 5, -1})));
        QCOMPARE(e.knockouts, QStringList{QStringLiteral("M2")});
        QCOMPARE(e.verdict, Verdict::Incomplete);
    }

    void aKnockoutMeanFiresOnlyAtZero()
    {
        const Template t = defaultTemplate();
        ScoreMap s = scores({5, 0.5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5});
        Evaluation e = evaluate(t, inputWith(s));
        QVERIFY(e.knockouts.isEmpty());
        QCOMPARE(e.verdict, Verdict::Pursue);
        s.insert(QStringLiteral("M2"), 0.0);
        e = evaluate(t, inputWith(s));
        QCOMPARE(e.knockouts, QStringList{QStringLiteral("M2")});
        QCOMPARE(e.verdict, Verdict::Decline);
    }

    void compositeIsTheGeometricMean()
    {
        const Template t = defaultTemplate();
        Evaluation e = evaluate(t, inputWith(specScores()));
        QCOMPARE(e.composite, 51.63977794943223);
        e = evaluate(t, inputWith(scores({5, 5, 5, 5, 5, 5, 0, 0, 1, 0, 0, 0})));
        QCOMPARE(e.market, 100.0);
        QCOMPARE(e.composite, std::sqrt(100.0 * (100.0 / 30)));
        e = evaluate(t, inputWith(scores({5, 5, 5, 5, 5, 5, 0, 0, 0, 0, 0, 0})));
        QCOMPARE(e.composite, 0.0);
        e = evaluate(t, inputWith(scores({5, 5, 5, 5, 5, 5, 0, 0, 0, 0, 0, -1})));
        QCOMPARE(e.composite, std::nullopt);
        QCOMPARE(e.market, 100.0);
        QCOMPARE(e.cost, std::nullopt);
    }

    void scoreFlags_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("score");
        QTest::addColumn<QStringList>("flags");
        const QString substitution = RedFlag::SubstitutionUnproven;
        const QString fragmented = RedFlag::FragmentedMarket;
        const QString exposure = RedFlag::ExportExposure;
        QTest::newRow("M5 = 0") << "M5" << 0.0 << QStringList{substitution};
        QTest::newRow("M5 = 1") << "M5" << 1.0 << QStringList{substitution};
        QTest::newRow("M5 mean just above 1") << "M5" << 1.0001 << QStringList{};
        QTest::newRow("M5 mean 1.5") << "M5" << 1.5 << QStringList{};
        QTest::newRow("M5 = 2") << "M5" << 2.0 << QStringList{};
        QTest::newRow("M6 = 1") << "M6" << 1.0 << QStringList{fragmented};
        QTest::newRow("M6 mean 0.67") << "M6" << 2.0 / 3 << QStringList{fragmented};
        QTest::newRow("M6 = 2") << "M6" << 2.0 << QStringList{};
        QTest::newRow("C5 = 1") << "C5" << 1.0 << QStringList{exposure};
        QTest::newRow("C5 mean 1.25") << "C5" << 1.25 << QStringList{};
        QTest::newRow("M4 = 0 is no flag") << "M4" << 0.0 << QStringList{};
    }

    void scoreFlags()
    {
        QFETCH(QString, key);
        QFETCH(double, score);
        QFETCH(QStringList, flags);
        ScoreMap s = quietScores();
        s.insert(key, score);
        QCOMPARE(evaluate(defaultTemplate(), inputWith(s)).redFlags, flags);
    }

    void unscoredCriteriaRaiseNoScoreFlag()
    {
        ScoreMap s = quietScores();
        s.remove(QStringLiteral("M5"));
        s.insert(QStringLiteral("M6"), std::nullopt);
        QVERIFY(evaluate(defaultTemplate(), inputWith(s)).redFlags.isEmpty());
    }

    void costAfterFundEnd_data()
    {
        QTest::addColumn<double>("profitableAfter"); // years; 0 means never (beyond horizon)
        QTest::addColumn<std::optional<int>>("fundEnd");
        QTest::addColumn<bool>("flagged");
        const std::optional<int> noFund;
        QTest::newRow("after the fund's end") << 5.0 << std::optional<int>(2030) << true;
        QTest::newRow("exactly at the fund's end") << 4.0 << std::optional<int>(2030) << false;
        QTest::newRow("before the fund's end") << 2.0 << std::optional<int>(2030) << false;
        QTest::newRow("never") << 0.0 << std::optional<int>(2040) << true;
        QTest::newRow("no fund end year") << 8.0 << noFund << false;
        QTest::newRow("fund already over") << 0.5 << std::optional<int>(2025) << true;
    }

    void costAfterFundEnd()
    {
        QFETCH(double, profitableAfter);
        QFETCH(std::optional<int>, fundEnd);
        QFETCH(bool, flagged);
        EvaluationInput in = inputWith(quietScores());
        in.cost = costReachingProfitIn(profitableAfter > 0 ? profitableAfter : 1000);
        in.fundEndYear = fundEnd;
        in.asOfYear = 2026;
        const Evaluation e = evaluate(defaultTemplate(), in);
        QVERIFY(e.costModelGiven);
        QCOMPARE(e.redFlags.contains(RedFlag::CostAfterFundEnd), flagged);
    }

    void noCostModelNoCostFlag()
    {
        EvaluationInput in = inputWith(quietScores());
        in.fundEndYear = 2020;
        const Evaluation e = evaluate(defaultTemplate(), in);
        QVERIFY(!e.costModelGiven);
        QVERIFY(!e.redFlags.contains(RedFlag::CostAfterFundEnd));
        QVERIFY(!e.suggested.contains(QStringLiteral("C3")));
    }

    void exitAfterFundEnd_data()
    {
        QTest::addColumn<std::optional<int>>("exitYear");
        QTest::addColumn<std::optional<int>>("fundEnd");
        QTest::addColumn<bool>("flagged");
        const std::optional<int> none;
        QTest::newRow("a year late")
            << std::optional<int>(2031) << std::optional<int>(2030) << true;
        QTest::newRow("on the last year")
            << std::optional<int>(2030) << std::optional<int>(2030) << false;
        QTest::newRow("early") << std::optional<int>(2028) << std::optional<int>(2030) << false;
        QTest::newRow("no exit year") << none << std::optional<int>(2030) << false;
        QTest::newRow("no fund end") << std::optional<int>(2031) << none << false;
    }

    void exitAfterFundEnd()
    {
        QFETCH(std::optional<int>, exitYear);
        QFETCH(std::optional<int>, fundEnd);
        QFETCH(bool, flagged);
        EvaluationInput in = inputWith(quietScores());
        in.expectedExitYear = exitYear;
        in.fundEndYear = fundEnd;
        const QStringList expected =
            flagged ? QStringList{RedFlag::ExitAfterFundEnd} : QStringList{};
        QCOMPARE(evaluate(defaultTemplate(), in).redFlags, expected);
    }

    void dominantIncumbentIsTheManualTick()
    {
        EvaluationInput in = inputWith(quietScores());
        QVERIFY(evaluate(defaultTemplate(), in).redFlags.isEmpty());
        in.dominantIncumbent = true;
        QCOMPARE(evaluate(defaultTemplate(), in).redFlags, QStringList{RedFlag::DominantIncumbent});
    }

    void redFlagsAreSorted()
    {
        EvaluationInput in = inputWith(scores({3, 3, 3, 3, 0, 1, 3, 3, 3, 3, 1, 3}));
        in.dominantIncumbent = true;
        in.fundEndYear = 2030;
        in.expectedExitYear = 2033;
        in.cost = costReachingProfitIn(1000);
        const QStringList expected{
            QStringLiteral("cost-after-fund-end"), QStringLiteral("dominant-incumbent"),
            QStringLiteral("exit-after-fund-end"), QStringLiteral("export-exposure"),
            QStringLiteral("fragmented-market"),   QStringLiteral("substitution-unproven")};
        QCOMPARE(evaluate(defaultTemplate(), in).redFlags, expected);
    }

    void suggestionsOnlyForGivenInputs()
    {
        EvaluationInput in = inputWith(quietScores());
        QVERIFY(evaluate(defaultTemplate(), in).suggested.isEmpty());
        in.tamCny = 6e9;
        Evaluation e = evaluate(defaultTemplate(), in);
        QCOMPARE(e.suggested.value(QStringLiteral("M1"), -1), 4);
        QVERIFY(!e.suggested.contains(QStringLiteral("C3")));
        in.cost = costReachingProfitIn(2.5);
        e = evaluate(defaultTemplate(), in);
        QCOMPARE(e.suggested.value(QStringLiteral("C3"), -1), 3);
        QVERIFY(e.yearsToProfitableCost.has_value());
        QVERIFY(std::fabs(*e.yearsToProfitableCost - 2.5) <= 1e-4);
        in.cost = costReachingProfitIn(1000);
        e = evaluate(defaultTemplate(), in);
        QCOMPARE(e.yearsToProfitableCost, std::nullopt);
        QCOMPARE(e.suggested.value(QStringLiteral("C3"), -1), 0);
    }

    void specExample()
    {
        EvaluationInput in = inputWith(specScores());
        in.tamCny = 3.2e9;
        in.cost = test::specExampleCostParams();
        in.fundEndYear = 2030;
        in.asOfYear = 2026;
        in.expectedExitYear = 2031;
        const Evaluation e = evaluate(defaultTemplate(), in);
        QCOMPARE(e.market, 66.66666666666667);
        QCOMPARE(e.cost, 40.0);
        QCOMPARE(e.composite, 51.63977794943223);
        QCOMPARE(e.verdict, Verdict::CostGap);
        QVERIFY(e.knockouts.isEmpty());
        const QStringList flags{
            QStringLiteral("cost-after-fund-end"), QStringLiteral("exit-after-fund-end"),
            QStringLiteral("export-exposure"), QStringLiteral("substitution-unproven")};
        QCOMPARE(e.redFlags, flags);
        QCOMPARE(std::round(*e.yearsToProfitableCost * 10000) / 10000, test::kSpecExampleYears);
        QCOMPARE(e.suggested.value(QStringLiteral("M1"), -1), 3);
        QCOMPARE(e.suggested.value(QStringLiteral("C3"), -1), 1);
    }

    void verdictKeysRoundTrip()
    {
        for (Verdict v : {Verdict::Incomplete, Verdict::Pursue, Verdict::MarketGap,
                          Verdict::CostGap, Verdict::Decline})
            QCOMPARE(verdictFromKey(verdictKey(v)), v);
        QCOMPARE(verdictKey(Verdict::MarketGap), QStringLiteral("market-gap"));
        QCOMPARE(verdictFromKey(QStringLiteral(" Cost-Gap ")), Verdict::CostGap);
        QCOMPARE(verdictFromKey(QStringLiteral("maybe")), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestEvaluation)
#include "TestEvaluation.moc"
