#include "storage/MeetingRepository.h"

#include "storage/Query.h"
#include "storage/RowVersion.h"
#include "storage/SqlValues.h"
#include "storage/StorageText.h"

#include <QHash>
#include <QSet>

namespace tollgate
{

Error meetingNotFound(qint64 id)
{
    return Error::of(ErrorKind::NotFound, StorageText::tr("There is no meeting %1.").arg(id));
}

Error meetingClosed(const QString& title)
{
    return Error::of(
        ErrorKind::ReadOnly,
        StorageText::tr("The meeting “%1” is closed; its record cannot be changed.").arg(title));
}

Result<qint64> MeetingRepository::insert(const Meeting& m, const QDateTime& now)
{
    const MeetingStatus initial =
        m.status == MeetingStatus::Closed ? MeetingStatus::InProgress : m.status;
    Query insert(m_db, QStringLiteral("INSERT INTO meetings (title, date, status, created, "
                                      "updated, row_version) VALUES (?, ?, ?, ?, ?, 1) "
                                      "RETURNING id"));
    insert.bind(m.title).bind(dateText(m.date)).bind(meetingStatusKey(initial));
    insert.bind(timeText(now)).bind(timeText(now));
    Result<QVariant> inserted = insert.scalar();
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted->toLongLong();
    if (Status done = writeAttendees(id, m.attendees); !done)
        return done.error();
    if (Status done = writeAgenda(id, m.agenda); !done)
        return done.error();
    if (m.status == MeetingStatus::Closed) {
        Query close(m_db, QStringLiteral("UPDATE meetings SET status = 'closed' WHERE id = ?"));
        close.bind(id);
        if (Status done = close.exec(); !done)
            return done.error();
    }
    return id;
}

Status MeetingRepository::writeAttendees(qint64 meetingId, const QStringList& attendees)
{
    Query clear(m_db, QStringLiteral("DELETE FROM meeting_attendees WHERE meeting_id = ?"));
    clear.bind(meetingId);
    if (Status done = clear.exec(); !done)
        return done;
    Query insert(m_db, QStringLiteral("INSERT INTO meeting_attendees (meeting_id, name, position) "
                                      "VALUES (?, ?, ?)"));
    for (int i = 0; i < attendees.size(); ++i) {
        insert.bind(meetingId).bind(attendees.at(i)).bind(i);
        if (Status done = insert.exec(); !done)
            return done;
    }
    return {};
}

Status MeetingRepository::writeAgenda(qint64 meetingId, const QList<AgendaItem>& agenda)
{
    // Items keep their ids across edits (audit entries and open views refer to them): update
    // the ones still there, add the new ones, remove the rest. Votes are rewritten per item.
    QSet<qint64> existing;
    {
        Query ids(m_db, QStringLiteral("SELECT id FROM agenda_items WHERE meeting_id = ?"));
        ids.bind(meetingId);
        if (Status ran = ids.exec(); !ran)
            return ran;
        while (ids.next())
            existing.insert(ids.value(0).toLongLong());
    }
    QSet<qint64> kept;
    for (const AgendaItem& item : agenda) {
        if (existing.contains(item.id))
            kept.insert(item.id);
    }
    Query remove(m_db, QStringLiteral("DELETE FROM agenda_items WHERE id = ?"));
    for (qint64 id : std::as_const(existing)) {
        if (kept.contains(id))
            continue;
        remove.bind(id);
        if (Status done = remove.exec(); !done)
            return done;
    }

    Query update(m_db, QStringLiteral("UPDATE agenda_items SET project_id = ?, position = ?, "
                                      "decision = ?, conditions = ?, notes = ? WHERE id = ?"));
    Query insert(m_db, QStringLiteral("INSERT INTO agenda_items (meeting_id, project_id, position, "
                                      "decision, conditions, notes) VALUES (?, ?, ?, ?, ?, ?) "
                                      "RETURNING id"));
    Query clearVotes(m_db, QStringLiteral("DELETE FROM votes WHERE agenda_item_id = ?"));
    Query vote(m_db, QStringLiteral("INSERT INTO votes (agenda_item_id, attendee, vote) "
                                    "VALUES (?, ?, ?)"));
    for (int position = 0; position < agenda.size(); ++position) {
        const AgendaItem& item = agenda.at(position);
        qint64 itemId = item.id;
        if (kept.contains(item.id)) {
            update.bind(item.projectId).bind(position).bind(decisionKey(item.decision));
            update.bind(item.conditions).bind(item.notes).bind(item.id);
            if (Status done = update.exec(); !done)
                return done;
            clearVotes.bind(item.id);
            if (Status done = clearVotes.exec(); !done)
                return done;
        } else {
            insert.bind(meetingId).bind(item.projectId).bind(position);
            insert.bind(decisionKey(item.decision)).bind(item.conditions).bind(item.notes);
            Result<QVariant> id = insert.scalar();
            if (!id)
                return id.error();
            itemId = id->toLongLong();
        }
        for (auto v = item.votes.constBegin(); v != item.votes.constEnd(); ++v) {
            vote.bind(itemId).bind(v.key()).bind(voteKey(v.value()));
            if (Status done = vote.exec(); !done)
                return done;
        }
    }
    return {};
}

Status MeetingRepository::update(const Meeting& m, const QDateTime& now)
{
    Query write(m_db, QStringLiteral("UPDATE meetings SET title = ?, date = ?, status = ?, "
                                     "updated = ?, row_version = row_version + 1 "
                                     "WHERE id = ? AND row_version = ?"));
    const MeetingStatus status =
        m.status == MeetingStatus::Closed ? MeetingStatus::InProgress : m.status;
    write.bind(m.title).bind(dateText(m.date)).bind(meetingStatusKey(status));
    write.bind(timeText(now)).bind(m.id).bind(m.rowVersion);
    if (Status done = write.exec(); !done)
        return done;
    if (write.rowsAffected() != 1) {
        return unchangedRowError(
            m_db, QStringLiteral("meetings"), m.id, meetingNotFound(m.id), [&](int stored) {
                return changedElsewhere(StorageText::tr("The meeting “%1”").arg(m.title),
                                        m.rowVersion, stored);
            });
    }
    if (Status done = writeAttendees(m.id, m.attendees); !done)
        return done;
    if (Status done = writeAgenda(m.id, m.agenda); !done)
        return done;
    if (m.status == MeetingStatus::Closed)
        return close(m.id, now);
    return {};
}

Status MeetingRepository::close(qint64 id, const QDateTime& now)
{
    Query close(m_db, QStringLiteral("UPDATE meetings SET status = 'closed', updated = ?, "
                                     "row_version = row_version + 1 WHERE id = ?"));
    close.bind(timeText(now)).bind(id);
    if (Status done = close.exec(); !done)
        return done;
    return close.rowsAffected() == 1 ? Status() : Status(meetingNotFound(id));
}

Status MeetingRepository::remove(qint64 id)
{
    Query remove(m_db, QStringLiteral("DELETE FROM meetings WHERE id = ?"));
    remove.bind(id);
    if (Status done = remove.exec(); !done)
        return done;
    return remove.rowsAffected() == 1 ? Status() : Status(meetingNotFound(id));
}

Result<QList<Meeting>> MeetingRepository::read(const QString& meetingWhere,
                                               const QString& childWhere, const QVariant& id)
{
    Query meetings(m_db, QStringLiteral("SELECT id, title, date, status, row_version FROM "
                                        "meetings %1 ORDER BY date, id")
                             .arg(meetingWhere));
    if (id.isValid())
        meetings.bind(id);
    if (Status ran = meetings.exec(); !ran)
        return ran.error();
    QList<Meeting> list;
    QHash<qint64, qsizetype> indexById;
    while (meetings.next()) {
        Meeting m;
        m.id = meetings.value(0).toLongLong();
        m.title = meetings.value(1).toString();
        m.date = dateFromText(meetings.value(2).toString());
        m.status =
            meetingStatusFromKey(meetings.value(3).toString()).value_or(MeetingStatus::Planned);
        m.rowVersion = meetings.value(4).toInt();
        indexById.insert(m.id, list.size());
        list.append(m);
    }
    meetings.finish();

    Query attendees(m_db, QStringLiteral("SELECT meeting_id, name FROM meeting_attendees %1 "
                                         "ORDER BY meeting_id, position")
                              .arg(childWhere));
    if (id.isValid())
        attendees.bind(id);
    if (Status ran = attendees.exec(); !ran)
        return ran.error();
    while (attendees.next()) {
        const auto index = indexById.constFind(attendees.value(0).toLongLong());
        if (index != indexById.constEnd())
            list[*index].attendees << attendees.value(1).toString();
    }
    attendees.finish();

    Query items(m_db, QStringLiteral("SELECT id, meeting_id, project_id, decision, conditions, "
                                     "notes FROM agenda_items %1 ORDER BY meeting_id, position, id")
                          .arg(childWhere));
    if (id.isValid())
        items.bind(id);
    if (Status ran = items.exec(); !ran)
        return ran.error();
    QHash<qint64, QPair<qsizetype, qsizetype>> itemIndex; // item id -> (meeting, position)
    while (items.next()) {
        const auto index = indexById.constFind(items.value(1).toLongLong());
        if (index == indexById.constEnd())
            continue;
        QList<AgendaItem>& agenda = list[*index].agenda;
        AgendaItem item;
        item.id = items.value(0).toLongLong();
        item.projectId = items.value(2).toLongLong();
        item.position = static_cast<int>(agenda.size());
        item.decision = decisionFromKey(items.value(3).toString()).value_or(Decision::None);
        item.conditions = items.value(4).toString();
        item.notes = items.value(5).toString();
        itemIndex.insert(item.id, {*index, agenda.size()});
        agenda.append(item);
    }
    items.finish();

    Query votes(m_db, QStringLiteral("SELECT agenda_item_id, attendee, vote FROM votes WHERE "
                                     "agenda_item_id IN (SELECT id FROM agenda_items %1)")
                          .arg(childWhere));
    if (id.isValid())
        votes.bind(id);
    if (Status ran = votes.exec(); !ran)
        return ran.error();
    while (votes.next()) {
        const auto at = itemIndex.constFind(votes.value(0).toLongLong());
        const std::optional<Vote> vote = voteFromKey(votes.value(2).toString());
        if (at != itemIndex.constEnd() && vote)
            list[at->first].agenda[at->second].votes.insert(votes.value(1).toString(), *vote);
    }
    return list;
}

Result<QList<Meeting>> MeetingRepository::all()
{
    return read(QString(), QString(), QVariant());
}

Result<Meeting> MeetingRepository::byId(qint64 id)
{
    Result<QList<Meeting>> found =
        read(QStringLiteral("WHERE id = ?"), QStringLiteral("WHERE meeting_id = ?"), id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return meetingNotFound(id);
    return found->first();
}

Result<QStringList> MeetingRepository::closedMeetingsWith(qint64 projectId)
{
    Query query(m_db, QStringLiteral("SELECT m.title FROM meetings m JOIN agenda_items a ON "
                                     "a.meeting_id = m.id WHERE a.project_id = ? AND "
                                     "m.status = 'closed' ORDER BY m.date, m.id"));
    query.bind(projectId);
    if (Status ran = query.exec(); !ran)
        return ran.error();
    QStringList titles;
    while (query.next())
        titles << query.value(0).toString();
    return titles;
}

} // namespace tollgate
