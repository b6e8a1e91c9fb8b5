// The first start: no last database in the settings, so the welcome dialog asks, and the
// bundled sample portfolio opens from it.

#include "GuiTestSupport.h"
#include "core/Paths.h"
#include "mainwindow/MainWindow.h"
#include "models/ProjectTableModel.h"
#include "projects/ProjectsPage.h"
#include "session/Session.h"
#include "settings/AppSettings.h"
#include "welcome/WelcomeDialog.h"

#include <QCommandLinkButton>
#include <QFile>

using namespace tollgate;

class TestFirstRun : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::useTemporarySettings(m_dir);
        QFile::remove(Paths::sampleDatabase()); // test-mode data folder, never the user's
    }

    void cleanupTestCase() { QFile::remove(Paths::sampleDatabase()); }

    void cancellingTheWelcomeOpensNothing()
    {
        MainWindow window;
        test::answerNextDialog<WelcomeDialog>([](WelcomeDialog* d) { d->reject(); });
        QVERIFY(!window.openStartupDatabase());
        QVERIFY(!window.session());
    }

    void theWelcomeOpensTheSamplePortfolio()
    {
        MainWindow window;
        test::answerNextDialog<WelcomeDialog>([](WelcomeDialog* d) {
            d->findChild<QCommandLinkButton*>(QStringLiteral("sampleButton"))->click();
        });
        QVERIFY(window.openStartupDatabase());
        QVERIFY(window.session());
        QCOMPARE(window.session()->portfolio().path(), Paths::sampleDatabase());
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Tollgate — ")));
        const int projects = window.projectsPage()->tableModel()->rowCount();
        QVERIFY2(projects >= 30, qPrintable(QString::number(projects)));
        QCOMPARE(AppSettings::lastDatabase(), Paths::sampleDatabase());
    }

    void theNextStartOpensTheLastDatabaseWithoutAsking()
    {
        MainWindow window;
        bool asked = false;
        test::answerNextDialog<WelcomeDialog>([&](WelcomeDialog* d) {
            asked = true;
            d->reject();
        });
        QVERIFY(window.openStartupDatabase());
        QCOMPARE(window.session()->portfolio().path(), Paths::sampleDatabase());
        QTest::qWait(100); // the queued answer would have fired by now
        QVERIFY(!asked);
    }
};

QTEST_MAIN(TestFirstRun)
#include "TestFirstRun.moc"
