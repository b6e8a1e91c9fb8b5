#pragma once

#include "core/Result.h"
#include "domain/Meeting.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace tollgate
{

class Database;

// The meetings table with its attendees, agenda items and votes. Once a meeting is closed the
// database's triggers refuse any change to it or its rows.
class MeetingRepository
{
public:
    explicit MeetingRepository(Database& db) : m_db(db) {}

    // Stores a new meeting with its attendees and agenda; a meeting given as closed is stored
    // open and closed last, so its rows go in before it turns read-only. Returns its id.
    Result<qint64> insert(const Meeting& m, const QDateTime& now);
    // Replaces title, date, status (not closed), attendees, agenda, decisions and votes if m's row
    // version is the stored one. Agenda items keep their ids; items missing from m are removed.
    Status update(const Meeting& m, const QDateTime& now);
    Status close(qint64 id, const QDateTime& now);
    Status remove(qint64 id);

    Result<QList<Meeting>> all(); // by date, then id
    Result<Meeting> byId(qint64 id);
    // Titles of the closed meetings with the project on their agenda.
    Result<QStringList> closedMeetingsWith(qint64 projectId);

private:
    Status writeAttendees(qint64 meetingId, const QStringList& attendees);
    Status writeAgenda(qint64 meetingId, const QList<AgendaItem>& agenda);
    Result<QList<Meeting>> read(const QString& meetingWhere, const QString& childWhere,
                                const QVariant& id);

    Database& m_db;
};

Error meetingNotFound(qint64 id);
Error meetingClosed(const QString& title);

} // namespace tollgate
