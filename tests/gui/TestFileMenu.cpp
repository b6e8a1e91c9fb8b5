// The File menu of issue 3 as an analyst uses it: every command is there, Open recent lists
// the databases used, newest first, and opens the one chosen, and Back up writes a copy that
// opens as the same portfolio.

#include "GuiTestSupport.h"
#include "files/FileCommands.h"
#include "mainwindow/MainWindow.h"
#include "session/Session.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>

using namespace tollgate;

namespace
{

QString plain(QString text)
{
    return text.remove(QLatin1Char('&')).remove(QStringLiteral("…")).trimmed();
}

QMenu* fileMenu(MainWindow& window)
{
    for (QAction* action : window.menuBar()->actions()) {
        if (plain(action->text()) == QLatin1String("File"))
            return action->menu();
    }
    return nullptr;
}

QMenu* recentMenu(MainWindow& window)
{
    for (QAction* action : fileMenu(window)->actions()) {
        if (action->menu() && plain(action->text()) == QLatin1String("Open recent"))
            return action->menu();
    }
    return nullptr;
}

} // namespace

class TestFileMenu : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString makeDatabase(const QString& name, int projects)
    {
        const QString path = m_dir.filePath(name);
        auto p = Portfolio::open(path, OpenMode::CreateIfMissing);
        if (!p)
            qFatal("cannot create %s", qPrintable(path));
        for (int i = 0; i < projects; ++i)
            (*p)->createProject(
                test::project(QStringLiteral("项目 %1").arg(i), QStringLiteral("sensors")),
                QStringLiteral("t"));
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::useTemporarySettings(m_dir);
    }

    void everyCommandIsThere()
    {
        MainWindow window;
        QMenu* file = fileMenu(window);
        QVERIFY(file);
        QStringList texts;
        for (QAction* action : file->actions())
            texts << plain(action->text());
        for (const char* command : {"New database", "Open", "Open recent", "Back up",
                                    "Import CSV/JSON", "Export CSV/JSON/Excel", "Quit"})
            QVERIFY2(texts.contains(QLatin1String(command)), command);
    }

    void openRecentListsNewestFirstAndOpensTheChosenOne()
    {
        const QString first = makeDatabase(QStringLiteral("first.tollgate"), 1);
        const QString second = makeDatabase(QStringLiteral("second.tollgate"), 2);
        MainWindow window;
        QVERIFY(window.openDatabase(first, OpenMode::ExistingOnly).ok());
        QVERIFY(window.openDatabase(second, OpenMode::ExistingOnly).ok());
        QVERIFY(window.windowTitle().contains(QStringLiteral("second")));

        QMenu* recent = recentMenu(window);
        QVERIFY(recent);
        emit recent->aboutToShow(); // the menu is filled as it opens
        const QList<QAction*> items = recent->actions();
        QVERIFY(items.size() >= 2);
        QCOMPARE(items.at(0)->text(), QStringLiteral("second.tollgate"));
        QCOMPARE(items.at(1)->text(), QStringLiteral("first.tollgate"));
        QCOMPARE(items.at(1)->toolTip(), QFileInfo(first).absoluteFilePath());

        items.at(1)->trigger();
        QCOMPARE(QFileInfo(window.session()->portfolio().path()).fileName(),
                 QStringLiteral("first.tollgate"));
        QVERIFY(window.windowTitle().contains(QStringLiteral("first")));
        QCOMPARE(window.session()->portfolio().projectSummaries()->size(), 1);
    }

    void backUpWritesACopyThatOpensAsTheSamePortfolio()
    {
        const QString source = makeDatabase(QStringLiteral("live.tollgate"), 3);
        MainWindow window;
        QVERIFY(window.openDatabase(source, OpenMode::ExistingOnly).ok());
        const QString copy = m_dir.filePath(QStringLiteral("copy.tollgate"));
        QVERIFY(FileCommands::backup(&window, *window.session(), copy).ok());
        auto opened = Portfolio::open(copy, OpenMode::ExistingOnly);
        QVERIFY(opened.ok());
        QCOMPARE((*opened)->projectSummaries()->size(), 3);
        QVERIFY((*opened)->integrityCheck()->isEmpty());
        // The window still works on the original.
        QCOMPARE(QFileInfo(window.session()->portfolio().path()).canonicalFilePath(),
                 QFileInfo(source).canonicalFilePath());
    }
};

QTEST_MAIN(TestFileMenu)
#include "TestFileMenu.moc"
