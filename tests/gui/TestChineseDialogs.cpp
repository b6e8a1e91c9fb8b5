// The rest of the app in Simplified Chinese (zh_CN) on the bundled sample portfolio, beyond the
// main screens of TestChineseMainWindow: compare, the memo preview and its document, the
// meetings tab with its dialogs (meeting, stage changes, minutes), present mode on every agenda
// item, the import dialog's report, the export file dialog, blind scoring, the About box, and
// every menu and context menu. No English may be left; codes (M1, TAM, CSV), numbers and the
// name "Tollgate" may stay. With TOLLGATE_SCREENSHOT_DIR set (under Xvfb) each screen it checks
// is also saved there as a PNG, to be looked at.

#include "ChineseSampleWindow.h"
#include "ChineseTextChecks.h"
#include "GuiTestSupport.h"
#include "charts/MemoChartRenderer.h"
#include "compare/CompareDialog.h"
#include "core/Translations.h"
#include "files/BackgroundTask.h"
#include "files/ImportDialog.h"
#include "files/SampleDatabase.h"
#include "mainwindow/MainWindow.h"
#include "meetings/AgendaModel.h"
#include "meetings/AgendaTable.h"
#include "meetings/MeetingDialog.h"
#include "meetings/MeetingListModel.h"
#include "meetings/MeetingRecorder.h"
#include "meetings/MeetingsPage.h"
#include "meetings/MinutesDialog.h"
#include "meetings/PresentWindow.h"
#include "meetings/StageChangeDialog.h"
#include "models/HistoryModel.h"
#include "models/ProjectTableModel.h"
#include "projects/ProjectDetail.h"
#include "projects/ProjectsPage.h"
#include "report/MeetingMinutes.h"
#include "report/MemoDocument.h"
#include "report/MemoPreviewDialog.h"
#include "scorecard/ScorecardPage.h"
#include "session/Session.h"
#include "settings/AppSettings.h"

#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>
#include <QScreen>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QThread>
#include <QToolBar>

using namespace tollgate;
using namespace tollgate::test;

namespace
{

// The English texts of an action list and its submenus (text and tooltip), each with its menu.
QStringList englishActions(const QString& where, const QList<QAction*>& actions)
{
    QStringList english;
    for (QAction* action : actions) {
        if (action->isSeparator())
            continue;
        const QString text = plain(action->text());
        // Recent files are paths: they read as they are named.
        if (isEnglish(text) && !text.contains(u'/') && !text.endsWith(QLatin1String(".tollgate")))
            english << where + QStringLiteral(": ") + text;
        if (action->menu())
            english << englishActions(where + QStringLiteral(" > ") + text,
                                      action->menu()->actions());
    }
    return english;
}

// The lines of a document that are English phrases.
QStringList englishLines(const QString& text)
{
    QStringList english;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (isEnglish(line))
            english << line;
    }
    return english;
}

} // namespace

class TestChineseDialogs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;

    ProjectsPage* page() const { return m_window->projectsPage(); }
    MeetingsPage* meetings() const { return m_window->meetingsPage(); }

    void shoot(QWidget* widget, const QString& name)
    {
        QVERIFY(saveScreenshotIfAsked(widget, name));
    }

    void verifyNoEnglish(QWidget* root, const QString& screen)
    {
        QApplication::processEvents();
        const QStringList english = englishTexts(root);
        QVERIFY2(english.isEmpty(), qUtf8Printable(screen + QStringLiteral(" shows English:\n") +
                                                   english.join(QLatin1Char('\n'))));
    }

    int meetingRow(MeetingStatus status) const
    {
        for (int row = 0; row < meetings()->meetingModel()->rowCount(); ++row) {
            if (meetings()->meetingModel()->meetingAt(row).status == status)
                return row;
        }
        return -1;
    }

