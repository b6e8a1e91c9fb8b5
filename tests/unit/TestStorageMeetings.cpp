#include "StorageFixtures.h"

#include "core/Clock.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tollgate;
using namespace tollgate::test;

// Meetings with their agenda, decisions and votes; a closed meeting is read-only, and not only
// through Portfolio: the database itself refuses raw SQL that would change it.
class TestStorageMeetings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Portfolio> m_portfolio;
    int m_file = 0;
    qint64 m_a = 0;
    qint64 m_b = 0;
    qint64 m_c = 0;

    Portfolio& portfolio() { return *m_portfolio; }

    Meeting committee() const
    {
        Meeting m;
        m.title = QStringLiteral("2026年第三季度投决会 Q3 investment committee");
        m.date = QDate(2026, 9, 18);
        m.attendees = QStringList{QStringLiteral("王志"), QStringLiteral("顾惟安"), analyst()};
        AgendaItem first;
        first.projectId = m_b;
        first.decision = Decision::Approve;
        first.conditions = QStringLiteral("首轮交割前完成客户验证");
        first.notes = QStringLiteral("notes, with \"quotes\"");
        first.votes = {{QStringLiteral("王志"), Vote::Yes}, {analyst(), Vote::Abstain}};
        AgendaItem second;
        second.projectId = m_a;
        second.decision = Decision::MoreDiligence;
        m.agenda = {first, second};
        return m;
    }

