#include "StorageFixtures.h"
#include "scorecard/AggregateModel.h"
#include "scorecard/AggregateView.h"
#include "scorecard/EvaluationBanner.h"
#include "scorecard/ScorecardListModel.h"
#include "scoring/DefaultTemplate.h"
#include "scoring/ProjectEvaluation.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QTableView>
#include <QTest>

using namespace tollgate;

namespace
{

// Twelve scores in template order; -1 leaves a criterion unscored.
Scorecard card(qint64 id, const QString& analyst, const QDate& date, const QList<int>& scores)
{
    Scorecard s;
    s.id = id;
    s.projectId = 1;
    s.analyst = analyst;
    s.date = date;
    for (int i = 0; i < test::criterionKeys().size(); ++i) {
        CriterionEntry e;
        if (scores.value(i, -1) >= 0)
            e.score = scores[i];
        s.entries.insert(test::criterionKeys()[i], e);
    }
    return s;
}

Project project()
{
    Project p;
    p.id = 1;
    p.name = QStringLiteral("光芯 Photonic");
    return p;
}

// Alice's latest (2026-05) against Bob's: M3 is 5 against 2 (spread 3, a disagreement), C1 is
// 2 against 3 (spread 1). Alice's older screening (2026-01) must not count.
QList<Scorecard> twoAnalysts()
{
    return {
        card(1, QStringLiteral("Alice"), QDate(2026, 1, 10), QList<int>(12, 0)),
        card(2, QStringLiteral("Alice"), QDate(2026, 5, 14), {4, 3, 5, 3, 3, 4, 2, 3, 3, 3, 3, 3}),
        card(3, QStringLiteral("Bob"), QDate(2026, 5, 20), {4, 3, 2, 3, 3, 4, 3, 3, 3, 3, 3, -1}),
    };
}

QVariant cell(const QAbstractItemModel& m, int row, int column, int role = Qt::DisplayRole)
{
    return m.data(m.index(row, column), role);
}

} // namespace

class TestAggregateModel : public QObject
{
    Q_OBJECT

private slots:
    void meanSpreadAndDisagreementPerCriterion()
    {
        AggregateModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Template t = defaultTemplate();
        const QList<Scorecard> latest = latestPerAnalyst(twoAnalysts());
        const Evaluation e = evaluateProject(t, project(), twoAnalysts(), 2026).evaluation;
        model.setAggregate(t, latest, e, false);

        QCOMPARE(model.rowCount(), 14); // twelve criteria, then M and C
        QCOMPARE(model.columnCount(), AggregateModel::FirstAnalystColumn + 2);
        QCOMPARE(model.headerData(AggregateModel::FirstAnalystColumn, Qt::Horizontal),
                 QVariant(QStringLiteral("Alice")));
        const int alice = model.columnOf(QStringLiteral("Alice"));
        const int bob = model.columnOf(QStringLiteral("Bob"));

        const int m3 = model.rowOf(QStringLiteral("M3"));
        QCOMPARE(cell(model, m3, AggregateModel::MeanColumn, AggregateModel::ValueRole), 3.5);
        QCOMPARE(cell(model, m3, AggregateModel::MeanColumn).toString(), QStringLiteral("3.5"));
        QCOMPARE(cell(model, m3, alice, AggregateModel::ValueRole), 5.0);
        QCOMPARE(cell(model, m3, bob, AggregateModel::ValueRole), 2.0);
        QCOMPARE(cell(model, m3, AggregateModel::SpreadColumn, AggregateModel::ValueRole), 3.0);
        QVERIFY(cell(model, m3, AggregateModel::SpreadColumn, AggregateModel::DisagreementRole)
                    .toBool());
        QVERIFY(cell(model, m3, AggregateModel::SpreadColumn)
                    .toString()
                    .contains(QStringLiteral("disagree")));
        QVERIFY(cell(model, m3, AggregateModel::CriterionColumn, Qt::BackgroundRole).isValid());

        const int c1 = model.rowOf(QStringLiteral("C1"));
        QCOMPARE(cell(model, c1, AggregateModel::MeanColumn, AggregateModel::ValueRole), 2.5);
        QCOMPARE(cell(model, c1, AggregateModel::SpreadColumn, AggregateModel::ValueRole), 1.0);
        QVERIFY(!cell(model, c1, AggregateModel::SpreadColumn, AggregateModel::DisagreementRole)
                     .toBool());
        QVERIFY(!cell(model, c1, AggregateModel::CriterionColumn, Qt::BackgroundRole).isValid());

        // C6: only Alice scored it; the mean is over those who did.
        const int c6 = model.rowOf(QStringLiteral("C6"));
        QCOMPARE(cell(model, c6, AggregateModel::MeanColumn, AggregateModel::ValueRole), 3.0);
        QCOMPARE(cell(model, c6, bob).toString(), QStringLiteral("—"));

        // The question rows carry the project's M and C from the aggregate.
        const int mRow = model.rowOf(QStringLiteral("M"));
        QCOMPARE(cell(model, mRow, AggregateModel::MeanColumn, AggregateModel::ValueRole),
                 *e.market);
        QCOMPARE(*e.market, 100.0 * (4 + 3 + 3.5 + 3 + 3 + 4) / 30.0);
        QCOMPARE(cell(model, mRow, alice, AggregateModel::ValueRole), 100.0 * 22 / 30);
        const int cRow = model.rowOf(QStringLiteral("C"));
        QVERIFY(!cell(model, cRow, bob, AggregateModel::ValueRole).isValid()); // C6 missing

        // A reset with one analyst fewer keeps the model consistent (the tester checks).
        model.setAggregate(t, {latest.first()}, e, true);
        QCOMPARE(model.columnCount(), AggregateModel::FirstAnalystColumn + 1);
        QVERIFY(cell(model, 0, AggregateModel::CriterionColumn)
                    .toString()
                    .contains(defaultTemplate().criteria.first().nameZh));
    }