private slots:
    void initTestCase() { openSampleInChinese(m_dir, m_path, m_window); }

    void cleanupTestCase() { closeChineseWindow(m_window); }

    void everyMenuAndContextMenuIsChinese()
    {
        QStringList english =
            englishActions(QStringLiteral("menu bar"), m_window->menuBar()->actions());
        // The context menus: the project table's actions, each chart's export menu.
        english << englishActions(QStringLiteral("project table"), page()->table()->actions());
        for (QMenu* menu : m_window->findChildren<QMenu*>())
            english << englishActions(QStringLiteral("menu ") + plain(menu->title()),
                                      menu->actions());
        english.removeDuplicates();
        QVERIFY2(english.isEmpty(), qUtf8Printable(english.join(QLatin1Char('\n'))));
    }

    void compareIsChinese()
    {
        m_window->tabs()->setCurrentIndex(0);
        QList<qint64> ids;
        for (int row = 0; row < 4; ++row)
            ids << page()->tableModel()->idAt(row);
        CompareDialog compare(m_window->session(), ids, m_window.get());
        compare.resize(1366 * 9 / 10, 768 * 9 / 10);
        compare.show();
        QVERIFY(QTest::qWaitForWindowExposed(&compare));
        verifyNoEnglish(&compare, QStringLiteral("Compare"));
        shoot(&compare, QStringLiteral("compare"));
        // The printed comparison too, to be looked at page by page.
        const QString shots = qEnvironmentVariable("TOLLGATE_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(compare.exportPdf(shots + QStringLiteral("/compare-zh_CN.pdf")).ok());
    }

    void memoPreviewAndItsDocumentAreChinese()
    {
        const qint64 id = page()->tableModel()->idAt(0);
        const Result<MemoData> data =
            gatherMemoData(m_window->session()->portfolio(), id, 2026, QStringLiteral("陈思远"));
        QVERIFY(data.ok());
        MemoOptions options;
        options.chinese = true;
        options.fundName = QStringLiteral("示例半导体基金");
        const MemoChartImages charts = MemoChartRenderer::render(*data, true, 96);
        const std::unique_ptr<QTextDocument> document = MemoDocument::build(*data, charts, options);
        const QStringList english = englishLines(document->toPlainText());
        QVERIFY2(english.isEmpty(), qUtf8Printable(english.join(QLatin1Char('\n'))));

        MemoPreviewDialog preview(*data, charts, options, m_window.get());
        preview.resize(1366 * 9 / 10, 768 * 9 / 10);
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        QVERIFY(hasChinese(preview.windowTitle()));
        QStringList toolbar;
        for (QToolBar* bar : preview.findChildren<QToolBar*>())
            toolbar << englishActions(QStringLiteral("preview toolbar"), bar->actions());
        QVERIFY2(toolbar.isEmpty(), qUtf8Printable(toolbar.join(QLatin1Char('\n'))));
        shoot(&preview, QStringLiteral("memo-preview"));
    }

    void meetingsTabAndItsDialogsAreChinese()
    {
        m_window->tabs()->setCurrentWidget(meetings());
        for (const MeetingStatus status : {MeetingStatus::Closed, MeetingStatus::Planned}) {
            const int row = meetingRow(status);
            QVERIFY(row >= 0);
            meetings()->meetingTable()->selectRow(row);
            meetings()->agendaTable()->setCurrentIndex(meetings()->agendaModel()->index(0, 1));
            verifyNoEnglish(m_window.get(), QStringLiteral("Meetings, a %1 meeting")
                                                .arg(row == meetingRow(MeetingStatus::Closed)
                                                         ? QStringLiteral("closed")
                                                         : QStringLiteral("planned")));
        }
        shoot(m_window.get(), QStringLiteral("meetings"));

        MeetingDialog create(m_window.get());
        create.show();
        verifyNoEnglish(&create, QStringLiteral("New meeting"));
        MeetingDialog edit(m_window.get());
        edit.setDetails(QStringLiteral("十一月投决会"), QDate(2026, 11, 20),
                        {QStringLiteral("林晓"), QStringLiteral("陈思远")});
        edit.show();
        verifyNoEnglish(&edit, QStringLiteral("Edit meeting"));
        shoot(&edit, QStringLiteral("meeting-dialog"));

        const QList<StageChange> changes{
            {page()->tableModel()->idAt(0), QStringLiteral("明察检测 ClearScan"), Stage::Screening,
             Stage::Diligence},
            {page()->tableModel()->idAt(1), QStringLiteral("晶抛科技 PolishPro"), Stage::Diligence,
             Stage::Passed}};
        StageChangeDialog stages(changes, m_window.get());
        stages.show();
        verifyNoEnglish(&stages, QStringLiteral("Stage changes"));
        QStringList checklist;
        for (int row = 0; row < stages.model()->rowCount(); ++row) {
            const QString item = stages.model()->index(row, 0).data().toString();
            QVERIFY2(hasChinese(item.section(QStringLiteral("ClearScan"), 1)) ||
                         hasChinese(item.section(QStringLiteral("PolishPro"), 1)),
                     qUtf8Printable(item)); // the stages after the name are Chinese too
            if (isEnglish(item))
                checklist << item;
        }
        QVERIFY2(checklist.isEmpty(), qUtf8Printable(checklist.join(QLatin1Char('\n'))));
        shoot(&stages, QStringLiteral("stage-changes"));

        const int closed = meetingRow(MeetingStatus::Closed);
        const Result<MeetingMinutes> minutes = minutesOf(
            m_window->session()->portfolio(), meetings()->meetingModel()->meetingAt(closed).id);
        QVERIFY(minutes.ok());
        MinutesDialog minutesDialog(*minutes, m_window.get());
        minutesDialog.show();
        verifyNoEnglish(&minutesDialog, QStringLiteral("Minutes"));
        // Names are listed with the enumeration comma, as Chinese writes them.
        QVERIFY(minutes->attendees.size() >= 2);
        QVERIFY2(minutesText(*minutes).contains(minutes->attendees.at(0) + QStringLiteral("、") +
                                                minutes->attendees.at(1)),
                 qUtf8Printable(minutesText(*minutes)));
        const QStringList english = englishLines(minutesText(*minutes));
        QVERIFY2(english.isEmpty(), qUtf8Printable(english.join(QLatin1Char('\n'))));
    }

    void presentModeIsChineseOnEveryItem()
    {
        m_window->tabs()->setCurrentWidget(meetings());
        meetings()->meetingTable()->selectRow(meetingRow(MeetingStatus::Planned));
        PresentWindow* present = meetings()->present();
        QVERIFY(present);
        QVERIFY(QTest::qWaitForWindowExposed(present));
        const int items = int(meetings()->recorder()->meeting().agenda.size());
        QVERIFY(items >= 4);
        // The whole slide with its record fits the screen, down to a 1366×768 projector:
        // nothing is cut off at the bottom.
        const QSize screen = present->screen()->geometry().size();
        const QSize least = present->minimumSizeHint();
        QVERIFY2(least.height() <= std::max(768, screen.height()) &&
                     present->height() <= screen.height(),
                 qPrintable(QStringLiteral("at least %1 px tall, %2 px shown, on a %3 px screen")
                                .arg(least.height())
                                .arg(present->height())
                                .arg(screen.height())));
        for (int item = 0; item < items; ++item) {
            present->goTo(item);
            verifyNoEnglish(present, QStringLiteral("Present mode, item %1").arg(item + 1));
        }
        present->goTo(0);
        shoot(present, QStringLiteral("present-mode"));
        present->close();
    }

    void importReportIsChinese()
    {
        const QString csv = m_dir.filePath(QStringLiteral("bad.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,segment,lead_analyst,stage\n"
                   "好项目,sensors,林晓,sourcing\n"
                   ",sensors,林晓,sourcing\n"
                   "坏赛道,no-such-segment,林晓,sourcing\n");
        file.close();
        ImportDialog dialog(m_window->session(), csv, m_window.get());
        dialog.show();
        QVERIFY(!dialog.check()); // the dry run the main window starts when the dialog opens
        QCOMPARE(dialog.messages().size(), 2);
        verifyNoEnglish(&dialog, QStringLiteral("Import"));
        QStringList english;
        for (const QString& line : dialog.messages()) {
            if (isEnglish(line))
                english << line;
        }
        QVERIFY2(english.isEmpty(), qUtf8Printable(english.join(QLatin1Char('\n'))));
        shoot(&dialog, QStringLiteral("import"));
    }

    void importProgressIsChinese()
    {
        // The progress dialog of a long import, as the import dialog starts it.
        QStringList english{QStringLiteral("the progress dialog did not show")};
        QString label;
        QTimer::singleShot(400, [&] {
            for (QWidget* w : QApplication::topLevelWidgets()) {
                auto* dialog = qobject_cast<QProgressDialog*>(w);
                if (!dialog || !dialog->isVisible())
                    continue;
                english = englishTexts(dialog);
                label = dialog->labelText();
                shoot(dialog, QStringLiteral("import-progress"));
            }
        });
        BackgroundTask::runWithProgress(
            m_window.get(), ImportDialog::tr("Importing %1…").arg(QStringLiteral("pipeline.csv")),
            [](TaskProgress& progress) {
                for (int i = 0; i <= 40 && !progress.stopRequested(); ++i) {
                    progress.report(i, 40);
                    QThread::msleep(40);
                }
            });
        QVERIFY2(english.isEmpty(), qUtf8Printable(english.join(QLatin1Char('\n'))));
        QVERIFY2(hasChinese(label), qUtf8Printable(label));
    }

    void exportFileDialogIsChinese()
    {
        QAction* exportAction = nullptr;
        for (QMenu* menu : m_window->menuBar()->findChildren<QMenu*>()) {
            for (QAction* action : menu->actions()) {
                if (action->text().startsWith(QStringLiteral("导出")))
                    exportAction = action;
            }
        }
        QVERIFY(exportAction);
        QStringList english{QStringLiteral("the file dialog did not open")};
        QStringList filters;
        answerNextDialog<QFileDialog>([&](QFileDialog* dialog) {
            english = englishTexts(dialog);
            filters = dialog->nameFilters();
            dialog->reject();
        });
        exportAction->trigger();
        QVERIFY2(english.isEmpty(), qUtf8Printable(english.join(QLatin1Char('\n'))));
        QVERIFY(!filters.isEmpty());
        for (const QString& filter : filters)
            QVERIFY2(hasChinese(filter), qUtf8Printable(filter));
    }

    void blindScoringIsChinese()
    {
        QVERIFY(
            m_window->session()->portfolio().setBlindScoring(true, QStringLiteral("陈思远")).ok());
        m_window->session()->notifyProjectsReset();
        m_window->tabs()->setCurrentIndex(0);
        page()->selectProject(page()->tableModel()->idAt(0));
        page()->detail()->tabs()->setCurrentWidget(page()->detail()->scorecardPage());
        QTabWidget* inner = page()->detail()->scorecardPage()->tabs();
        for (int i = 0; i < inner->count(); ++i) {
            inner->setCurrentIndex(i);
            verifyNoEnglish(m_window.get(),
                            QStringLiteral("Blind scoring, scorecard tab %1").arg(i + 1));
        }
        inner->setCurrentIndex(0);
        QVERIFY(
            m_window->session()->portfolio().setBlindScoring(false, QStringLiteral("陈思远")).ok());
        m_window->session()->notifyProjectsReset();
    }

    void historyIsChinese()
    {
        // A project edited, scored and put on an agenda: the log names every field, event and
        // value by its Chinese name, not by the keys it stores ("stage", "imported", "true").
        Portfolio& portfolio = m_window->session()->portfolio();
        const qint64 id = page()->tableModel()->idAt(0);
        Project project = *portfolio.project(id);
        project.stage = project.stage == Stage::Committee ? Stage::Diligence : Stage::Committee;
        project.dominantIncumbent = !project.dominantIncumbent;
        project.valuationCny = project.valuationCny.value_or(0) + 1000000;
        QVERIFY(portfolio.updateProject(project, QStringLiteral("陈思远")).ok());
        const Result<QList<AuditEntry>> history = portfolio.history(id);
        QVERIFY(history.ok());
        HistoryModel model;
        model.setEntries(*history);
        QVERIFY(model.rowCount() >= 4);
        QStringList english;
        for (int row = 0; row < model.rowCount(); ++row) {
            for (const int column :
                 {HistoryModel::Field, HistoryModel::OldValue, HistoryModel::NewValue}) {
                const QString text = model.index(row, column).data().toString();
                if (isEnglish(text))
                    english << QStringLiteral("row %1: %2").arg(row).arg(text);
            }
        }
        english.removeDuplicates();
        QVERIFY2(english.isEmpty(), qUtf8Printable(english.join(QLatin1Char('\n'))));
        page()->selectProject(id);
        page()->detail()->tabs()->setCurrentIndex(page()->detail()->tabs()->count() - 1);
        shoot(m_window.get(), QStringLiteral("history"));
    }

    void aboutIsChinese()
    {
        QAction* about = m_window->menuBar()->actions().constLast()->menu()->actions().constLast();
        QStringList english{QStringLiteral("the About box did not open")};
        QString title;
        answerNextDialog<QMessageBox>([&](QMessageBox* box) {
            english = englishTexts(box);
            title = box->windowTitle();
            box->accept();
        });
        about->trigger();
        QVERIFY2(english.isEmpty(), qUtf8Printable(english.join(QLatin1Char('\n'))));
        QVERIFY2(hasChinese(title), qUtf8Printable(title));
    }
};

QTEST_MAIN(TestChineseDialogs)
#include "TestChineseDialogs.moc"
