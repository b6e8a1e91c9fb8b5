#include "scoring/Aggregation.h"
#include "scoring/DefaultTemplate.h"
#include "scoring/ProjectEvaluation.h"

#include <QTest>

using namespace tollgate;

namespace
{

const QStringList kKeys{QStringLiteral("M1"), QStringLiteral("M2"), QStringLiteral("M3"),
                        QStringLiteral("M4"), QStringLiteral("M5"), QStringLiteral("M6"),
                        QStringLiteral("C1"), QStringLiteral("C2"), QStringLiteral("C3"),
                        QStringLiteral("C4"), QStringLiteral("C5"), QStringLiteral("C6")};

// A scorecard with twelve scores in template order; -1 leaves a criterion unscored.
Scorecard card(qint64 id, const QString& analyst, const QDate& date, const QList<int>& values)
{
    Scorecard s;
    s.id = id;
    s.analyst = analyst;
    s.date = date;
    for (int i = 0; i < kKeys.size(); ++i) {
        CriterionEntry entry;
        if (values.value(i, -1) >= 0)
            entry.score = values[i];
        s.entries.insert(kKeys[i], entry);
    }
    return s;
}

QList<int> all(int score)
{
    return QList<int>(12, score);
}

CostInputs workingCost()
{
    CostInputs in;
    in.unitCost = 200;
    in.price = 100;
    in.targetMargin = 0;
    in.volume = 500; // profitable after 1000 / 500 = 2 years
    in.cumulative = 1000;
    in.volumeGrowth = 0;
    in.learningRate = 0.5;
    in.priceErosion = 0;
    return in;
}

const QDate kMay(2026, 5, 14);
const QDate kJune(2026, 6, 2);

} // namespace

class TestAggregation : public QObject
{
    Q_OBJECT

private slots:
    void latestPerAnalystByDateThenId()
    {
        const QList<Scorecard> cards{
            card(1, QStringLiteral("王志"), kJune, all(1)),
            card(2, QStringLiteral("王志"), kMay, all(2)), // older, though stored later
            card(3, QStringLiteral("Chen"), kMay, all(3)),
            card(5, QStringLiteral("Chen"), kMay, all(4)), // same day, higher id: wins
            card(4, QStringLiteral("Chen"), kMay, all(5)),
        };
        const QList<Scorecard> latest = latestPerAnalyst(cards);
        QCOMPARE(latest.size(), 2);
        QCOMPARE(latest[0].analyst, QStringLiteral("Chen")); // sorted by name
        QCOMPARE(latest[0].id, 5);
        QCOMPARE(latest[1].analyst, QStringLiteral("王志"));
        QCOMPARE(latest[1].id, 1);
        QVERIFY(latestPerAnalyst({}).isEmpty());
    }

