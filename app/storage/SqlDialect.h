#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace tollgate
{

class Database;

// Everything that differs between database engines, in one place. The repositories speak
// portable SQL with bound parameters; what only one engine has (SQLite's PRAGMAs, VACUUM INTO,
// the write-lock flavour of BEGIN) lives behind this interface so that a PostgreSQL connection
// can be added as a second implementation without touching them.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    // The Qt SQL driver ("QSQLITE") and its connect options (set before the connection opens).
    virtual QString driverName() const = 0;
    virtual QString connectOptions() const = 0;

    // Settings of one connection that do not change the file: foreign keys, durability.
    virtual Status configureConnection(Database& db) const = 0;
    // Settings fixed when a file is created, before its first table.
    virtual Status prepareNewFile(Database& db) const = 0;
    // Settings stored in the file (the journal mode). Only applied to Tollgate databases, so a
    // file that is refused is never written.
    virtual Status prepareFile(Database& db) const = 0;
    virtual Result<QString> journalMode(Database& db) const = 0;

    // The statement that starts a write transaction. It takes the write lock at once, so two
    // writers queue on the busy timeout instead of one failing on a lock upgrade.
    virtual QString beginWriteStatement() const = 0;

    // Which program the file belongs to, and the version of its schema.
    virtual Result<bool> isTollgateDatabase(Database& db) const = 0;
    virtual Status markAsTollgateDatabase(Database& db) const = 0;
    virtual Result<int> schemaVersion(Database& db) const = 0;
    virtual Status setSchemaVersion(Database& db, int version) const = 0;

    // Problems found by the engine's own consistency check; empty means sound. The quick check
    // skips the index-content comparison and is what runs on every open.
    virtual Result<QStringList> quickCheck(Database& db) const = 0;
    virtual Result<QStringList> integrityCheck(Database& db) const = 0;

    // The id the next row of `table` (a table of the schema, never user text) gets: ids are
    // never reused, even after the newest row was deleted, so an audit entry always names one
    // record. Bulk imports hand ids out themselves from here.
    virtual Result<qint64> nextId(Database& db, const QString& table) const = 0;

    // Writes a consistent copy of the whole database to a new file.
    virtual Status copyTo(Database& db, const QString& file) const = 0;

    // A number that changes whenever another connection (this process or another) commits to
    // the file; this connection's own commits leave it alone. Lets a connection keep what it
    // read while nobody else writes. nullopt when the engine cannot tell: nothing is kept.
    virtual Result<std::optional<qint64>> othersChangeCounter(Database& db) const = 0;
};

} // namespace tollgate
