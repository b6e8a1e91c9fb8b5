// What a memo is made of (report/MemoData.h): the evaluation agrees with the scoring rules, each
// analyst's latest scorecard is used, only this project's meeting decisions are kept in date
// order, refused cost inputs are explained, and gatherMemoData reads the same from a database.
#include "StorageFixtures.h"
#include "report/MemoData.h"
#include "scoring/DefaultTemplate.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tollgate;
using namespace tollgate::test;

namespace
{

Meeting meetingWith(qint64 id, const QDate& date, const QList<qint64>& projects, Decision decision)
{
    Meeting m;
    m.id = id;
    m.title = QStringLiteral("IC %1").arg(id);
    m.date = date;
    m.attendees = {QStringLiteral("Lin"), QStringLiteral("Wu")};
    for (int i = 0; i < projects.size(); ++i) {
        AgendaItem item;
        item.projectId = projects.at(i);
        item.position = i;
        item.decision = decision;
        item.votes.insert(QStringLiteral("Lin"), Vote::Yes);
        m.agenda.append(item);
    }
    return m;
}

} // namespace

class TestMemoData : public QObject
{
    Q_OBJECT

private slots:
    void evaluatesTheLatestScorecardOfEachAnalyst()
    {
        Project p = makeProject(QStringLiteral("传感 Sensor"));
        p.id = 7;
        const QList<Scorecard> scorecards{
            makeScorecard(7, QStringLiteral("Ana"), QDate(2026, 1, 1), uniformScores(1)),
            makeScorecard(7, QStringLiteral("Ana"), QDate(2026, 3, 1), uniformScores(4)),
            makeScorecard(7, QStringLiteral("Bo"), QDate(2026, 2, 1), uniformScores(2)),
        };
        const MemoData data =
            makeMemoData(p, scorecards, defaultTemplate(), defaultSegments(), {}, {}, 2026);
        QCOMPARE(data.latest.size(), 2);
        QCOMPARE(data.latest.at(0).analyst, QStringLiteral("Ana"));
        QCOMPARE(data.latest.at(0).date, QDate(2026, 3, 1));
        // Means of 4 and 2 are 3 everywhere: M = C = 60, both gates met.
        QCOMPARE(*data.standing.evaluation.market, 60.0);
        QCOMPARE(*data.standing.evaluation.cost, 60.0);
        QCOMPARE(data.standing.evaluation.verdict, Verdict::Pursue);
        QCOMPARE(data.standing.aggregate.criteria.value(QStringLiteral("M1")).spread(), 2);
        QVERIFY(data.segment.has_value());
        QCOMPARE(data.segment->key, QStringLiteral("sensors"));
        QVERIFY(data.costParams.has_value());
        QVERIFY(data.costInputsProblem.isEmpty());
        QCOMPARE(*data.fundYearsLeft(), 5.0);
    }

    void keepsOnlyThisProjectsDecisionsInDateOrder()
    {
        Project p = makeProject(QStringLiteral("P"));
        p.id = 3;
        const QList<Meeting> meetings{
            meetingWith(1, QDate(2026, 6, 1), {3, 4}, Decision::Approve),
            meetingWith(2, QDate(2026, 2, 1), {3}, Decision::Defer),
            meetingWith(3, QDate(2026, 4, 1), {4}, Decision::Decline),
        };
        const MemoData data =
            makeMemoData(p, {}, defaultTemplate(), defaultSegments(), {}, meetings, 2026);
        QCOMPARE(data.decisions.size(), 2);
        QCOMPARE(data.decisions.at(0).meetingId, 2);
        QCOMPARE(data.decisions.at(0).item.decision, Decision::Defer);
        QCOMPARE(data.decisions.at(1).meetingId, 1);
        QCOMPARE(data.decisions.at(1).item.votes.value(QStringLiteral("Lin")), Vote::Yes);
        QCOMPARE(data.standing.evaluation.verdict, Verdict::Incomplete);
    }

    void explainsRefusedCostInputs()
    {
        Project p = makeProject(QStringLiteral("P"));
        p.id = 1;
        Scorecard s = makeScorecard(1, analyst(), QDate(2026, 1, 1), uniformScores(3));
        s.cost.learningRate = 1.5;
        const MemoData data =
            makeMemoData(p, {s}, defaultTemplate(), defaultSegments(), {}, {}, 2026);
        QVERIFY(!data.costParams);
        QVERIFY2(data.costInputsProblem.contains(QStringLiteral("learning_rate")),
                 qPrintable(data.costInputsProblem));
    }

    void unknownSegmentKeyLeavesNoSegment()
    {
        Project p = makeProject(QStringLiteral("P"), QStringLiteral("quantum"));
        const MemoData data =
            makeMemoData(p, {}, defaultTemplate(), defaultSegments(), {}, {}, 2026);
        QVERIFY(!data.segment);
        QVERIFY(!data.costParams);
        QVERIFY(data.costInputsProblem.isEmpty());
    }

    void gathersFromTheDatabase()
    {
        QTemporaryDir dir;
        auto portfolio = openPortfolio(dir.filePath(QStringLiteral("memo.tollgate")));
        QVERIFY(portfolio);
        const Result<qint64> id =
            portfolio->createProject(makeProject(QStringLiteral("A")), analyst());
        TG_VERIFY_OK(id);
        const Result<qint64> peer =
            portfolio->createProject(makeProject(QStringLiteral("B")), analyst());
        TG_VERIFY_OK(peer);
        TG_VERIFY_OK(portfolio->createProject(
            makeProject(QStringLiteral("Other segment"), QStringLiteral("materials")), analyst()));
        TG_VERIFY_OK(portfolio->addScorecard(
            makeScorecard(*id, analyst(), QDate(2026, 5, 1), uniformScores(4)), analyst()));
        Meeting m = meetingWith(0, QDate(2026, 5, 20), {*id}, Decision::Approve);
        TG_VERIFY_OK(portfolio->createMeeting(m, analyst()));

        const Result<MemoData> data = gatherMemoData(*portfolio, *id, 2026);
        TG_VERIFY_OK(data);
        QCOMPARE(data->project.name, QStringLiteral("A"));
        QCOMPARE(data->scorecards.size(), 1);
        QCOMPARE(data->segmentPeers.size(), 2); // A and B, both sensors
        QCOMPARE(data->decisions.size(), 1);
        QCOMPARE(data->decisions.at(0).item.decision, Decision::Approve);
        QCOMPARE(data->standing.evaluation.verdict, Verdict::Pursue);

        const Result<MemoData> missing = gatherMemoData(*portfolio, 9999, 2026);
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestMemoData)
#include "TestMemoData.moc"
