#pragma once

#include "core/Result.h"

#include <QDialog>
#include <QString>

class QListView;
class QStringListModel;
class QThread;

namespace tollgate
{

// Putting a rolling backup (Portfolio::backupsOf) in place of a database file. The database
// must be closed. The replaced file is kept beside it as "<file>.before-restore", so a restore
// never loses anything.
namespace BackupRestore
{
Status replaceWithBackup(const QString& database, const QString& backup);
// "2026-11-23 09:30 · 2.4 MB" for a backup file, in the user's locale.
QString describe(const QString& backup);
} // namespace BackupRestore

// File ▸ Restore from backup: the rolling backups of the open database, newest first.
class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    RestoreDialog(const QString& database, QWidget* parent = nullptr);
    QString selectedBackup() const;
    bool hasBackups() const { return !m_files.isEmpty(); }

private:
    QStringList m_files;
    QStringListModel* m_model;
    QListView* m_list;
};

// Takes a rolling backup of a database on a connection and thread of its own, so opening a
// large database does not wait for the copy. Waits for the copy to end when destroyed.
class RollingBackupJob
{
public:
    RollingBackupJob() = default;
    ~RollingBackupJob();
    RollingBackupJob(const RollingBackupJob&) = delete;
    RollingBackupJob& operator=(const RollingBackupJob&) = delete;

    void start(const QString& database);
    void wait();

private:
    QThread* m_thread = nullptr;
};

} // namespace tollgate
