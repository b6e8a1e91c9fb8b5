#include "storage/AuditLog.h"

#include "storage/Query.h"
#include "storage/SqlValues.h"

namespace tollgate
{

void AuditBatch::change(const QString& entity, qint64 entityId, qint64 projectId,
                        const QString& field, const QString& oldValue, const QString& newValue)
{
    if (oldValue != newValue)
        event(entity, entityId, projectId, field, oldValue, newValue);
}

void AuditBatch::event(const QString& entity, qint64 entityId, qint64 projectId,
                       const QString& field, const QString& oldValue, const QString& newValue)
{
    m_entries.append(
        AuditEntry{0, m_at, m_analyst, entity, entityId, projectId, field, oldValue, newValue});
}

Status AuditLog::write(const AuditBatch& batch)
{
    Query insert(m_db, QStringLiteral("INSERT INTO audit_log (at, analyst, entity, entity_id, "
                                      "project_id, field, old_value, new_value) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString at = timeText(batch.at());
    for (const AuditEntry& e : batch.entries()) {
        insert.bind(at).bind(e.analyst).bind(e.entity).bind(e.entityId);
        insert.bind(e.projectId > 0 ? QVariant(e.projectId)
                                    : QVariant(QMetaType::fromType<qint64>()));
        insert.bind(e.field).bind(e.oldValue).bind(e.newValue);
        if (Status done = insert.exec(); !done)
            return done;
    }
    return {};
}

Status AuditLog::recordImportedProjects(const QString& analyst, const QDateTime& at, qint64 first,
                                        qint64 last)
{
    Query insert(m_db, QStringLiteral("INSERT INTO audit_log (at, analyst, entity, entity_id, "
                                      "project_id, field, old_value, new_value) "
                                      "SELECT ?, ?, 'project', id, id, 'imported', '', name "
                                      "FROM projects WHERE id BETWEEN ? AND ? ORDER BY id"));
    insert.bind(timeText(at)).bind(analyst).bind(first).bind(last);
    return insert.exec();
}

Result<QList<AuditEntry>> AuditLog::forProject(qint64 projectId)
{
    Query query(m_db, QStringLiteral("SELECT id, at, analyst, entity, entity_id, project_id, "
                                     "field, old_value, new_value FROM audit_log "
                                     "WHERE project_id = ? ORDER BY id DESC"));
    query.bind(projectId);
    if (Status ran = query.exec(); !ran)
        return ran.error();
    QList<AuditEntry> entries;
    while (query.next()) {
        entries.append(AuditEntry{
            query.value(0).toLongLong(), timeFromText(query.value(1).toString()),
            query.value(2).toString(), query.value(3).toString(), query.value(4).toLongLong(),
            query.value(5).toLongLong(), query.value(6).toString(), query.value(7).toString(),
            query.value(8).toString()});
    }
    return entries;
}

} // namespace tollgate
