// The main window in Simplified Chinese (zh_CN) on the bundled sample portfolio: menus, tabs and
// table headers are Chinese, and no visible text on the main screens (projects, project
// details, scorecard, aggregate, history, dashboard, meetings) or in the settings, welcome, new
// project and restore dialogs is left in English. Codes (M1,
// TAM, CSV), numbers and the product name "Tollgate" may stay as they are.

#include "ChineseSampleWindow.h"
#include "ChineseTextChecks.h"
#include "GuiTestSupport.h"
#include "core/Translations.h"
#include "files/BackupRestore.h"
#include "files/SampleDatabase.h"
#include "mainwindow/MainWindow.h"
#include "models/ProjectTableModel.h"
#include "projects/NewProjectDialog.h"
#include "projects/ProjectDetail.h"
#include "projects/ProjectsPage.h"
#include "scorecard/ScorecardPage.h"
#include "session/Session.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "welcome/WelcomeDialog.h"

#include <QHeaderView>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>

using namespace tollgate;
using namespace tollgate::test;

class TestChineseMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;

    ProjectsPage* page() const { return m_window->projectsPage(); }

    void verifyNoEnglish(const QString& screen)
    {
        QApplication::processEvents();
        const QStringList english = englishTexts(m_window.get());
        QVERIFY2(english.isEmpty(), qUtf8Printable(screen + QStringLiteral(" shows English:\n") +
                                                   english.join(QLatin1Char('\n'))));
        QString file = screen.toLower();
        file.replace(QRegularExpression(QStringLiteral("[ ,/]+")), QStringLiteral("-"));
        QVERIFY(saveScreenshotIfAsked(m_window.get(), file));
    }

private slots:
    void initTestCase() { test::openSampleInChinese(m_dir, m_path, m_window); }

    void cleanupTestCase() { test::closeChineseWindow(m_window); }

    void menusAreChinese()
    {
        const QList<QAction*> menus = m_window->menuBar()->actions();
        QVERIFY(menus.size() >= 4);
        QCOMPARE(menus.constFirst()->text(), QStringLiteral("文件(&F)"));
        QStringList english;
        std::function<void(const QList<QAction*>&)> walk = [&](const QList<QAction*>& actions) {
            for (QAction* action : actions) {
                if (action->isSeparator() || action->text().isEmpty())
                    continue;
                if (!hasChinese(action->text()))
                    english << action->text();
                if (action->menu())
                    walk(action->menu()->actions());
            }
        };
        walk(menus);
        english.removeDuplicates();
        // Recent files are paths; everything else is a command in Chinese.
        english.erase(std::remove_if(english.begin(), english.end(),
                                     [](const QString& t) { return t.contains(u'/'); }),
                      english.end());
        QVERIFY2(english.isEmpty(), qUtf8Printable(english.join(QLatin1Char('\n'))));
    }

    void tabsAndHeadersAreChinese()
    {
        QTabWidget* tabs = m_window->tabs();
        QVERIFY2(tabs->tabText(0).startsWith(QStringLiteral("项目")),
                 qUtf8Printable(tabs->tabText(0)));
        for (int i = 0; i < tabs->count(); ++i)
            QVERIFY2(hasChinese(tabs->tabText(i)), qUtf8Printable(tabs->tabText(i)));
        QAbstractItemModel* model = page()->table()->model();
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("名称"));
        for (int c = 0; c < model->columnCount(); ++c) {
            const QString header = model->headerData(c, Qt::Horizontal).toString();
            QVERIFY2(hasChinese(header) || header.size() == 1, qUtf8Printable(header));
        }
    }

    void projectsScreenHasNoEnglish()
    {
        m_window->tabs()->setCurrentIndex(0);
        page()->selectProject(page()->tableModel()->idAt(0));
        QTabWidget* detailTabs = page()->detail()->tabs();
        for (int i = 0; i < detailTabs->count(); ++i) {
            detailTabs->setCurrentIndex(i);
            verifyNoEnglish(QStringLiteral("Projects, detail tab %1").arg(detailTabs->tabText(i)));
        }
        detailTabs->setCurrentIndex(0);
    }

    void scorecardScreensHaveNoEnglish()
    {
        m_window->tabs()->setCurrentIndex(0);
        page()->selectProject(page()->tableModel()->idAt(0));
        QTabWidget* detailTabs = page()->detail()->tabs();
        detailTabs->setCurrentWidget(page()->detail()->scorecardPage());
        QTabWidget* inner = page()->detail()->scorecardPage()->tabs();
        for (int i = 0; i < inner->count(); ++i) {
            inner->setCurrentIndex(i);
            verifyNoEnglish(QStringLiteral("Scorecard tab %1").arg(inner->tabText(i)));
        }
        inner->setCurrentIndex(0);
        detailTabs->setCurrentIndex(0);
    }

    void otherTabsHaveNoEnglish()
    {
        QTabWidget* tabs = m_window->tabs();
        for (int i = 1; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(50); // the dashboard builds its charts once shown
            verifyNoEnglish(QStringLiteral("Tab %1").arg(tabs->tabText(i)));
        }
        tabs->setCurrentIndex(0);
    }

    void dialogsHaveNoEnglish()
    {
        SettingsDialog settings(m_window->session(), m_window.get());
        settings.show();
        QVERIFY(saveScreenshotIfAsked(&settings, QStringLiteral("settings")));
        QStringList english = englishTexts(&settings);
        // The language list names each language in itself.
        english.removeIf([](const QString& t) { return t.endsWith(QStringLiteral(": English")); });
        QVERIFY2(english.isEmpty(), qUtf8Printable(english.join(QLatin1Char('\n'))));
        settings.close();

        WelcomeDialog welcome(m_window.get());
        welcome.show();
        QVERIFY(saveScreenshotIfAsked(&welcome, QStringLiteral("welcome")));
        english = englishTexts(&welcome);
        QVERIFY2(english.isEmpty(), qUtf8Printable(english.join(QLatin1Char('\n'))));
        welcome.close();

        const auto segments = m_window->session()->portfolio().segments();
        QVERIFY(segments.ok());
        NewProjectDialog newProject(*segments, {QStringLiteral("陈思远")}, Project(),
                                    m_window.get());
        newProject.show();
        QVERIFY(saveScreenshotIfAsked(&newProject, QStringLiteral("new-project")));
        english = englishTexts(&newProject);
        QVERIFY2(english.isEmpty(), qUtf8Printable(english.join(QLatin1Char('\n'))));
        newProject.close();

        RestoreDialog restore(m_path, m_window.get());
        restore.show();
        QVERIFY(saveScreenshotIfAsked(&restore, QStringLiteral("restore")));
        english = englishTexts(&restore);
        QVERIFY2(english.isEmpty(), qUtf8Printable(english.join(QLatin1Char('\n'))));
        restore.close();
    }

    void scorecardDateIsNotUsShortDate()
    {
        // The caption of the scored form dates the screening: ISO or the long Chinese date.
        m_window->tabs()->setCurrentIndex(0);
        page()->selectProject(page()->tableModel()->idAt(0));
        page()->detail()->tabs()->setCurrentWidget(page()->detail()->scorecardPage());
        QApplication::processEvents();
        static const QRegularExpression usShort(QStringLiteral("\\b\\d{1,2}/\\d{1,2}/\\d{2}\\b"));
        for (const QString& text : visibleTexts(m_window.get()))
            QVERIFY2(!usShort.match(text).hasMatch(), qUtf8Printable(text));
    }
};

QTEST_MAIN(TestChineseMainWindow)
#include "TestChineseMainWindow.moc"
