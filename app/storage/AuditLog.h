#pragma once

#include "core/Result.h"
#include "domain/AuditEntry.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace tollgate
{

class Database;

// The changes of one edit, collected before they are written: who, when, and each field's old
// and new value.
class AuditBatch
{
public:
    AuditBatch(QString analyst, QDateTime at) : m_analyst(std::move(analyst)), m_at(std::move(at))
    {
    }

    // Records a change; a field whose old and new values are equal is skipped.
    void change(const QString& entity, qint64 entityId, qint64 projectId, const QString& field,
                const QString& oldValue, const QString& newValue);
    // Records an event (created, deleted, closed, …) whether or not a value changed.
    void event(const QString& entity, qint64 entityId, qint64 projectId, const QString& field,
               const QString& oldValue, const QString& newValue);

    const QList<AuditEntry>& entries() const { return m_entries; }
    QDateTime at() const { return m_at; }

private:
    QString m_analyst;
    QDateTime m_at;
    QList<AuditEntry> m_entries;
};

// The append-only audit log table (SPEC §2).
class AuditLog
{
public:
    explicit AuditLog(Database& db) : m_db(db) {}

    Status write(const AuditBatch& batch);
    // One "imported" entry for each project with an id from first to last, in one statement:
    // a 100 000-project import writes its audit trail without 100 000 round trips.
    Status recordImportedProjects(const QString& analyst, const QDateTime& at, qint64 first,
                                  qint64 last);
    Result<QList<AuditEntry>> forProject(qint64 projectId); // newest first

private:
    Database& m_db;
};

} // namespace tollgate
