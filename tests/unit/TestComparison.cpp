#include "analytics/Comparison.h"
#include "scoring/DefaultTemplate.h"

#include <QTest>

#include <limits>

using namespace tollgate;

// The rules of Compare: which rows there are and which column holds each row's best value.
class TestComparison : public QObject
{
    Q_OBJECT

    Template m_template = defaultTemplate();

    // A project scored `market` on M1..M6 and `cost` on C1..C6 by each of `analysts`, with the
    // cost model's years to profitable cost set directly.
    ComparedProject entry(const QString& name, int market, int cost,
                          QStringList analysts = {QStringLiteral("A")})
    {
        Project p;
        p.name = name;
        QList<Scorecard> cards;
        for (const QString& who : analysts) {
            Scorecard s;
            s.id = cards.size() + 1;
            s.analyst = who;
            s.date = QDate(2026, 5, 1);
            for (const Criterion& c : m_template.criteria)
                s.entries[c.key].score = c.question == Question::Market ? market : cost;
            cards << s;
        }
        return compareEntry(m_template, p, cards, 2026);
    }

    static ComparisonRow row(ComparisonRowKind kind, const QString& key = QString())
    {
        return {kind, key};
    }

private slots:
    void rowsFollowTheTemplate()
    {
        const QList<ComparisonRow> rows = comparisonRows(m_template);
        QCOMPARE(rows.size(), 6 + m_template.criteria.size() + 3);
        QCOMPARE(int(rows.first().kind), int(ComparisonRowKind::Segment));
        QCOMPARE(rows.at(6).criterionKey, QStringLiteral("M1"));
        QCOMPARE(int(rows.last().kind), int(ComparisonRowKind::RedFlags));
    }

    void higherScoresWinAndTiesAreAllMarked()
    {
        const QList<ComparedProject> three{entry(QStringLiteral("a"), 4, 4),
                                           entry(QStringLiteral("b"), 5, 2),
                                           entry(QStringLiteral("c"), 5, 3)};
        QCOMPARE(bestColumns(row(ComparisonRowKind::Market), three), (QList<int>{1, 2}));
        QCOMPARE(bestColumns(row(ComparisonRowKind::Cost), three), QList<int>{0});
        QCOMPARE(bestColumns(row(ComparisonRowKind::Criterion, QStringLiteral("C1")), three),
                 QList<int>{0});
        // Text rows and rows where everyone is equal mark nothing.
        QVERIFY(bestColumns(row(ComparisonRowKind::Segment), three).isEmpty());
        const QList<ComparedProject> same{entry(QStringLiteral("a"), 3, 3),
                                          entry(QStringLiteral("b"), 3, 3)};
        QVERIFY(bestColumns(row(ComparisonRowKind::Composite), same).isEmpty());
    }

    void verdictsRankPursueFirstAndIncompleteNever()
    {
        const QList<ComparedProject> projects{
            entry(QStringLiteral("decline"), 1, 1), entry(QStringLiteral("pursue"), 4, 4),
            entry(QStringLiteral("gap"), 4, 2), entry(QStringLiteral("none"), 0, 0, {})};
        QCOMPARE(int(projects.at(1).standing.evaluation.verdict), int(Verdict::Pursue));
        QCOMPARE(bestColumns(row(ComparisonRowKind::Verdict), projects), QList<int>{1});
        QVERIFY(!rankValue(row(ComparisonRowKind::Verdict), projects.at(3)));
        // One project with a value is not a comparison.
        QVERIFY(
            bestColumns(row(ComparisonRowKind::Market), {projects.at(1), projects.at(3)}).size() ==
            0);
    }

    void fewerYearsAndFewerRedFlagsWin()
    {
        QList<ComparedProject> projects{entry(QStringLiteral("a"), 4, 4),
                                        entry(QStringLiteral("b"), 1, 1),
                                        entry(QStringLiteral("c"), 4, 4)};
        // Years: 2.5, not within the horizon, 1.25.
        for (ComparedProject& p : projects)
            p.standing.evaluation.costModelGiven = true;
        projects[0].standing.evaluation.yearsToProfitableCost = 2.5;
        projects[2].standing.evaluation.yearsToProfitableCost = 1.25;
        const ComparisonRow years = row(ComparisonRowKind::YearsToProfitable);
        QCOMPARE(bestColumns(years, projects), QList<int>{2});
        QCOMPARE(*rankValue(years, projects.at(1)), std::numeric_limits<double>::infinity());
        // Scores of 1 raise the red flags for M5, M6 and C5; the others have none.
        QCOMPARE(projects.at(1).standing.evaluation.redFlags.size(), 3);
        QCOMPARE(bestColumns(row(ComparisonRowKind::RedFlags), projects), (QList<int>{0, 2}));
    }

    void criterionMeansAndSpreadsComeFromEveryAnalyst()
    {
        ComparedProject two =
            entry(QStringLiteral("two"), 4, 4, {QStringLiteral("A"), QStringLiteral("B")});
        QCOMPARE(two.standing.aggregate.analysts.size(), 2);
        QCOMPARE(*rankValue(row(ComparisonRowKind::Criterion, QStringLiteral("M1")), two), 4.0);
    }
};

QTEST_GUILESS_MAIN(TestComparison)
#include "TestComparison.moc"
