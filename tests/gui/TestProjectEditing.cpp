// Editing projects through the real widgets of the main window on a temporary database:
// the new-project dialog, validation at the field, undo/redo, archive, delete, conflicts.

#include "GuiTestSupport.h"
#include "commands/EditFeedback.h"
#include "mainwindow/MainWindow.h"
#include "models/ProjectTableModel.h"
#include "projects/NewProjectDialog.h"
#include "projects/ProjectDetail.h"
#include "projects/ProjectFieldsForm.h"
#include "projects/ProjectsPage.h"
#include "session/Session.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QUndoGroup>

using namespace tollgate;

class TestProjectEditing : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    int m_run = 0;

    Portfolio& portfolio() { return m_window->session()->portfolio(); }
    ProjectsPage* page() { return m_window->projectsPage(); }
    ProjectFieldsForm* form() { return page()->detail()->fieldsForm(); }

    template <typename T>
    T* field(const QString& name)
    {
        T* widget = form()->findChild<T*>(name);
        if (!widget)
            qFatal("no field %s", qPrintable(name));
        return widget;
    }

    // Types into a line edit of the detail form as a person would, then presses Return.
    void type(const QString& fieldName, const QString& text)
    {
        auto* edit = field<QLineEdit>(fieldName);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        test::typeText(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    qint64 addProject(const QString& name)
    {
        const Result<qint64> id = portfolio().createProject(
            test::project(name, QStringLiteral("sensors")), QStringLiteral("tester"));
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        m_window->session()->notifyProjectChanged(*id);
        return *id;
    }

    QAction* action(const QString& text)
    {
        for (QAction* menu : m_window->menuBar()->actions())
            for (QAction* a : menu->menu()->actions())
                if (a->text().remove(QLatin1Char('&')).startsWith(text))
                    return a;
        qFatal("no action %s", qPrintable(text));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::useTemporarySettings(m_dir);
    }

    void init()
    {
        EditFeedback::setErrorHandler([](const Error& e) { QFAIL(qPrintable(e.message)); });
        m_window = std::make_unique<MainWindow>();
        const QString path = m_dir.filePath(QStringLiteral("edit%1.tollgate").arg(++m_run));
        const Status opened = m_window->openDatabase(path, OpenMode::CreateIfMissing);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        m_window->show();
    }

    void cleanup()
    {
        m_window.reset();
        EditFeedback::setConflictHandler({});
        EditFeedback::setErrorHandler({});
    }

    void createsAProjectThroughTheEditor()
    {
        bool answered = false;
        test::answerNextDialog<NewProjectDialog>([&](NewProjectDialog* dialog) {
            auto* name = dialog->form()->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
            test::typeText(name, QStringLiteral("触联科技 TactiLink"));
            auto* segment = dialog->form()->findChild<QComboBox*>(QStringLiteral("segmentCombo"));
            segment->setCurrentIndex(segment->findData(QStringLiteral("smart-terminals")));
            test::typeText(dialog->form()->findChild<QLineEdit*>(QStringLiteral("valuationEdit")),
                           QStringLiteral("12亿"));
            test::typeText(dialog->form()->findChild<QLineEdit*>(QStringLiteral("foundedEdit")),
                           QStringLiteral("2019"));
            test::typeText(dialog->form()->findChild<QLineEdit*>(QStringLiteral("tagsEdit")),
                           QStringLiteral("tactile; AI"));
            answered = true;
            dialog->accept();
        });
        QAction* create = action(QStringLiteral("New project"));
        QCOMPARE(create->shortcut(), QKeySequence(QKeySequence::New)); // Ctrl+N
        create->trigger();
        QTRY_VERIFY(answered);

        const auto summaries = portfolio().projectSummaries();
        QVERIFY(summaries.ok());
        QCOMPARE(summaries->size(), 1);
        const Result<Project> stored = portfolio().project(summaries->first().id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->name, QStringLiteral("触联科技 TactiLink"));
        QCOMPARE(stored->segmentKey, QStringLiteral("smart-terminals"));
        QCOMPARE(stored->valuationCny, std::optional<qint64>(1'200'000'000));
        QCOMPARE(stored->foundedYear, std::optional<int>(2019));
        QCOMPARE(stored->tags, (QStringList{QStringLiteral("tactile"), QStringLiteral("AI")}));
        QCOMPARE(stored->leadAnalyst, m_window->session()->analyst());
        // The table shows it, selected, and the detail shows it.
        QCOMPARE(page()->tableModel()->rowCount(), 1);
        QCOMPARE(page()->selectedProject(), stored->id);
        QCOMPARE(page()->detail()->projectId(), stored->id);
        // Undo removes the created project again; redo brings it back.
        m_window->undoGroup()->undo();
        QCOMPARE(portfolio().projectSummaries()->size(), 0);
        QCOMPARE(page()->tableModel()->rowCount(), 0);
        m_window->undoGroup()->redo();
        QCOMPARE(portfolio().projectSummaries()->size(), 1);
        QCOMPARE(page()->tableModel()->rowCount(), 1);
    }

    void theNewProjectDialogRefusesAMissingName()
    {
        NewProjectDialog dialog(defaultSegments(), {}, Project(), m_window.get());
        dialog.show();
        test::typeText(dialog.form()->findChild<QLineEdit*>(QStringLiteral("askEdit")),
                       QStringLiteral("-3"));
        dialog.accept();
        QVERIFY(dialog.isVisible()); // still open: the fields are marked
        QVERIFY(!dialog.form()->fieldError(QStringLiteral("name")).isEmpty());
        QVERIFY(!dialog.form()->fieldError(QStringLiteral("ask_cny")).isEmpty());
    }

    void badValuesAreMarkedAndNeverStored()
    {
        const qint64 id = addProject(QStringLiteral("光芯 PhotonCore"));
        page()->selectProject(id);
        QCOMPARE(page()->detail()->projectId(), id);

        type(QStringLiteral("valuationEdit"), QStringLiteral("-5"));
        QVERIFY(form()
                    ->fieldError(QStringLiteral("valuation_cny"))
                    .contains(QStringLiteral("negative")));
        QVERIFY(field<QLabel>(QStringLiteral("valuationEditError"))->isVisible());
        type(QStringLiteral("foundedEdit"), QStringLiteral("1800"));
        QVERIFY(
            form()->fieldError(QStringLiteral("founded_year")).contains(QStringLiteral("1950")));
        type(QStringLiteral("askEdit"), QStringLiteral("12.5"));
        QVERIFY(!form()->fieldError(QStringLiteral("ask_cny")).isEmpty());
        QCOMPARE(portfolio().project(id)->valuationCny, std::nullopt);
        QCOMPARE(portfolio().project(id)->foundedYear, std::nullopt);
        QCOMPARE(portfolio().project(id)->askCny, std::nullopt);

        // The rest of the form keeps working while those fields are marked.
        type(QStringLiteral("cityEdit"), QStringLiteral("苏州"));
        QCOMPARE(portfolio().project(id)->city, QStringLiteral("苏州"));
        QCOMPARE(portfolio().project(id)->valuationCny, std::nullopt);

        // An exit before the founding is refused at the exit field.
        type(QStringLiteral("foundedEdit"), QStringLiteral("2018"));
        QCOMPARE(portfolio().project(id)->foundedYear, std::optional<int>(2018));
        type(QStringLiteral("expectedExitEdit"), QStringLiteral("2015"));
        QVERIFY(!form()->fieldError(QStringLiteral("expected_exit_year")).isEmpty());
        QCOMPARE(portfolio().project(id)->expectedExitYear, std::nullopt);
        // An empty name is refused too.
        type(QStringLiteral("nameEdit"), QString());
        QVERIFY(!form()->fieldError(QStringLiteral("name")).isEmpty());
        QCOMPARE(portfolio().project(id)->name, QStringLiteral("光芯 PhotonCore"));

        // Correcting a value clears its mark and stores it.
        type(QStringLiteral("valuationEdit"), QStringLiteral("300,000,000"));
        QVERIFY(form()->fieldError(QStringLiteral("valuation_cny")).isEmpty());
        QCOMPARE(portfolio().project(id)->valuationCny, std::optional<qint64>(300'000'000));
    }

    void undoAndRedoAnEditChangeTheDatabase()
    {
        const qint64 id = addProject(QStringLiteral("微感 MicroSense"));
        page()->selectProject(id);
        type(QStringLiteral("cityEdit"), QStringLiteral("合肥"));
        QCOMPARE(portfolio().project(id)->city, QStringLiteral("合肥"));
        auto* stage = field<QComboBox>(QStringLiteral("stageCombo"));
        stage->setCurrentIndex(stage->findData(static_cast<int>(Stage::Diligence)));
        emit stage->activated(stage->currentIndex());
        QCOMPARE(portfolio().project(id)->stage, Stage::Diligence);

        QAction* undo = action(QStringLiteral("Undo"));
        QAction* redo = action(QStringLiteral("Redo"));
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QCOMPARE(portfolio().project(id)->stage, Stage::Sourcing);
        QCOMPARE(portfolio().project(id)->city, QStringLiteral("合肥"));
        undo->trigger();
        QCOMPARE(portfolio().project(id)->city, QStringLiteral("深圳"));
        QCOMPARE(field<QLineEdit>(QStringLiteral("cityEdit"))->text(), QStringLiteral("深圳"));
        redo->trigger();
        QCOMPARE(portfolio().project(id)->city, QStringLiteral("合肥"));
        redo->trigger();
        QCOMPARE(portfolio().project(id)->stage, Stage::Diligence);
        // The table follows the database.
        const int row = page()->tableModel()->rowOfId(id);
        QCOMPARE(page()->tableModel()->index(row, int(ProjectColumn::Stage)).data().toString(),
                 QStringLiteral("Diligence"));
        // The history tab lists the edits.
        const auto history = portfolio().history(id);
        QVERIFY(history.ok());
        QVERIFY(history->size() >= 4);
    }

    void archiveAndDeleteAskFirstAndUndo()
    {
        const qint64 id = addProject(QStringLiteral("晶材 CrystalMat"));
        const Result<qint64> scorecard = portfolio().addScorecard(
            test::fullScorecard(*portfolio().currentTemplate(), id, QStringLiteral("林晓"), 4, 3),
            QStringLiteral("林晓"));
        QVERIFY(scorecard.ok());
        page()->selectProject(id);

        // Archive: "No" leaves it, "Yes" archives and hides it.
        test::answerNextMessageBox(QMessageBox::No);
        page()->detail()->archiveProject();
        QVERIFY(!portfolio().project(id)->archived);
        test::answerNextMessageBox(QMessageBox::Yes);
        page()->detail()->archiveProject();
        QVERIFY(portfolio().project(id)->archived);
        QCOMPARE(page()->tableModel()->rowOfId(id), -1);
        m_window->undoGroup()->undo();
        QVERIFY(!portfolio().project(id)->archived);
        QVERIFY(page()->tableModel()->rowOfId(id) >= 0);

        // Delete: Cancel keeps it; Yes deletes it with its scorecard; undo restores both.
        page()->selectProject(id);
        test::answerNextMessageBox(QMessageBox::Cancel);
        page()->findChild<QPushButton*>(QStringLiteral("deleteButton"))->click();
        QVERIFY(portfolio().project(id).ok());
        test::answerNextMessageBox(QMessageBox::Yes);
        page()->findChild<QPushButton*>(QStringLiteral("deleteButton"))->click();
        QVERIFY(!portfolio().project(id).ok());
        QCOMPARE(page()->tableModel()->rowCount(), 0);
        m_window->undoGroup()->undo();
        const auto back = portfolio().projectSummaries();
        QCOMPARE(back->size(), 1);
        QCOMPARE(back->first().name, QStringLiteral("晶材 CrystalMat"));
        QCOMPARE(portfolio().scorecards(back->first().id)->size(), 1);
        QCOMPARE(back->first().verdict, Verdict::Pursue); // M 80, C 60 against gates of 60
    }

    void aConflictingChangeIsPutToTheUser()
    {
        const qint64 id = addProject(QStringLiteral("芯测 ChipTest"));
        page()->selectProject(id);
        // Another window changes the city behind this one's back.
        auto other = Portfolio::open(portfolio().path(), OpenMode::ExistingOnly);
        QVERIFY(other.ok());
        Project theirs = *(*other)->project(id);
        theirs.city = QStringLiteral("成都");
        QVERIFY((*other)->updateProject(theirs, QStringLiteral("other")).ok());

        int asked = 0;
        EditFeedback::setConflictHandler([&](const QString&) {
            ++asked;
            return ConflictAnswer::Reload;
        });
        type(QStringLiteral("roundEdit"), QStringLiteral("B+"));
        QCOMPARE(asked, 1);
        QCOMPARE(portfolio().project(id)->city, QStringLiteral("成都")); // theirs kept
        QCOMPARE(portfolio().project(id)->round, QString());
        QCOMPARE(field<QLineEdit>(QStringLiteral("cityEdit"))->text(), QStringLiteral("成都"));

        theirs = *(*other)->project(id);
        theirs.city = QStringLiteral("西安");
        QVERIFY((*other)->updateProject(theirs, QStringLiteral("other")).ok());
        EditFeedback::setConflictHandler([&](const QString&) {
            ++asked;
            return ConflictAnswer::Overwrite;
        });
        type(QStringLiteral("roundEdit"), QStringLiteral("C"));
        QCOMPARE(asked, 2);
        QCOMPARE(portfolio().project(id)->round, QStringLiteral("C"));
        QCOMPARE(portfolio().project(id)->city, QStringLiteral("成都")); // overwritten with ours
    }
};

QTEST_MAIN(TestProjectEditing)
#include "TestProjectEditing.moc"
