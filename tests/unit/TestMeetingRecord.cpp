#include "StorageFixtures.h"

#include "core/Clock.h"
#include "domain/DecisionStage.h"
#include "report/MeetingMinutes.h"
#include "report/MeetingText.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tollgate;
using namespace tollgate::test;

// What a meeting leaves behind: minutes generated from the recorded votes and decisions, stage
// changes that happen only when the user confirms them, a closed record the database guards,
// and the re-screening of a holding.
class TestMeetingRecord : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Portfolio> m_portfolio;
    int m_file = 0;
    QList<qint64> m_projects;

    Portfolio& portfolio() { return *m_portfolio; }

    qint64 project(const QString& name, Stage stage)
    {
        Project p = makeProject(name);
        p.stage = stage;
        return *portfolio().createProject(p, analyst());
    }

    Meeting decided()
    {
        Meeting m;
        m.title = QStringLiteral("投决会 <Q4> committee");
        m.date = QDate(2026, 11, 20);
        m.attendees = {QStringLiteral("王志"), QStringLiteral("顾惟安"), analyst()};
        const QList<Decision> decisions{Decision::Approve, Decision::Decline, Decision::Defer,
                                        Decision::MoreDiligence};
        for (int i = 0; i < decisions.size(); ++i) {
            AgendaItem item;
            item.projectId = m_projects.at(i);
            item.decision = decisions.at(i);
            item.votes = {{QStringLiteral("王志"), Vote::Yes},
                          {QStringLiteral("顾惟安"), i % 2 ? Vote::No : Vote::Abstain}};
            item.conditions = QStringLiteral("条件 %1").arg(i);
            item.notes = QStringLiteral("notes %1 <b>").arg(i);
            m.agenda << item;
        }
        return m;
    }

    Stage stageOf(qint64 id) { return portfolio().project(id)->stage; }

