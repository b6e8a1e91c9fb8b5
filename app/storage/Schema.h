#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tollgate::Schema
{

// The schema version this build writes and reads (PRAGMA user_version). docs/schema.md
// describes every table of it.
constexpr int currentVersion = 2;

// The statements that create schema version 1 in an empty SQLite database, in order.
QStringList version1Statements();

// The statements that turn version 1 into version 2: the per-database settings table.
QStringList version2Statements();

// The secondary indexes of one table of the current schema: name and CREATE statement. A bulk
// import drops them and builds them again after its rows are in (storage/BulkIndexes.h).
struct IndexDefinition {
    QString name;
    QString create;
};
QList<IndexDefinition> indexesOf(const QString& table);

// Texts the triggers raise; the connection maps them back to ReadOnly errors.
inline QString closedMeetingMessage()
{
    return QStringLiteral("closed meeting is read-only");
}
inline QString appendOnlyMessage()
{
    return QStringLiteral("audit log is append-only");
}

} // namespace tollgate::Schema
