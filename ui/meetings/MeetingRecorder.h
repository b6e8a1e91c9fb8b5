#pragma once

#include "core/Result.h"
#include "domain/Meeting.h"

#include <QObject>

#include <functional>
#include <optional>

namespace tollgate
{

class Session;

// The meeting being planned, presented or read: one stored meeting and the edits the Meetings
// tab and present mode make to it. Every edit is stored at once (Portfolio::updateMeeting, one
// transaction) and the meeting is read back, so what the views show is what the database
// holds. A closed meeting refuses every edit: the database says no, and isReadOnly() lets the
// views say so before anyone tries.
class MeetingRecorder : public QObject
{
    Q_OBJECT
public:
    explicit MeetingRecorder(Session* session, QObject* parent = nullptr);

    Session* session() const { return m_session; }
    // Shows the stored meeting `id` (0: none).
    Status load(qint64 id);
    Status reload();
    const Meeting& meeting() const { return m_meeting; }
    bool hasMeeting() const { return m_meeting.id > 0; }
    bool isReadOnly() const { return !hasMeeting() || m_meeting.status == MeetingStatus::Closed; }

    // Agenda.
    Status addProjects(const QList<qint64>& projectIds, int position = -1); // -1: at the end
    Status moveItem(int from, int to);
    Status removeItem(int row);
    // Recording, per agenda row.
    Status setVote(int row, const QString& attendee, std::optional<Vote> vote);
    Status setDecision(int row, Decision decision);
    Status setConditions(int row, const QString& text);
    Status setNotes(int row, const QString& text);
    // Title, date and attendees.
    Status setDetails(const QString& title, const QDate& date, const QStringList& attendees);
    // Planned → in progress, when the meeting is first presented.
    Status start();
    Status close();

signals:
    void meetingChanged(); // after load and after every stored edit
    void editFailed(const Error& error);

private:
    // Applies `change` to a copy of the meeting, stores it and reads it back.
    Status edit(const std::function<bool(Meeting&)>& change);
    Status failed(const Error& error);
    Status setItemText(int row, QString AgendaItem::*field, const QString& text);

    Session* m_session;
    Meeting m_meeting;
};

} // namespace tollgate