    void meanCountAndSpread()
    {
        const QList<Scorecard> cards{
            card(1, QStringLiteral("A"), kMay, {4, 3, 5, 3, 1, -1, 2, 3, 1, 2, 1, 3}),
            card(2, QStringLiteral("B"), kMay, {2, 3, 4, 3, 2, -1, 2, 3, 1, 2, 1, 3}),
            card(3, QStringLiteral("C"), kMay, {3, 3, 5, 4, 1, -1, 2, 3, 1, 2, -1, 3}),
        };
        const Aggregate agg = aggregate(defaultTemplate(), cards);
        QCOMPARE(agg.analysts,
                 (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
        QCOMPARE(agg.criteria.size(), 12);

        const CriterionAggregate m1 = agg.criteria.value(QStringLiteral("M1"));
        QCOMPARE(m1.mean, 3.0);
        QCOMPARE(m1.count, 3);
        QCOMPARE(m1.min, 2);
        QCOMPARE(m1.max, 4);
        QCOMPARE(m1.spread(), 2);
        QVERIFY(m1.disagreement()); // a spread of 2 is a disagreement

        const CriterionAggregate m3 = agg.criteria.value(QStringLiteral("M3"));
        QCOMPARE(m3.mean, 14.0 / 3);
        QCOMPARE(m3.spread(), 1);
        QVERIFY(!m3.disagreement());

        const CriterionAggregate m6 = agg.criteria.value(QStringLiteral("M6"));
        QCOMPARE(m6.mean, std::nullopt); // nobody scored it
        QCOMPARE(m6.count, 0);
        QCOMPARE(m6.spread(), 0);
        QVERIFY(!m6.disagreement());

        const CriterionAggregate c5 = agg.criteria.value(QStringLiteral("C5"));
        QCOMPARE(c5.mean, 1.0); // over the two analysts who scored it
        QCOMPARE(c5.count, 2);

        const ScoreMap means = agg.means();
        QCOMPARE(means.size(), 12);
        QCOMPARE(means.value(QStringLiteral("M5")), 4.0 / 3);
        QCOMPARE(means.value(QStringLiteral("M6")), std::nullopt);
    }

    void projectUsesEachAnalystsLatestScorecard()
    {
        Project project;
        project.leadAnalyst = QStringLiteral("A");
        const QList<Scorecard> cards{
            card(1, QStringLiteral("A"), kMay, all(0)), // superseded by A's June screening
            card(2, QStringLiteral("A"), kJune, all(4)),
            card(3, QStringLiteral("B"), kMay, all(2)),
        };
        const ProjectEvaluation pe = evaluateProject(defaultTemplate(), project, cards, 2026);
        QCOMPARE(pe.aggregate.analysts, (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
        QCOMPARE(pe.evaluation.market, 60.0); // mean 3 everywhere
        QCOMPARE(pe.evaluation.cost, 60.0);
        QCOMPARE(pe.evaluation.verdict, Verdict::Pursue);
        QVERIFY(pe.evaluation.knockouts.isEmpty()); // the old zeros no longer count
        QVERIFY(pe.primary.has_value());
        QCOMPARE(pe.primary->id, 2);
    }

    void aggregatedKnockoutAndFlagsUseMeans()
    {
        Project project;
        QList<int> a = all(4);
        QList<int> b = all(4);
        a[1] = 0; // M2: 0 and 0 → mean 0 → knock-out
        b[1] = 0;
        a[4] = 1; // M5: 1 and 2 → mean 1.5 → no flag
        b[4] = 2;
        a[10] = 0; // C5: 0 and 2 → mean 1 → flag
        b[10] = 2;
        const ProjectEvaluation pe = evaluateProject(
            defaultTemplate(), project,
            {card(1, QStringLiteral("A"), kMay, a), card(2, QStringLiteral("B"), kMay, b)}, 2026);
        QCOMPARE(pe.evaluation.knockouts, QStringList{QStringLiteral("M2")});
        QCOMPARE(pe.evaluation.verdict, Verdict::Decline);
        QCOMPARE(pe.evaluation.redFlags, QStringList{RedFlag::ExportExposure});
        QVERIFY(pe.aggregate.criteria.value(QStringLiteral("C5")).disagreement());
    }

    void primaryIsTheLeadsLatestElseAnyonesLatest()
    {
        Project project;
        project.leadAnalyst = QStringLiteral("Lead");
        const QList<Scorecard> cards{
            card(1, QStringLiteral("Lead"), kMay, all(3)),
            card(2, QStringLiteral("Other"), kJune, all(3)),
            card(3, QStringLiteral("Third"), kJune, all(3)),
        };
        QCOMPARE(primaryScorecard(project, cards)->id, 1);
        project.leadAnalyst = QStringLiteral("Nobody");
        QCOMPARE(primaryScorecard(project, cards)->id, 3); // same day: the higher id
        project.leadAnalyst.clear();
        QCOMPARE(primaryScorecard(project, cards)->id, 3);
        QCOMPARE(primaryScorecard(project, {}), std::nullopt);
    }

    void inputsComeFromThePrimaryScorecardAndTheProject()
    {
        Project project;
        project.leadAnalyst = QStringLiteral("Lead");
        project.fundEndYear = 2027;
        project.expectedExitYear = 2029;
        project.dominantIncumbent = true;
        Scorecard lead = card(1, QStringLiteral("Lead"), kMay, all(3));
        lead.market.tamCny = 6e9;
        lead.cost = workingCost();
        Scorecard other = card(2, QStringLiteral("Other"), kJune, all(3));
        other.market.tamCny = 50e6; // not the primary scorecard: ignored

        const ProjectEvaluation pe =
            evaluateProject(defaultTemplate(), project, {lead, other}, 2026);
        const Evaluation& e = pe.evaluation;
        QCOMPARE(e.suggested.value(QStringLiteral("M1"), -1), 4);
        QVERIFY(e.costModelGiven);
        QCOMPARE(e.yearsToProfitableCost, std::optional<double>(2.0));
        QCOMPARE(e.suggested.value(QStringLiteral("C3"), -1), 4);
        const QStringList flags{RedFlag::CostAfterFundEnd, RedFlag::DominantIncumbent,
                                RedFlag::ExitAfterFundEnd};
        QCOMPARE(e.redFlags, flags); // 2 years > 2027 - 2026

        // The as-of year moves the fund-end comparison.
        const ProjectEvaluation earlier =
            evaluateProject(defaultTemplate(), project, {lead, other}, 2025);
        QVERIFY(!earlier.evaluation.redFlags.contains(RedFlag::CostAfterFundEnd));
    }

    void invalidCostInputsCountAsNotGiven()
    {
        Project project;
        project.fundEndYear = 2027;
        Scorecard s = card(1, QStringLiteral("A"), kMay, all(3));
        s.cost = workingCost();
        s.cost.learningRate = 1.5; // out of range
        ProjectEvaluation pe = evaluateProject(defaultTemplate(), project, {s}, 2026);
        QVERIFY(!pe.evaluation.costModelGiven);
        QVERIFY(!pe.evaluation.suggested.contains(QStringLiteral("C3")));
        QVERIFY(pe.evaluation.redFlags.isEmpty());
        QCOMPARE(pe.evaluation.verdict, Verdict::Pursue);

        s.cost = CostInputs(); // nothing typed
        pe = evaluateProject(defaultTemplate(), project, {s}, 2026);
        QVERIFY(!pe.evaluation.costModelGiven);
    }

    void noScorecardsIsIncomplete()
    {
        const ProjectEvaluation pe = evaluateProject(defaultTemplate(), Project(), {}, 2026);
        QCOMPARE(pe.evaluation.verdict, Verdict::Incomplete);
        QCOMPARE(pe.evaluation.market, std::nullopt);
        QVERIFY(pe.aggregate.analysts.isEmpty());
        QCOMPARE(pe.aggregate.criteria.size(), 12);
        QVERIFY(!pe.primary.has_value());
    }

    void oneAnalystMatchesScoringTheCardDirectly()
    {
        const QList<int> values{4, 3, 5, 3, 1, 4, 2, 3, 1, 2, 1, 3};
        const ProjectEvaluation pe = evaluateProject(
            defaultTemplate(), Project(), {card(1, QStringLiteral("A"), kMay, values)}, 2026);
        QCOMPARE(pe.evaluation.market, 66.66666666666667);
        QCOMPARE(pe.evaluation.cost, 40.0);
        QCOMPARE(pe.evaluation.composite, 51.63977794943223);
    }
};

QTEST_GUILESS_MAIN(TestAggregation)
#include "TestAggregation.moc"
