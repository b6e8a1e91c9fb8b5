#include "storage/SqliteDialect.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/StorageText.h"

namespace tollgate
{

namespace
{

Result<QStringList> checkResult(Database& db, const QString& pragma)
{
    Query query(db, pragma);
    if (Status ran = query.exec(); !ran)
        return ran.error();
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    return problems;
}

} // namespace

QString SqliteDialect::driverName() const
{
    return QStringLiteral("QSQLITE");
}

QString SqliteDialect::connectOptions() const
{
    return QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
}

Status SqliteDialect::configureConnection(Database& db) const
{
    // Foreign keys are off by default in SQLite and must be switched on per connection.
    // synchronous=FULL: a commit is on the disk when it returns (SPEC §6: nothing lost).
    // A bigger page cache keeps a 100 000-project import from spilling to the journal early.
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL",
                               "PRAGMA cache_size = -32768", "PRAGMA temp_store = MEMORY"}) {
        if (Status done = db.run(QLatin1String(pragma)); !done)
            return done;
    }
    return {};
}

Status SqliteDialect::prepareNewFile(Database& db) const
{
    // Text is kept as UTF-16, the form Qt binds it in and reads it back in, so no text is
    // converted on its way in or out: converting was a third of the time it takes to read the
    // project table. Only possible before the first table exists.
    return db.run(QStringLiteral("PRAGMA encoding = 'UTF-16le'"));
}

Status SqliteDialect::prepareFile(Database& db) const
{
    Result<QVariant> mode = Query(db, QStringLiteral("PRAGMA journal_mode = DELETE")).scalar();
    if (!mode)
        return mode.error();
    if (mode->toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0) {
        return Error::of(ErrorKind::Io,
                         StorageText::tr("%1 is held in %2 journal mode by another program; close "
                                         "it and open the database again.")
                             .arg(db.path(), mode->toString()));
    }
    return {};
}

Result<QString> SqliteDialect::journalMode(Database& db) const
{
    Result<QVariant> mode = Query(db, QStringLiteral("PRAGMA journal_mode")).scalar();
    if (!mode)
        return mode.error();
    return mode->toString().toLower();
}

QString SqliteDialect::beginWriteStatement() const
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

Result<bool> SqliteDialect::isTollgateDatabase(Database& db) const
{
    Result<QVariant> id = Query(db, QStringLiteral("PRAGMA application_id")).scalar();
    if (!id)
        return id.error();
    return id->toLongLong() == applicationId;
}

Status SqliteDialect::markAsTollgateDatabase(Database& db) const
{
    return db.run(QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
}

Result<int> SqliteDialect::schemaVersion(Database& db) const
{
    Result<QVariant> version = Query(db, QStringLiteral("PRAGMA user_version")).scalar();
    if (!version)
        return version.error();
    return version->toInt();
}

Status SqliteDialect::setSchemaVersion(Database& db, int version) const
{
    // PRAGMAs take no bound parameters; the version is a number from the code, not user text.
    return db.run(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

Result<QStringList> SqliteDialect::quickCheck(Database& db) const
{
    return checkResult(db, QStringLiteral("PRAGMA quick_check"));
}

Result<QStringList> SqliteDialect::integrityCheck(Database& db) const
{
    Result<QStringList> problems = checkResult(db, QStringLiteral("PRAGMA integrity_check"));
    if (!problems)
        return problems;
    // integrity_check does not look at foreign keys; foreign_key_check lists the rows whose
    // parent is missing (table, rowid, parent table).
    Query keys(db, QStringLiteral("PRAGMA foreign_key_check"));
    if (Status ran = keys.exec(); !ran)
        return ran.error();
    while (keys.next()) {
        *problems << StorageText::tr("row %1 of %2 refers to a missing row of %3")
                         .arg(keys.value(1).toString(), keys.value(0).toString(),
                              keys.value(2).toString());
    }
    return problems;
}

Result<qint64> SqliteDialect::nextId(Database& db, const QString& table) const
{
    // AUTOINCREMENT tables remember their highest id ever in sqlite_sequence.
    Query query(db, QStringLiteral("SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE "
                                   "name = ?), 0), COALESCE((SELECT MAX(id) FROM %1), 0)) + 1")
                        .arg(table));
    query.bind(table);
    Result<QVariant> next = query.scalar();
    if (!next)
        return next.error();
    return next->toLongLong();
}

Status SqliteDialect::copyTo(Database& db, const QString& file) const
{
    // VACUUM INTO writes a compacted, consistent snapshot under a read transaction: writers in
    // other connections wait, readers go on. The file name is a bound parameter.
    Query query(db, QStringLiteral("VACUUM INTO ?"));
    query.bind(file);
    return query.exec();
}

Result<std::optional<qint64>> SqliteDialect::othersChangeCounter(Database& db) const
{
    // data_version changes when another connection commits, never for this one's commits.
    Result<QVariant> version = Query(db, QStringLiteral("PRAGMA data_version")).scalar();
    if (!version)
        return version.error();
    return std::optional<qint64>(version->toLongLong());
}

} // namespace tollgate