private slots:
    void init()
    {
        Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(9, 30), Qt::UTC));
        m_portfolio = openPortfolio(m_dir.filePath(QStringLiteral("r%1.tollgate").arg(++m_file)));
        QVERIFY(m_portfolio);
        m_projects = {project(QStringLiteral("矽感 Sensing"), Stage::Committee),
                      project(QStringLiteral("Beta"), Stage::Committee),
                      project(QStringLiteral("Gamma"), Stage::Diligence),
                      project(QStringLiteral("Delta"), Stage::Committee)};
    }
    void cleanup()
    {
        m_portfolio.reset();
        Clock::setFixed(QDateTime());
    }

    void stageMapping()
    {
        QCOMPARE(stageAfterDecision(Decision::Approve, Stage::Committee), Stage::Invested);
        QCOMPARE(stageAfterDecision(Decision::Approve, Stage::Screening), Stage::Diligence);
        QCOMPARE(stageAfterDecision(Decision::Approve, Stage::Invested), std::nullopt);
        QCOMPARE(stageAfterDecision(Decision::Decline, Stage::Diligence), Stage::Passed);
        QCOMPARE(stageAfterDecision(Decision::Decline, Stage::Invested), std::nullopt);
        QCOMPARE(stageAfterDecision(Decision::MoreDiligence, Stage::Committee), Stage::Diligence);
        QCOMPARE(stageAfterDecision(Decision::Defer, Stage::Committee), std::nullopt);
        QCOMPARE(stageAfterDecision(Decision::None, Stage::Committee), std::nullopt);
    }

    void votesAndDecisionsRoundTrip()
    {
        const Meeting m = decided();
        const qint64 id = *portfolio().createMeeting(m, analyst());
        const Result<Meeting> stored = portfolio().meeting(id);
        TG_VERIFY_OK(stored);
        QCOMPARE(stored->agenda.size(), m.agenda.size());
        for (int i = 0; i < m.agenda.size(); ++i) {
            QCOMPARE(stored->agenda[i].projectId, m.agenda[i].projectId);
            QCOMPARE(stored->agenda[i].decision, m.agenda[i].decision);
            QCOMPARE(stored->agenda[i].votes, m.agenda[i].votes);
            QCOMPARE(stored->agenda[i].conditions, m.agenda[i].conditions);
            QCOMPARE(stored->agenda[i].notes, m.agenda[i].notes);
        }
    }

    void minutesContainEveryDecisionAndVote()
    {
        const qint64 id = *portfolio().createMeeting(decided(), analyst());
        const Result<MeetingMinutes> minutes = minutesOf(portfolio(), id);
        TG_VERIFY_OK(minutes);
        QCOMPARE(minutes->items.size(), 4);
        QCOMPARE(minutes->items[0].projectName, QStringLiteral("矽感 Sensing"));
        QCOMPARE(minutes->items[1].no, 1);
        QCOMPARE(minutes->items[0].abstain, 1);
        QCOMPARE(minutes->items[0].notVoted, QStringList{analyst()});
        const QString text = minutesText(*minutes);
        QVERIFY(text.contains(QStringLiteral("投决会 <Q4> committee")));
        for (const MinutesItem& item : minutes->items) {
            QVERIFY2(text.contains(item.projectName), qPrintable(item.projectName));
            QVERIFY(text.contains(
                QStringLiteral("Decision: %1").arg(MeetingText::decision(item.decision))));
            QVERIFY(text.contains(item.conditions));
            QVERIFY(text.contains(item.notes));
        }
        QVERIFY(text.contains(QStringLiteral("王志: Yes")));
        QVERIFY(text.contains(QStringLiteral("顾惟安: No")));
        // The HTML form escapes what users typed.
        const QString html = minutesHtml(*minutes);
        QVERIFY(html.contains(QStringLiteral("notes 0 &lt;b&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<Q4>")));
    }

    void stageChangesOnlyOnConfirmation()
    {
        const qint64 id = *portfolio().createMeeting(decided(), analyst());
        // Recording decisions and closing the meeting moves no project.
        TG_VERIFY_OK(portfolio().closeMeeting(id, analyst()));
        QCOMPARE(stageOf(m_projects[0]), Stage::Committee);
        QCOMPARE(stageOf(m_projects[1]), Stage::Committee);
        QCOMPARE(stageOf(m_projects[3]), Stage::Committee);

        // The confirmed call does, one project at a time.
        const Result<Stage> approved = portfolio().applyDecisionStage(id, m_projects[0], analyst());
        TG_VERIFY_OK(approved);
        QCOMPARE(*approved, Stage::Invested);
        QCOMPARE(stageOf(m_projects[0]), Stage::Invested);
        QCOMPARE(stageOf(m_projects[1]), Stage::Committee);
        QCOMPARE(*portfolio().applyDecisionStage(id, m_projects[1], analyst()), Stage::Passed);
        QCOMPARE(*portfolio().applyDecisionStage(id, m_projects[3], analyst()), Stage::Diligence);

        // Deferred: nothing to apply, and the project stays where it was.
        const Result<Stage> deferred = portfolio().applyDecisionStage(id, m_projects[2], analyst());
        QVERIFY(!deferred);
        QCOMPARE(deferred.error().field, QStringLiteral("decision"));
        QCOMPARE(stageOf(m_projects[2]), Stage::Diligence);

        bool audited = false;
        for (const AuditEntry& e : *portfolio().history(m_projects[0]))
            audited |=
                e.field == QStringLiteral("stage") && e.newValue == QStringLiteral("invested");
        QVERIFY(audited);
    }

    void closedMeetingRefusesEditsAtStorage()
    {
        const qint64 id = *portfolio().createMeeting(decided(), analyst());
        TG_VERIFY_OK(portfolio().closeMeeting(id, analyst()));
        Meeting m = *portfolio().meeting(id);
        m.agenda[0].votes[analyst()] = Vote::No;
        QCOMPARE(int(portfolio().updateMeeting(m, analyst()).error().kind),
                 int(ErrorKind::ReadOnly));
        // Past the façade: the database's triggers refuse a raw vote on the closed record.
        const QString path = portfolio().path();
        m_portfolio.reset();
        const RawResult raw =
            runRaw(path, QStringLiteral("INSERT INTO votes (agenda_item_id, attendee, vote) "
                                        "VALUES (%1, 'x', 'yes')")
                             .arg(m.agenda[0].id));
        QVERIFY2(!raw.error.isEmpty(), "a vote was added to a closed meeting");
        m_portfolio = openPortfolio(path);
        QCOMPARE(portfolio().meeting(id)->agenda[0].votes.size(), 2);
    }

    void rescreenCopiesTheLatestScorecardOfAHolding()
    {
        const qint64 holding = project(QStringLiteral("Holding"), Stage::Invested);
        TG_VERIFY_OK(portfolio().addScorecard(
            makeScorecard(holding, analyst(), QDate(2025, 3, 1), uniformScores(2)), analyst()));
        TG_VERIFY_OK(portfolio().addScorecard(
            makeScorecard(holding, analyst(), QDate(2026, 3, 1), uniformScores(4)), analyst()));
        const Result<qint64> id = portfolio().rescreen(holding, QStringLiteral("王志"));
        TG_VERIFY_OK(id);
        const Scorecard fresh = *portfolio().scorecard(*id);
        QCOMPARE(fresh.date, QDate(2026, 11, 23));
        QCOMPARE(fresh.analyst, QStringLiteral("王志"));
        QCOMPARE(fresh.score(QStringLiteral("M1")), 4);
        QCOMPARE(portfolio().scorecards(holding)->size(), 3);

        const Result<qint64> refused = portfolio().rescreen(m_projects[0], analyst());
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("stage"));
    }
};

QTEST_GUILESS_MAIN(TestMeetingRecord)
#include "TestMeetingRecord.moc"
