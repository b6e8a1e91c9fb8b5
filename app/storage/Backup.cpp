#include "storage/Backup.h"

#include "core/Paths.h"
#include "storage/Database.h"
#include "storage/DatabaseFile.h"
#include "storage/StorageText.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace tollgate::Backup
{

namespace
{

const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");

// VACUUM INTO does not sync what it writes; a backup must survive a power cut like the
// database itself.
void syncToDisk(const QString& file)
{
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(file);
    const int fd = ::open(name.constData(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(file);
#endif
}

Status verify(const QString& file)
{
    // Looked at before SQLite opens it: SQLite would take a missing file for a new, empty (and
    // so "sound") database.
    if (!QFileInfo::exists(file)) {
        return Error::of(ErrorKind::Io,
                         StorageText::tr("The backup %1 was not written.").arg(file));
    }
    if (Status probed = probeDatabaseFile(file); !probed)
        return probed;
    Result<std::unique_ptr<Database>> copy = Database::openSqlite(file);
    if (!copy)
        return copy.error();
    Result<QStringList> problems = (*copy)->dialect().integrityCheck(**copy);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty()) {
        return Error::of(ErrorKind::Damaged,
                         StorageText::tr("The backup written to %1 fails its integrity check: %2")
                             .arg(file, problems->first()));
    }
    return {};
}

QString prefixFor(const QString& databasePath)
{
    return QFileInfo(databasePath).completeBaseName() + QLatin1Char('-');
}

QString suffix()
{
    return QLatin1Char('.') + Paths::databaseSuffix();
}

bool isBackupName(const QString& name, const QString& prefix)
{
    if (!name.startsWith(prefix) || !name.endsWith(suffix()))
        return false;
    const QString stamp = name.mid(prefix.size(), name.size() - prefix.size() - suffix().size());
    return QDateTime::fromString(stamp, kStampFormat).isValid();
}

constexpr int kBackupSteps = 3; // copy, check, move into place

Error backupCancelled()
{
    return Error::of(ErrorKind::Cancelled,
                     StorageText::tr("The backup was cancelled; nothing was written."));
}

} // namespace

Status copyVerified(Database& db, const QString& file, const ProgressCallback& progress)
{
    if (!reportProgress(progress, 0, kBackupSteps))
        return backupCancelled();
    const QFileInfo target(file);
    if (!QDir().mkpath(target.absolutePath())) {
        return Error::of(
            ErrorKind::Io,
            StorageText::tr("Cannot create the folder %1.").arg(target.absolutePath()));
    }
    // Written beside the target under a temporary name, then moved over it in one step. The
    // name is claimed exclusively: two backups of one file can start in the same millisecond
    // (the app's backup on open in its thread, an import's in another), pick the same time
    // stamp, and with one shared temporary name each removed the other's half-written copy.
    // VACUUM INTO accepts the empty file the claim leaves.
    QTemporaryFile claimed(target.absoluteFilePath() + QStringLiteral(".XXXXXX.partial"));
    if (!claimed.open()) {
        return Error::of(
            ErrorKind::Io,
            StorageText::tr("Cannot write the backup %1: %2").arg(file, claimed.errorString()));
    }
    const QString temporary = claimed.fileName();
    claimed.close();
    if (Status copied = db.dialect().copyTo(db, temporary); !copied) {
        QFile::remove(temporary);
        Error error = copied.error();
        error.message = StorageText::tr("Cannot write the backup %1: %2").arg(file, error.message);
        return error;
    }
    syncToDisk(temporary);
    if (!reportProgress(progress, 1, kBackupSteps)) {
        QFile::remove(temporary);
        return backupCancelled();
    }
    return installVerified(temporary, target.absoluteFilePath(), progress);
}

Status installVerified(const QString& written, const QString& file,
                       const ProgressCallback& progress)
{
    if (Status sound = verify(written); !sound) {
        QFile::remove(written);
        return sound;
    }
    // The last chance to cancel: once moved, the copy is the backup.
    if (!reportProgress(progress, 2, kBackupSteps)) {
        QFile::remove(written);
        return backupCancelled();
    }
    std::error_code failure;
    std::filesystem::rename(QFile::encodeName(written).toStdString(),
                            QFile::encodeName(file).toStdString(), failure);
    if (failure) {
        QFile::remove(written);
        return Error::of(ErrorKind::Io, StorageText::tr("Cannot write the backup %1: %2")
                                            .arg(file, QString::fromStdString(failure.message())));
    }
    return {};
}

QString folderFor(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QStringList backupsOf(const QString& databasePath)
{
    const QDir folder(folderFor(databasePath));
    const QString prefix = prefixFor(databasePath);
    QStringList found;
    const QStringList names = folder.entryList(QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString& name : names) {
        if (isBackupName(name, prefix))
            found << folder.filePath(name);
    }
    return found; // the time stamp sorts as text: newest first
}

QString latestBackup(const QString& databasePath)
{
    const QStringList all = backupsOf(databasePath);
    return all.isEmpty() ? QString() : all.first();
}

Result<QString> rollingBackup(Database& db, int keep)
{
    const QDir folder(folderFor(db.path()));
    const QString prefix = prefixFor(db.path());
    // Real time, not the test clock: these are files on disk, ordered by when they were taken.
    QDateTime stamp = QDateTime::currentDateTimeUtc();
    QString file;
    do {
        file = folder.filePath(prefix + stamp.toString(kStampFormat) + suffix());
        stamp = stamp.addMSecs(1);
    } while (QFileInfo::exists(file));

    if (Status copied = copyVerified(db, file); !copied)
        return copied.error();
    const QStringList all = backupsOf(db.path());
    for (qsizetype i = std::max(keep, 1); i < all.size(); ++i)
        QFile::remove(all.at(i));
    return file;
}

} // namespace tollgate::Backup
