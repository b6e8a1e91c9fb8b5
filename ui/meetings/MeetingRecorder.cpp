#include "meetings/MeetingRecorder.h"

#include "session/Session.h"
#include "storage/Portfolio.h"

#include <algorithm>

namespace tollgate
{

MeetingRecorder::MeetingRecorder(Session* session, QObject* parent)
    : QObject(parent), m_session(session)
{
}

Status MeetingRecorder::load(qint64 id)
{
    if (id <= 0) {
        m_meeting = Meeting();
        emit meetingChanged();
        return {};
    }
    Result<Meeting> stored = m_session->portfolio().meeting(id);
    if (!stored)
        return failed(stored.error());
    m_meeting = std::move(stored).value();
    emit meetingChanged();
    return {};
}

Status MeetingRecorder::reload()
{
    return load(m_meeting.id);
}

Status MeetingRecorder::failed(const Error& error)
{
    emit editFailed(error);
    return error;
}

Status MeetingRecorder::edit(const std::function<bool(Meeting&)>& change)
{
    if (!hasMeeting())
        return failed(Error::of(ErrorKind::NotFound, tr("No meeting is selected.")));
    Meeting next = m_meeting;
    if (!change(next))
        return {}; // nothing to store
    if (Status stored = m_session->portfolio().updateMeeting(next, m_session->analyst()); !stored) {
        // Show what the database holds (a closed or changed meeting), then report.
        const Error error = stored.error();
        reload();
        return failed(error);
    }
    return reload();
}

Status MeetingRecorder::addProjects(const QList<qint64>& projectIds, int position)
{
    return edit([&](Meeting& m) {
        int at = position < 0 || position > m.agenda.size() ? int(m.agenda.size()) : position;
        bool added = false;
        for (qint64 id : projectIds) {
            const bool present =
                std::any_of(m.agenda.cbegin(), m.agenda.cend(),
                            [id](const AgendaItem& i) { return i.projectId == id; });
            if (present || id <= 0)
                continue; // a project is on an agenda once
            AgendaItem item;
            item.projectId = id;
            m.agenda.insert(at++, item);
            added = true;
        }
        return added;
    });
}

Status MeetingRecorder::moveItem(int from, int to)
{
    return edit([&](Meeting& m) {
        if (from < 0 || from >= m.agenda.size() || to < 0 || to >= m.agenda.size() || from == to)
            return false;
        m.agenda.move(from, to);
        return true;
    });
}

Status MeetingRecorder::removeItem(int row)
{
    return edit([&](Meeting& m) {
        if (row < 0 || row >= m.agenda.size())
            return false;
        m.agenda.removeAt(row);
        return true;
    });
}

Status MeetingRecorder::setVote(int row, const QString& attendee, std::optional<Vote> vote)
{
    return edit([&](Meeting& m) {
        if (row < 0 || row >= m.agenda.size())
            return false;
        QMap<QString, Vote>& votes = m.agenda[row].votes;
        if (vote)
            votes.insert(attendee, *vote);
        else
            votes.remove(attendee);
        return true;
    });
}

Status MeetingRecorder::setDecision(int row, Decision decision)
{
    return edit([&](Meeting& m) {
        if (row < 0 || row >= m.agenda.size() || m.agenda[row].decision == decision)
            return false;
        m.agenda[row].decision = decision;
        return true;
    });
}

Status MeetingRecorder::setItemText(int row, QString AgendaItem::*field, const QString& text)
{
    return edit([&](Meeting& m) {
        if (row < 0 || row >= m.agenda.size() || m.agenda[row].*field == text)
            return false;
        m.agenda[row].*field = text;
        return true;
    });
}

Status MeetingRecorder::setConditions(int row, const QString& text)
{
    return setItemText(row, &AgendaItem::conditions, text);
}

Status MeetingRecorder::setNotes(int row, const QString& text)
{
    return setItemText(row, &AgendaItem::notes, text);
}

Status MeetingRecorder::setDetails(const QString& title, const QDate& date,
                                   const QStringList& attendees)
{
    return edit([&](Meeting& m) {
        m.title = title;
        m.date = date;
        m.attendees = attendees;
        return true;
    });
}

Status MeetingRecorder::start()
{
    return edit([](Meeting& m) {
        if (m.status != MeetingStatus::Planned)
            return false;
        m.status = MeetingStatus::InProgress;
        return true;
    });
}

Status MeetingRecorder::close()
{
    if (!hasMeeting())
        return failed(Error::of(ErrorKind::NotFound, tr("No meeting is selected.")));
    if (Status closed = m_session->portfolio().closeMeeting(m_meeting.id, m_session->analyst());
        !closed)
        return failed(closed.error());
    return reload();
}

} // namespace tollgate
