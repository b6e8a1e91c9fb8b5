#pragma once

#include "storage/SqlDialect.h"

namespace tollgate
{

// SQLite, as Debian 12 ships it (3.40.1). The one file where PRAGMAs and VACUUM INTO appear.
//
// Journal mode: the rollback journal (DELETE), never WAL. SQLite before 3.51.3 can corrupt a
// WAL database when two connections write and checkpoint at once (the "WAL-reset bug"), and
// two Tollgate windows or the app and the command line may well write one file at the same
// time. docs/storage.md records the decision and the test that holds it.
class SqliteDialect : public SqlDialect
{
public:
    // "Toll" in ASCII: PRAGMA application_id of every Tollgate database.
    static constexpr qint32 applicationId = 0x546f6c6c;
    // How long a writer waits for another connection's lock before reporting "busy".
    static constexpr int busyTimeoutMs = 5000;

    QString driverName() const override;
    QString connectOptions() const override;
    Status configureConnection(Database& db) const override;
    Status prepareNewFile(Database& db) const override;
    Status prepareFile(Database& db) const override;
    Result<QString> journalMode(Database& db) const override;
    QString beginWriteStatement() const override;
    Result<bool> isTollgateDatabase(Database& db) const override;
    Status markAsTollgateDatabase(Database& db) const override;
    Result<int> schemaVersion(Database& db) const override;
    Status setSchemaVersion(Database& db, int version) const override;
    Result<QStringList> quickCheck(Database& db) const override;
    Result<QStringList> integrityCheck(Database& db) const override;
    Result<qint64> nextId(Database& db, const QString& table) const override;
    Status copyTo(Database& db, const QString& file) const override;
    Result<std::optional<qint64>> othersChangeCounter(Database& db) const override;
};

} // namespace tollgate
