// Restoring a rolling backup from the File menu, and opening the latest backup when the
// database file is damaged. Nothing is lost: the replaced file stays beside the database.

#include "GuiTestSupport.h"
#include "files/BackupRestore.h"
#include "mainwindow/MainWindow.h"
#include "models/ProjectTableModel.h"
#include "projects/ProjectsPage.h"
#include "session/Session.h"

#include <QAction>
#include <QFile>
#include <QListView>
#include <QMenu>
#include <QMenuBar>

using namespace tollgate;

class TestBackupRestore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static int projectCount(const QString& path)
    {
        auto opened = Portfolio::open(path, OpenMode::ExistingOnly);
        return opened ? static_cast<int>((*opened)->projectSummaries()->size()) : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::useTemporarySettings(m_dir);
    }

    void restoresABackupAndKeepsTheReplacedFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("restore.tollgate"));
        {
            auto created = Portfolio::open(path, OpenMode::CreateIfMissing);
            QVERIFY(created.ok());
            QVERIFY((*created)
                        ->createProject(
                            test::project(QStringLiteral("甲 Alpha"), QStringLiteral("sensors")),
                            QStringLiteral("t"))
                        .ok());
        }
        MainWindow window;
        QVERIFY(window.openDatabase(path, OpenMode::ExistingOnly).ok()); // backs up "Alpha"
        window.show();
        // The backup is taken off the GUI thread: wait for it before "Beta" arrives.
        QTRY_VERIFY_WITH_TIMEOUT(!Portfolio::backupsOf(path).isEmpty(), 20000);
        const Result<qint64> beta = window.session()->portfolio().createProject(
            test::project(QStringLiteral("乙 Beta"), QStringLiteral("sensors")),
            QStringLiteral("t"));
        QVERIFY(beta.ok());
        window.session()->notifyProjectChanged(*beta);
        QCOMPARE(window.projectsPage()->tableModel()->rowCount(), 2);

        bool listed = false;
        test::answerNextDialog<RestoreDialog>([&](RestoreDialog* dialog) {
            listed = dialog->hasBackups() && !dialog->selectedBackup().isEmpty();
            dialog->accept();
        });
        QMetaObject::invokeMethod(&window, [&] {
            // File ▸ Restore from backup…
            for (QAction* menu : window.menuBar()->actions())
                for (QAction* a : menu->menu()->actions())
                    if (a->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Restore")))
                        a->trigger();
        });
        QTRY_VERIFY_WITH_TIMEOUT(listed, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(window.projectsPage()->tableModel()->rowCount(), 1, 20000);
        QCOMPARE(projectCount(path), 1);
        QCOMPARE(projectCount(path + QStringLiteral(".before-restore")), 2);
    }

    void aDamagedFileOffersItsLatestBackup()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.tollgate"));
        {
            auto created = Portfolio::open(path, OpenMode::CreateIfMissing);
            QVERIFY(created.ok());
            QVERIFY((*created)
                        ->createProject(
                            test::project(QStringLiteral("丙 Gamma"), QStringLiteral("materials")),
                            QStringLiteral("t"))
                        .ok());
        }
        {
            MainWindow window;
            QVERIFY(window.openDatabase(path, OpenMode::ExistingOnly).ok()); // takes a backup
        }
        QVERIFY(!Portfolio::backupsOf(path).isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(8192, 'x'));
        file.close();

        MainWindow window;
        test::answerNextMessageBox(QMessageBox::Open);
        QVERIFY(window.openInteractively(path, OpenMode::ExistingOnly));
        QCOMPARE(window.projectsPage()->tableModel()->rowCount(), 1);
        QCOMPARE(QFileInfo(path + QStringLiteral(".before-restore")).size(), qint64(8192));
    }
};

QTEST_MAIN(TestBackupRestore)
#include "TestBackupRestore.moc"