private slots:
    void init()
    {
        Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(9, 30), Qt::UTC));
        m_portfolio = openPortfolio(m_dir.filePath(QStringLiteral("m%1.tollgate").arg(++m_file)));
        QVERIFY(m_portfolio);
        m_a = *portfolio().createProject(makeProject(QStringLiteral("A")), analyst());
        m_b = *portfolio().createProject(makeProject(QStringLiteral("B")), analyst());
        m_c = *portfolio().createProject(makeProject(QStringLiteral("C")), analyst());
    }
    void cleanup()
    {
        m_portfolio.reset();
        Clock::setFixed(QDateTime());
    }

    void meetingIsStoredAsGiven()
    {
        const Meeting m = committee();
        Result<qint64> id = portfolio().createMeeting(m, analyst());
        TG_VERIFY_OK(id);
        Result<Meeting> stored = portfolio().meeting(*id);
        TG_VERIFY_OK(stored);
        QCOMPARE(stored->title, m.title);
        QCOMPARE(stored->date, m.date);
        QCOMPARE(stored->attendees, m.attendees);
        QCOMPARE(stored->status, MeetingStatus::Planned);
        QCOMPARE(stored->rowVersion, 1);
        QCOMPARE(stored->agenda.size(), 2);
        QCOMPARE(stored->agenda[0].projectId, m_b);
        QCOMPARE(stored->agenda[0].position, 0);
        QCOMPARE(stored->agenda[0].decision, Decision::Approve);
        QCOMPARE(stored->agenda[0].conditions, m.agenda[0].conditions);
        QCOMPARE(stored->agenda[0].notes, m.agenda[0].notes);
        QCOMPARE(stored->agenda[0].votes, m.agenda[0].votes);
        QCOMPARE(stored->agenda[1].projectId, m_a);
        QCOMPARE(stored->agenda[1].decision, Decision::MoreDiligence);
        QVERIFY(stored->agenda[0].id > 0);

        Meeting later = m;
        later.title = QStringLiteral("Later");
        later.date = QDate(2026, 12, 10);
        later.agenda.clear();
        TG_VERIFY_OK(portfolio().createMeeting(later, analyst()));
        Meeting earlier = later;
        earlier.title = QStringLiteral("Earlier");
        earlier.date = QDate(2026, 1, 10);
        TG_VERIFY_OK(portfolio().createMeeting(earlier, analyst()));
        Result<QList<Meeting>> all = portfolio().meetings();
        TG_VERIFY_OK(all);
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).title, QStringLiteral("Earlier"));
        QCOMPARE(all->at(1).agenda.size(), 2);
        QCOMPARE(all->at(2).title, QStringLiteral("Later"));
    }

    void updateReplacesKeepsItemIdsAndAudits()
    {
        const qint64 id = *portfolio().createMeeting(committee(), analyst());
        Meeting m = *portfolio().meeting(id);
        const qint64 itemB = m.agenda[0].id;
        const qint64 itemA = m.agenda[1].id;
        // Reorder, vote, decide, drop A, add C.
        AgendaItem c;
        c.projectId = m_c;
        m.agenda = {m.agenda[0], c};
        m.agenda[0].votes[QStringLiteral("顾惟安")] = Vote::No;
        m.agenda[0].decision = Decision::Defer;
        m.status = MeetingStatus::InProgress;
        TG_VERIFY_OK(portfolio().updateMeeting(m, QStringLiteral("王志")));

        Result<Meeting> stored = portfolio().meeting(id);
        TG_VERIFY_OK(stored);
        QCOMPARE(stored->status, MeetingStatus::InProgress);
        QCOMPARE(stored->rowVersion, 2);
        QCOMPARE(stored->agenda.size(), 2);
        QCOMPARE(stored->agenda[0].id, itemB);
        QCOMPARE(stored->agenda[0].decision, Decision::Defer);
        QCOMPARE(stored->agenda[0].votes.value(QStringLiteral("顾惟安")), Vote::No);
        QCOMPARE(stored->agenda[1].projectId, m_c);
        QVERIFY(stored->agenda[1].id != itemA);

        QStringList fields;
        for (const AuditEntry& e : *portfolio().history(m_b))
            fields << e.field;
        QVERIFY(fields.contains(QStringLiteral("decision")));
        QVERIFY(fields.contains(QStringLiteral("votes.顾惟安")));
        QStringList aFields;
        for (const AuditEntry& e : *portfolio().history(m_a))
            aFields << e.field;
        QVERIFY(aFields.contains(QStringLiteral("removed")));

        // A stale copy conflicts.
        Status stale = portfolio().updateMeeting(m, analyst());
        QCOMPARE(int(stale.error().kind), int(ErrorKind::Conflict));
    }

    void badMeetingsAreRefused()
    {
        Meeting m = committee();
        m.agenda[0].votes.insert(QStringLiteral("stranger"), Vote::Yes);
        Result<qint64> id = portfolio().createMeeting(m, analyst());
        QVERIFY(!id);
        QCOMPARE(id.error().field, QStringLiteral("agenda[0].votes.stranger"));

        m = committee();
        m.agenda[1].projectId = 9999;
        id = portfolio().createMeeting(m, analyst());
        QVERIFY(!id);
        QCOMPARE(id.error().field, QStringLiteral("agenda[1].project"));

        m = committee();
        m.agenda[1].projectId = m.agenda[0].projectId;
        QVERIFY(!portfolio().createMeeting(m, analyst()));

        m = committee();
        m.title.clear();
        QVERIFY(!portfolio().createMeeting(m, analyst()));
        QVERIFY(portfolio().meetings()->isEmpty());
    }

    void closedMeetingIsReadOnly()
    {
        const qint64 id = *portfolio().createMeeting(committee(), analyst());
        TG_VERIFY_OK(portfolio().closeMeeting(id, QStringLiteral("王志")));
        const Meeting closed = *portfolio().meeting(id);
        QCOMPARE(closed.status, MeetingStatus::Closed);

        Meeting edit = closed;
        edit.title = QStringLiteral("Rewritten");
        Status updated = portfolio().updateMeeting(edit, analyst());
        QCOMPARE(int(updated.error().kind), int(ErrorKind::ReadOnly));
        QCOMPARE(int(portfolio().closeMeeting(id, analyst()).error().kind),
                 int(ErrorKind::ReadOnly));
        QCOMPARE(int(portfolio().deleteMeeting(id, analyst()).error().kind),
                 int(ErrorKind::ReadOnly));
        // A project decided on in a closed meeting stays: its record is part of the minutes.
        Status deleted = portfolio().deleteProject(m_b, analyst());
        QCOMPARE(int(deleted.error().kind), int(ErrorKind::ReadOnly));
        QVERIFY(portfolio().project(m_b));
        QCOMPARE(portfolio().meeting(id)->title, closed.title);
    }

    void closedMeetingRefusesRawSql()
    {
        const qint64 id = *portfolio().createMeeting(committee(), analyst());
        TG_VERIFY_OK(portfolio().closeMeeting(id, analyst()));
        const Meeting closed = *portfolio().meeting(id);
        const QString item = QString::number(closed.agenda[0].id);
        const QString meeting = QString::number(id);
        const QStringList attempts{
            QStringLiteral("UPDATE meetings SET title = 'x' WHERE id = ") + meeting,
            QStringLiteral("UPDATE meetings SET status = 'planned' WHERE id = ") + meeting,
            QStringLiteral("DELETE FROM meetings WHERE id = ") + meeting,
            QStringLiteral("UPDATE agenda_items SET decision = 'decline' WHERE id = ") + item,
            QStringLiteral("DELETE FROM agenda_items WHERE id = ") + item,
            QStringLiteral("INSERT INTO agenda_items (meeting_id, project_id, position) VALUES (") +
                meeting + QStringLiteral(", ") + QString::number(m_c) + QStringLiteral(", 9)"),
            QStringLiteral("UPDATE votes SET vote = 'no' WHERE agenda_item_id = ") + item,
            QStringLiteral("DELETE FROM votes WHERE agenda_item_id = ") + item,
            QStringLiteral("INSERT INTO votes (agenda_item_id, attendee, vote) VALUES (") + item +
                QStringLiteral(", '顾惟安', 'yes')"),
            QStringLiteral("DELETE FROM meeting_attendees WHERE meeting_id = ") + meeting,
            QStringLiteral("INSERT INTO meeting_attendees (meeting_id, name, position) VALUES (") +
                meeting + QStringLiteral(", 'x', 9)"),
            QStringLiteral("DELETE FROM projects WHERE id = ") + QString::number(m_b),
        };
        for (const QString& sql : attempts) {
            const QString error = runRaw(portfolio().path(), sql).error;
            QVERIFY2(error.contains(QStringLiteral("closed meeting")), qPrintable(sql));
        }
        const Meeting after = *portfolio().meeting(id);
        QCOMPARE(after.title, closed.title);
        QCOMPARE(after.status, MeetingStatus::Closed);
        QCOMPARE(after.agenda.size(), closed.agenda.size());
        QCOMPARE(after.agenda[0].votes, closed.agenda[0].votes);
        QCOMPARE(after.attendees, closed.attendees);

        // An open meeting's rows stay editable through the same SQL.
        Meeting open = committee();
        open.agenda.removeFirst();
        const qint64 openId = *portfolio().createMeeting(open, analyst());
        QCOMPARE(runRaw(portfolio().path(),
                        QStringLiteral("UPDATE meetings SET title = 'x' WHERE id = ") +
                            QString::number(openId))
                     .error,
                 QString());
    }

    void meetingClosedOnCreationKeepsItsRecord()
    {
        Meeting m = committee();
        m.status = MeetingStatus::Closed;
        Result<qint64> id = portfolio().createMeeting(m, analyst());
        TG_VERIFY_OK(id);
        const Meeting stored = *portfolio().meeting(*id);
        QCOMPARE(stored.status, MeetingStatus::Closed);
        QCOMPARE(stored.agenda.size(), 2);
        QCOMPARE(stored.agenda[0].votes.size(), 2);
    }

    void deletingAProjectTakesItOffOpenAgendas()
    {
        const qint64 id = *portfolio().createMeeting(committee(), analyst());
        TG_VERIFY_OK(portfolio().deleteProject(m_a, analyst()));
        QCOMPARE(portfolio().meeting(id)->agenda.size(), 1);
        TG_VERIFY_OK(portfolio().deleteMeeting(id, analyst()));
        QVERIFY(!portfolio().meeting(id));
        Result<QStringList> problems = portfolio().integrityCheck();
        TG_VERIFY_OK(problems);
        QVERIFY(problems->isEmpty());
    }

    void auditLogIsAppendOnly()
    {
        QVERIFY(runRaw(portfolio().path(), QStringLiteral("UPDATE audit_log SET analyst = 'x'"))
                    .error.contains(QStringLiteral("append-only")));
        QVERIFY(runRaw(portfolio().path(), QStringLiteral("DELETE FROM audit_log"))
                    .error.contains(QStringLiteral("append-only")));
        QCOMPARE(portfolio().history(m_a)->first().analyst, analyst());
    }
};

QTEST_GUILESS_MAIN(TestStorageMeetings)
#include "TestStorageMeetings.moc"
