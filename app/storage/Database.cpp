#include "storage/Database.h"

#include "storage/Rescoring.h"
#include "storage/Schema.h"
#include "storage/SqliteDialect.h"
#include "storage/StorageText.h"

#include <QAtomicInteger>
#include <QSqlQuery>

namespace tollgate
{

namespace
{

// SQLite's primary result codes (the low byte of an extended code), as Qt reports them in
// QSqlError::nativeErrorCode().
enum SqliteCode {
    SqliteReadOnly = 8,
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteIoError = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteConstraint = 19,
    SqliteNotADatabase = 26,
};

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("tollgate-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

// The SQL with each `?` outside a quoted literal turned into the named placeholder :pN. Qt
// binds a named value with one hash lookup, but formats a name for every positional one, and
// that formatting was a fifth of a bulk import.
QString withNamedPlaceholders(const QString& sql)
{
    QString named;
    named.reserve(sql.size() + 64);
    int count = 0;
    QChar quote;
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'?') {
            named += placeholderName(count++);
            continue;
        }
        named += c;
    }
    return named;
}

} // namespace

Database::Database(QString path, std::unique_ptr<SqlDialect> dialect)
    : m_path(std::move(path)), m_connectionName(uniqueConnectionName()),
      m_dialect(std::move(dialect))
{
}

void Database::noteRollback()
{
    m_scoringSnapshot.reset();
}

void Database::keepScoringSnapshot(std::unique_ptr<ScoringSnapshot> snapshot)
{
    m_scoringSnapshot = std::move(snapshot);
}

Database::~Database()
{
    qDeleteAll(m_statements); // every QSqlQuery must go before its connection
    m_statements.clear();
    m_connection.close();
    m_connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString& path)
{
    std::unique_ptr<Database> db(new Database(path, std::make_unique<SqliteDialect>()));
    db->m_connection = QSqlDatabase::addDatabase(db->m_dialect->driverName(), db->m_connectionName);
    if (!db->m_connection.isValid()) {
        return Error::of(ErrorKind::Internal,
                         StorageText::tr("The SQLite driver of Qt is not installed."));
    }
    db->m_connection.setDatabaseName(path);
    db->m_connection.setConnectOptions(db->m_dialect->connectOptions());
    if (!db->m_connection.open()) {
        Error error = db->errorFrom(db->m_connection.lastError());
        error.message = StorageText::tr("Cannot open %1: %2").arg(path, error.message);
        return error;
    }
    if (Status configured = db->m_dialect->configureConnection(*db); !configured)
        return configured.error();
    return db;
}

const QString& placeholderName(int index)
{
    static const QStringList names = [] {
        QStringList list;
        for (int i = 0; i < kMostBoundValues; ++i)
            list << QStringLiteral(":p%1").arg(i);
        return list;
    }();
    Q_ASSERT(index >= 0 && index < names.size());
    return names.at(index);
}

QSqlQuery* Database::statement(const QString& sql, Error* error)
{
    if (QSqlQuery* cached = m_statements.value(sql))
        return cached;
    auto query = std::make_unique<QSqlQuery>(m_connection);
    // Forward-only: rows are read once, in order, without Qt caching them all.
    query->setForwardOnly(true);
    if (!query->prepare(withNamedPlaceholders(sql))) {
        *error = errorFrom(query->lastError());
        return nullptr;
    }
    QSqlQuery* raw = query.release();
    m_statements.insert(sql, raw);
    return raw;
}

Status Database::run(const QString& sql)
{
    QSqlQuery query(m_connection);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return errorFrom(query.lastError());
    query.finish();
    return {};
}

Error Database::errorFrom(const QSqlError& error) const
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (detail.contains(Schema::closedMeetingMessage())) {
        return Error::of(ErrorKind::ReadOnly,
                         StorageText::tr("The meeting is closed; its record cannot be changed."));
    }
    if (detail.contains(Schema::appendOnlyMessage())) {
        return Error::of(ErrorKind::ReadOnly,
                         StorageText::tr("The audit log cannot be changed, only added to."));
    }
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case SqliteBusy:
    case SqliteLocked:
        return Error::of(ErrorKind::Io,
                         StorageText::tr("The database %1 is busy: another window or program is "
                                         "writing to it. Try again in a moment.")
                             .arg(m_path));
    case SqliteFull:
        return Error::of(ErrorKind::Io,
                         StorageText::tr("The disk holding %1 is full.").arg(m_path));
    case SqliteReadOnly:
        return Error::of(ErrorKind::ReadOnly,
                         StorageText::tr("The database %1 is read-only.").arg(m_path));
    case SqliteIoError:
    case SqliteCantOpen:
        return Error::of(
            ErrorKind::Io,
            StorageText::tr("The disk refused to read or write %1: %2.").arg(m_path, detail));
    case SqliteCorrupt:
    case SqliteNotADatabase:
        return Error::of(ErrorKind::Damaged,
                         StorageText::tr("%1 is damaged or is not a Tollgate database (%2).")
                             .arg(m_path, detail));
    case SqliteConstraint:
        return Error::of(
            ErrorKind::Invalid,
            StorageText::tr("The change was refused by the database: %1.").arg(detail));
    default:
        break;
    }
    return Error::of(ErrorKind::Internal,
                     StorageText::tr("Unexpected database error in %1: %2.").arg(m_path, detail));
}

} // namespace tollgate
