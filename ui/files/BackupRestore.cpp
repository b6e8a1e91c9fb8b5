#include "files/BackupRestore.h"

#include "models/DateText.h"
#include "storage/Portfolio.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QStringListModel>
#include <QThread>
#include <QVBoxLayout>

namespace tollgate
{

namespace
{
// The translation context of this file's messages ("BackupRestore" in the .ts files): a class, so
// lupdate files the strings under the same context the program looks them up in.
class BackupRestoreText
{
    Q_DECLARE_TR_FUNCTIONS(BackupRestore)
};
} // namespace

Status BackupRestore::replaceWithBackup(const QString& database, const QString& backup)
{
    if (!QFileInfo::exists(backup))
        return Error::of(ErrorKind::NotFound,
                         BackupRestoreText::tr("The backup %1 no longer exists.").arg(backup));
    const QString kept = database + QStringLiteral(".before-restore");
    QFile::remove(kept);
    if (QFileInfo::exists(database) && !QFile::rename(database, kept))
        return Error::of(
            ErrorKind::Io,
            BackupRestoreText::tr("Cannot move %1 aside; nothing was changed.").arg(database));
    // A rollback journal left by the replaced file must not be applied to the backup.
    QFile::remove(database + QStringLiteral("-journal"));
    if (!QFile::copy(backup, database)) {
        QFile::rename(kept, database);
        return Error::of(ErrorKind::Io,
                         BackupRestoreText::tr("Cannot copy the backup to %1; nothing was changed.")
                             .arg(database));
    }
    QFile(database).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
    return {};
}

QString BackupRestore::describe(const QString& backup)
{
    const QFileInfo info(backup);
    const QLocale locale;
    return QStringLiteral("%1 · %2 · %3")
        .arg(displayDateTime(info.lastModified()), locale.formattedDataSize(info.size()),
             info.fileName());
}

RestoreDialog::RestoreDialog(const QString& database, QWidget* parent)
    : QDialog(parent), m_files(Portfolio::backupsOf(database)), m_model(new QStringListModel(this)),
      m_list(new QListView)
{
    setWindowTitle(tr("Restore from backup"));
    QStringList labels;
    for (const QString& file : std::as_const(m_files))
        labels.append(BackupRestore::describe(file));
    m_model->setStringList(labels);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setAccessibleName(tr("Backups"));
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    if (!m_files.isEmpty())
        m_list->setCurrentIndex(m_model->index(0));

    auto* intro = new QLabel(
        m_files.isEmpty()
            ? tr("There are no backups of this database yet. Tollgate takes one each time it "
                 "opens the database.")
            : tr("Choose the backup to go back to. The database as it is now is kept beside it "
                 "as “.before-restore”."));
    intro->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Restore"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_files.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListView::doubleClicked, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 360);
}

QString RestoreDialog::selectedBackup() const
{
    const int row = m_list->currentIndex().row();
    return row >= 0 && row < m_files.size() ? m_files.at(row) : QString();
}

RollingBackupJob::~RollingBackupJob()
{
    wait();
}

void RollingBackupJob::start(const QString& database)
{
    wait();
    m_thread = QThread::create([database] {
        auto portfolio = Portfolio::open(database, OpenMode::ExistingOnly);
        if (portfolio)
            (void)(*portfolio)->makeRollingBackup();
    });
    m_thread->start(QThread::LowPriority);
}

void RollingBackupJob::wait()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

} // namespace tollgate
