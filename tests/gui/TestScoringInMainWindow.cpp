// Scoring a project in the main window: the twelve criteria through the embedded scored form,
// and the table row, the detail's banner and undo follow the SPEC §4 verdict.

#include "FormDriver.h"
#include "GuiTestSupport.h"
#include "commands/EditFeedback.h"
#include "mainwindow/MainWindow.h"
#include "models/ProjectTableModel.h"
#include "projects/ProjectDetail.h"
#include "projects/ProjectsPage.h"
#include "scorecard/ScorecardPage.h"
#include "session/Session.h"

#include <QCheckBox>
#include <QLabel>
#include <QTabWidget>
#include <QUndoGroup>

using namespace tollgate;

class TestScoringInMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString verdictIn(const ProjectsPage* page, qint64 id)
    {
        const int row = page->tableModel()->rowOfId(id);
        return page->tableModel()
            ->index(row, int(ProjectColumn::Verdict))
            .data(ProjectTableModel::VerdictKeyRole)
            .toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::useTemporarySettings(m_dir);
        EditFeedback::setErrorHandler([](const Error& e) { QFAIL(qPrintable(e.message)); });
    }

    void scoringAllTwelveCriteriaGivesTheSpecVerdict()
    {
        MainWindow window;
        QVERIFY(window
                    .openDatabase(m_dir.filePath(QStringLiteral("score.tollgate")),
                                  OpenMode::CreateIfMissing)
                    .ok());
        window.show();
        const Result<qint64> id = window.session()->portfolio().createProject(
            test::project(QStringLiteral("触联科技 TactiLink"), QStringLiteral("sensors")),
            QStringLiteral("t"));
        QVERIFY(id.ok());
        window.session()->notifyProjectChanged(*id);
        ProjectsPage* page = window.projectsPage();
        page->selectProject(*id);
        QCOMPARE(verdictIn(page, *id), QStringLiteral("incomplete"));

        QTabWidget* tabs = page->detail()->tabs();
        ScorecardPage* scorecard = page->detail()->scorecardPage();
        QVERIFY(scorecard);
        tabs->setCurrentIndex(1);
        QVERIFY(tabs->widget(1)->isAncestorOf(scorecard));
        QCOMPARE(scorecard->projectId(), *id);

        // The SPEC §8 example: M 66.67, C 40 → cost gap.
        test::scoreAll(scorecard->form(), test::specExampleScores());
        QCOMPARE(verdictIn(page, *id), QStringLiteral("cost-gap"));
        const int row = page->tableModel()->rowOfId(*id);
        QCOMPARE(page->tableModel()->index(row, int(ProjectColumn::Market)).data().toString(),
                 QStringLiteral("66.7"));
        QCOMPARE(page->tableModel()->index(row, int(ProjectColumn::Cost)).data().toString(),
                 QStringLiteral("40.0"));
        QCOMPARE(page->findChild<QLabel*>(QStringLiteral("verdictBanner"))->text(),
                 QStringLiteral("Cost gap"));
        const auto stored = window.session()->portfolio().projectSummaries();
        QCOMPARE(stored->first().verdict, Verdict::CostGap);

        // A knock-out at 0 (C3) declines it; undo brings the cost gap back.
        test::clickScore(scorecard->form(), QStringLiteral("C3"), 0);
        QCOMPARE(verdictIn(page, *id), QStringLiteral("decline"));
        window.undoGroup()->undo();
        QCOMPARE(verdictIn(page, *id), QStringLiteral("cost-gap"));
        QCOMPARE(window.session()->portfolio().projectSummaries()->first().verdict,
                 Verdict::CostGap);

        // The dominant-incumbent tick on the project's fields adds a red flag in the table.
        tabs->setCurrentIndex(0);
        const int flags =
            page->tableModel()->index(row, int(ProjectColumn::RedFlags)).data().toInt();
        page->detail()->findChild<QCheckBox*>(QStringLiteral("dominantCheck"))->click();
        QCOMPARE(page->tableModel()
                     ->index(page->tableModel()->rowOfId(*id), int(ProjectColumn::RedFlags))
                     .data()
                     .toInt(),
                 flags + 1);
        QVERIFY(window.session()->portfolio().project(*id)->dominantIncumbent);
    }
};

QTEST_MAIN(TestScoringInMainWindow)
#include "TestScoringInMainWindow.moc"