    void viewShowsTheProjectStanding()
    {
        AggregateView view;
        view.setProject(defaultTemplate(), project(), twoAnalysts(), false);
        QCOMPARE(view.table()->model(), view.model());
        QCOMPARE(view.model()->aggregate().analysts,
                 QStringList({QStringLiteral("Alice"), QStringLiteral("Bob")}));
        // Bob left C6 unscored: the mean is Alice's 3, so C = 17.5 / 30 = 58.3, a cost gap.
        QCOMPARE(view.banner()->verdictLabel()->property("verdict").toString(),
                 QStringLiteral("cost-gap"));
        QVERIFY(view.banner()->costLabel()->text().contains(QStringLiteral("58.3")));

        QList<Scorecard> raised = twoAnalysts();
        raised[2].entries[QStringLiteral("C6")].score = 5; // C6 mean 4: C = 61.7
        view.setProject(defaultTemplate(), project(), raised, false);
        QCOMPARE(view.banner()->verdictLabel()->property("verdict").toString(),
                 QStringLiteral("pursue"));
        QVERIFY(view.banner()->marketLabel()->text().contains(QStringLiteral("68.3")));
    }

    void scorecardListNewestFirstWithLatestMarked()
    {
        ScorecardListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScorecards(defaultTemplate(), project(), twoAnalysts(), QStringLiteral("Alice"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.scorecardId(0), 3); // Bob, 2026-05-20
        QCOMPARE(model.scorecardId(1), 2); // Alice, 2026-05-14
        QCOMPARE(model.scorecardId(2), 1); // Alice's older screening
        QVERIFY(cell(model, 0, 0, ScorecardListModel::IsLatestRole).toBool());
        QVERIFY(!cell(model, 2, 0, ScorecardListModel::IsLatestRole).toBool());
        QVERIFY(cell(model, 1, ScorecardListModel::AnalystColumn)
                    .toString()
                    .contains(QStringLiteral("(you)")));
        QCOMPARE(cell(model, 1, ScorecardListModel::MarketColumn).toString(),
                 QStringLiteral("73.3"));
        QCOMPARE(cell(model, 2, ScorecardListModel::VerdictColumn).toString(),
                 QStringLiteral("Decline"));
        QCOMPARE(model.rowOf(2), 1);
        QCOMPARE(model.rowOf(99), -1);
        model.setScorecards(defaultTemplate(), project(), {}, QStringLiteral("Alice"));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestAggregateModel)
#include "TestAggregateModel.moc"
