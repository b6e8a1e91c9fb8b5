// Portfolio::open: from a path to a checked, current database (SPEC §6).
#include "storage/Portfolio.h"

#include "core/Clock.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/DatabaseFile.h"
#include "storage/EvaluationCache.h"
#include "storage/Migrations.h"
#include "storage/ProjectRepository.h"
#include "storage/Schema.h"
#include "storage/StorageText.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace tollgate
{

namespace
{

Status quickCheck(Database& db)
{
    Result<QStringList> problems = db.dialect().quickCheck(db);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty()) {
        return Error::of(ErrorKind::Damaged,
                         StorageText::tr("%1 is damaged (%2); open its latest backup instead.")
                             .arg(db.path(), problems->first()));
    }
    return {};
}

// An existing file must be a sound Tollgate database this build can read. Only reads happen
// here, so a refused file is left exactly as it was. The quick_check reads every page; it is
// left to the caller (OpenCheck::Deferred) only when nothing is about to be written.
Status checkExisting(Database& db, OpenCheck check, bool* deferred)
{
    const SqlDialect& dialect = db.dialect();
    Result<bool> ours = dialect.isTollgateDatabase(db);
    if (!ours)
        return ours.error();
    if (!*ours) {
        return Error::of(ErrorKind::Invalid,
                         StorageText::tr("%1 is an SQLite database of another program, not a "
                                         "Tollgate database.")
                             .arg(db.path()));
    }
    Result<int> version = dialect.schemaVersion(db);
    if (!version)
        return version.error();
    if (*version > Schema::currentVersion) {
        return Error::of(ErrorKind::NewerSchema,
                         StorageText::tr("%1 was written by a newer version of Tollgate (schema "
                                         "%2; this version reads up to %3). Open it with the "
                                         "newer version; the file was not changed.")
                             .arg(db.path())
                             .arg(*version)
                             .arg(Schema::currentVersion));
    }
    // A small file is checked at once: a few milliseconds, and a damaged one is refused here.
    constexpr qint64 checkLaterFrom = 16 * 1024 * 1024;
    *deferred = check == OpenCheck::Deferred && *version == Schema::currentVersion &&
                QFileInfo(db.path()).size() >= checkLaterFrom;
    return *deferred ? Status() : quickCheck(db);
}

// The cached evaluations compare the fund's end year with the current year: when the year
// has turned since they were made, they are made again. Finding out reads every project row,
// so a deferred open leaves this to the full open its caller runs later, with the quick_check.
Status refreshIfYearTurned(Database& db, bool deferred)
{
    if (deferred)
        return {};
    Result<bool> stale = ProjectRepository(db).hasEvaluationsNotFrom(Clock::currentYear());
    if (!stale)
        return stale.error();
    if (!*stale)
        return {};
    return inTransaction(db, [&]() -> Status {
        Result<int> refreshed = EvaluationCache(db).refreshAll();
        return refreshed ? Status() : Status(refreshed.error());
    });
}

// `deferred` tells whether the quick_check was left to the caller.
Status prepare(Database& db, bool existed, OpenCheck check, bool* deferred)
{
    if (existed) {
        if (Status sound = checkExisting(db, check, deferred); !sound)
            return sound;
    }
    if (Status journal = db.dialect().prepareFile(db); !journal)
        return journal;
    const auto backup = [&db]() -> Status {
        Result<QString> saved = Backup::rollingBackup(db);
        return saved ? Status() : Status(saved.error());
    };
    if (Status migrated = migrate(db, migrations(), backup); !migrated)
        return migrated;
    return refreshIfYearTurned(db, *deferred);
}

// A file under construction is named ".<name>.<pid>-<random>.new" beside its final name: hidden,
// unique, and telling which process builds it.
QString buildingName(const QFileInfo& target)
{
    return target.dir().filePath(
        QStringLiteral(".%1.%2-%3.new")
            .arg(target.fileName())
            .arg(::getpid())
            .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0')));
}

// Files left under construction by processes that were killed: their process is gone. One that
// still runs is building its file right now and keeps it.
void removeAbandonedBuilds(const QFileInfo& target)
{
    const QDir folder = target.dir();
    const QString prefix = QLatin1Char('.') + target.fileName() + QLatin1Char('.');
    const QStringList names = folder.entryList(
        {prefix + QStringLiteral("*.new"), prefix + QStringLiteral("*.new-journal")},
        QDir::Files | QDir::Hidden);
    for (const QString& name : names) {
        const QString middle = name.mid(prefix.size());
        bool isNumber = false;
        const qint64 pid = middle.left(middle.indexOf(QLatin1Char('-'))).toLongLong(&isNumber);
        if (isNumber && pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)
            QFile::remove(folder.filePath(name));
    }
}

// A new database is built whole under a temporary name beside its final one and renamed into
// place only once its schema is complete. A process killed while creating it leaves no file at
// `path`, never an empty or half-made database that the next open refuses (found by
// reliability.TestCreationKills: a kill before the first commit left an empty file, which the
// probe rightly calls "not a Tollgate database"). Another process that creates the same file
// at the same moment wins the rename; its file is then opened like any other.
Status createWhole(const QString& path)
{
    const QFileInfo target(path);
    removeAbandonedBuilds(target);
    const QString building = buildingName(target);
    Status made = [&]() -> Status {
        Result<std::unique_ptr<Database>> opened = Database::openSqlite(building);
        if (!opened)
            return opened.error();
        bool deferred = false;
        return prepare(**opened, false, OpenCheck::Now, &deferred);
    }(); // the connection is closed here, before its file moves
    // QFile::rename never replaces an existing file.
    if (made && !QFile::rename(building, path) && !QFileInfo::exists(path)) {
        made = Error::of(ErrorKind::Io, StorageText::tr("The disk refused to read or write %1: %2.")
                                            .arg(path, QFile(building).errorString()));
    }
    QFile::remove(building);
    QFile::remove(building + QStringLiteral("-journal"));
    if (!made) {
        // The user named `path`; the temporary name means nothing to them.
        Error error = made.error();
        error.message.replace(building, path);
        return error;
    }
    return {};
}

} // namespace

Result<std::unique_ptr<Portfolio>> Portfolio::open(const QString& path, OpenMode mode,
                                                   OpenCheck check)
{
    if (path.trimmed().isEmpty()) {
        return Error::of(ErrorKind::Invalid, StorageText::tr("No database file was named."));
    }
    const bool existed = QFileInfo::exists(path);
    if (!existed) {
        if (mode == OpenMode::ExistingOnly) {
            return Error::of(ErrorKind::NotFound,
                             StorageText::tr("There is no database file %1.").arg(path));
        }
        const QString folder = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(folder)) {
            return Error::of(ErrorKind::Io,
                             StorageText::tr("Cannot create the folder %1.").arg(folder));
        }
        if (Status created = createWhole(path); !created)
            return created.error();
    }
    if (Status probed = probeDatabaseFile(path); !probed)
        return probed.error();

    Result<std::unique_ptr<Database>> opened = Database::openSqlite(path);
    bool deferred = false;
    Status ready = opened ? prepare(**opened, true, check, &deferred) : Status(opened.error());
    if (!ready)
        return ready.error();
    std::unique_ptr<Portfolio> portfolio(new Portfolio(std::move(opened).value()));
    portfolio->m_checkDeferred = deferred;
    return portfolio;
}

} // namespace tollgate
