// A whole meeting through the real widgets: plan it, add three projects from the project
// table (action and drop), reorder, present full screen, record votes and decisions from the
// keyboard, close it (with the stage change it calls for), and find it read-only.

#include "GuiTestSupport.h"
#include "charts/ChartPanel.h"
#include "mainwindow/MainWindow.h"
#include "meetings/AgendaModel.h"
#include "meetings/AgendaTable.h"
#include "meetings/MeetingDialog.h"
#include "meetings/MeetingListModel.h"
#include "meetings/MeetingRecorder.h"
#include "meetings/MeetingsPage.h"
#include "meetings/PresentWindow.h"
#include "meetings/RecordingPanel.h"
#include "meetings/StageChangeDialog.h"
#include "meetings/VotesModel.h"
#include "models/ProjectIdsMime.h"
#include "models/ProjectTableModel.h"
#include "projects/ProjectsPage.h"
#include "session/Session.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>

#include <memory>

using namespace tollgate;

class TestMeetingsWorkflow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QHash<QString, qint64> m_ids; // by name

    void fillDatabase()
    {
        auto opened = Portfolio::open(m_path, OpenMode::CreateIfMissing);
        QVERIFY(opened.ok());
        Portfolio& p = **opened;
        const Template t = *p.currentTemplate();
        const struct {
            const char* name;
            Stage stage;
            int market;
            int cost;
        } rows[] = {{"触联科技 TactiLink", Stage::Committee, 5, 4},
                    {"视芯 VisionDie", Stage::Diligence, 3, 4},
                    {"晶材 CrystalMat", Stage::Committee, 4, 2},
                    {"光刻件 LithoPart", Stage::Screening, 2, 2}};
        for (const auto& r : rows) {
            Project project = test::project(QString::fromUtf8(r.name), QStringLiteral("sensors"));
            project.stage = r.stage;
            const Result<qint64> id = p.createProject(project, QStringLiteral("tester"));
            QVERIFY(id.ok());
            m_ids.insert(project.name, *id);
            QVERIFY(p.addScorecard(
                         test::fullScorecard(t, *id, QStringLiteral("林晓"), r.market, r.cost),
                         QStringLiteral("林晓"))
                        .ok());
        }
    }

    static qint64 id(const QHash<QString, qint64>& ids, const char* prefix)
    {
        for (auto it = ids.constBegin(); it != ids.constEnd(); ++it) {
            if (it.key().startsWith(QString::fromUtf8(prefix)))
                return it.value();
        }
        return 0;
    }

    // Selects the project in the table and runs "Add to meeting…".
    static void addFromProjectTable(MainWindow& window, qint64 projectId)
    {
        ProjectsPage* projects = window.projectsPage();
        projects->selectProject(projectId);
        QCOMPARE(projects->selectedProject(), projectId);
        auto* action = projects->table()->findChild<QAction*>(QStringLiteral("addToMeetingAction"));
        QVERIFY(action);
        QVERIFY(projects->table()->actions().contains(action));
        action->trigger();
    }

    static QStringList agendaNames(const AgendaModel* model)
    {
        QStringList names;
        for (int row = 0; row < model->rowCount(); ++row)
            names << model->index(row, AgendaModel::ProjectColumn).data().toString();
        return names;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::useTemporarySettings(m_dir);
        m_path = m_dir.filePath(QStringLiteral("meetings.tollgate"));
        fillDatabase();
    }

    void wholeMeetingFromTheKeyboard()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_path, OpenMode::ExistingOnly).ok());
        window.show();
        MeetingsPage* page = window.meetingsPage();
        QVERIFY(page);
        QAbstractItemModelTester listTester(page->meetingModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester agendaTester(
            page->agendaModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page->meetingModel()->rowCount(), 0);
        QVERIFY(!page->presentButton()->isEnabled());

        // Plan: title, date and attendees typed into the dialog.
        test::answerNextDialog<MeetingDialog>([](MeetingDialog* dialog) {
            test::typeText(dialog->titleEdit(), QStringLiteral("十二月投决会 December committee"));
            dialog->dateEdit()->setDate(QDate(2026, 12, 4));
            dialog->attendeesEdit()->setPlainText(QStringLiteral("林晓\n王志\n顾惟安"));
            dialog->accept();
        });
        window.tabs()->setCurrentWidget(page);
        page->newMeeting();
        QCOMPARE(page->meetingModel()->rowCount(), 1);
        const Meeting planned = page->recorder()->meeting();
        QCOMPARE(planned.title, QStringLiteral("十二月投决会 December committee"));
        QCOMPARE(planned.attendees, (QStringList{QStringLiteral("林晓"), QStringLiteral("王志"),
                                                 QStringLiteral("顾惟安")}));
        QCOMPARE(page->meetingModel()->index(0, MeetingListModel::StatusColumn).data().toString(),
                 QStringLiteral("Planned"));

        // Three projects: two with the project table's action, one dropped on the agenda's top.
        const qint64 tactile = id(m_ids, "触联");
        const qint64 vision = id(m_ids, "视芯");
        const qint64 crystal = id(m_ids, "晶材");
        window.tabs()->setCurrentWidget(window.projectsPage());
        addFromProjectTable(window, tactile);
        addFromProjectTable(window, vision);
        std::unique_ptr<QMimeData> dragged(projectIdsMimeData({crystal}));
        QVERIFY(page->agendaModel()->canDropMimeData(dragged.get(), Qt::CopyAction, 0, 0, {}));
        QVERIFY(page->agendaModel()->dropMimeData(dragged.get(), Qt::CopyAction, 0, 0, {}));
        QCOMPARE(page->agendaModel()->rowCount(), 3);
        QCOMPARE(agendaNames(page->agendaModel()).first(), QStringLiteral("晶材 CrystalMat"));
        // The project table drags rows out as project ids.
        ProjectTableModel* table = window.projectsPage()->tableModel();
        std::unique_ptr<QMimeData> fromTable(
            table->mimeData({table->index(table->rowOfId(vision), 0)}));
        QCOMPARE(projectIdsFromMimeData(fromTable.get()), QList<qint64>{vision});

        // Reorder from the keyboard: Alt+Down moves the first item below the second.
        window.tabs()->setCurrentWidget(page);
        page->agendaTable()->setFocus();
        page->agendaTable()->setCurrentIndex(page->agendaModel()->index(0, 1));
        QTest::keyClick(page->agendaTable(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(
            agendaNames(page->agendaModel()),
            (QStringList{QStringLiteral("触联科技 TactiLink"), QStringLiteral("晶材 CrystalMat"),
                         QStringLiteral("视芯 VisionDie")}));
        QCOMPARE(page->agendaTable()->currentIndex().row(), 1);
        QTest::keyClick(page->agendaTable(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(agendaNames(page->agendaModel()).first(), QStringLiteral("晶材 CrystalMat"));
        const Meeting stored = *window.session()->portfolio().meeting(planned.id);
        QCOMPARE(stored.agenda.size(), 3);
        QCOMPARE(stored.agenda.first().projectId, crystal);

        // Present: full screen, first item, the meeting is now in progress.
        PresentWindow* present = page->present();
        QVERIFY(present);
        QVERIFY(QTest::qWaitForWindowActive(present));
        QVERIFY(present->isFullScreen());
        QAbstractItemModelTester votesTester(
            present->recording()->votesModel(),
            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(present->slide()->nameLabel()->text(), QStringLiteral("晶材 CrystalMat"));
        QCOMPARE(page->recorder()->meeting().status, MeetingStatus::InProgress);
        QVERIFY(present->slide()->matrixPanel()->chart());
        QVERIFY(present->slide()->costPanel()->chart());

        // Votes: Y, N, A for the three attendees in order; 1 approves; Tab, conditions, Enter.
        QWidget* keys = present->recording()->votesTable();
        keys->setFocus();
        QTest::keyClick(keys, Qt::Key_Y);
        QTest::keyClick(keys, Qt::Key_N);
        QTest::keyClick(keys, Qt::Key_A);
        QTest::keyClick(keys, Qt::Key_1);
        QCOMPARE(present->recording()->decisionLabel()->text(), QStringLiteral("Approve"));
        QLineEdit* conditions = present->recording()->conditionsEdit();
        conditions->setFocus();
        QTest::keyClicks(conditions, QStringLiteral("Close after the Q1 audit"));
        QTest::keyClick(conditions, Qt::Key_Return);
        QVERIFY(!conditions->hasFocus());

        // Next item: PgDn; decline it with two yes votes; back with PgUp shows the first again.
        QTest::keyClick(present->recording()->votesTable(), Qt::Key_PageDown);
        QCOMPARE(present->currentItem(), 1);
        QCOMPARE(present->slide()->nameLabel()->text(), QStringLiteral("触联科技 TactiLink"));
        QTest::keyClick(present->recording()->votesTable(), Qt::Key_Y);
        QTest::keyClick(present->recording()->votesTable(), Qt::Key_Y);
        QTest::keyClick(present->recording()->votesTable(), Qt::Key_2);
        QTest::keyClick(present->recording()->votesTable(), Qt::Key_Right);
        QCOMPARE(present->currentItem(), 2);
        QTest::keyClick(present->recording()->votesTable(), Qt::Key_3);
        QTest::keyClick(present->recording()->votesTable(), Qt::Key_PageUp);
        QTest::keyClick(present->recording()->votesTable(), Qt::Key_PageUp);
        QCOMPARE(present->currentItem(), 0);
        QCOMPARE(present->recording()->conditionsEdit()->text(),
                 QStringLiteral("Close after the Q1 audit"));
        QPointer<PresentWindow> watched(present);
        QTest::keyClick(present->recording()->votesTable(), Qt::Key_Escape);
        QTRY_VERIFY(watched.isNull() || !watched->isVisible());

        const Meeting recorded = *window.session()->portfolio().meeting(planned.id);
        QCOMPARE(recorded.agenda[0].decision, Decision::Approve);
        QCOMPARE(recorded.agenda[0].votes.value(QStringLiteral("林晓")), Vote::Yes);
        QCOMPARE(recorded.agenda[0].votes.value(QStringLiteral("王志")), Vote::No);
        QCOMPARE(recorded.agenda[0].votes.value(QStringLiteral("顾惟安")), Vote::Abstain);
        QCOMPARE(recorded.agenda[0].conditions, QStringLiteral("Close after the Q1 audit"));
        QCOMPARE(recorded.agenda[1].decision, Decision::Decline);
        QCOMPARE(recorded.agenda[1].votes.size(), 2);
        QCOMPARE(recorded.agenda[2].decision, Decision::Defer);
        // Recording moved no project.
        QCOMPARE(window.session()->portfolio().project(crystal)->stage, Stage::Committee);

        // Close: confirm, then apply the stage changes the decisions call for.
        bool offered = false;
        test::answerNextMessageBox(QMessageBox::Yes);
        test::answerNextDialog<StageChangeDialog>([&offered](StageChangeDialog* dialog) {
            offered = dialog->model()->rowCount() == 2; // approve → invested, decline → passed
            dialog->accept();
        });
        page->closeMeeting();
        QVERIFY(offered);
        QCOMPARE(window.session()->portfolio().project(crystal)->stage, Stage::Invested);
        QCOMPARE(window.session()->portfolio().project(tactile)->stage, Stage::Passed);
        QCOMPARE(window.session()->portfolio().project(vision)->stage, Stage::Diligence);

        // Read-only: the UI says so and offers no edits; the storage refuses them anyway.
        QCOMPARE(page->recorder()->meeting().status, MeetingStatus::Closed);
        QVERIFY(page->readOnlyLabel()->isVisibleTo(page));
        QVERIFY(!page->closeButton()->isEnabled());
        QVERIFY(!page->editButton()->isEnabled());
        QVERIFY(!page->removeButton()->isEnabled());
        QVERIFY(page->presentButton()->isEnabled());
        QVERIFY(!(page->agendaModel()->flags(page->agendaModel()->index(0, 0)) &
                  Qt::ItemIsDragEnabled));
        std::unique_ptr<QMimeData> late(projectIdsMimeData({id(m_ids, "光刻件")}));
        QVERIFY(!page->agendaModel()->canDropMimeData(late.get(), Qt::CopyAction, 0, 0, {}));
        const Status refused = page->recorder()->addProjects({id(m_ids, "光刻件")});
        QVERIFY(!refused);
        QCOMPARE(int(refused.error().kind), int(ErrorKind::ReadOnly));
        QCOMPARE(page->meetingModel()->index(0, MeetingListModel::StatusColumn).data().toString(),
                 QStringLiteral("Closed"));

        // Presenting a closed meeting shows it but records nothing.
        present = page->present();
        QVERIFY(QTest::qWaitForWindowActive(present));
        QVERIFY(present->recording()
                    ->findChild<QLabel*>(QStringLiteral("readOnlyLabel"))
                    ->isVisibleTo(present));
        QVERIFY(present->recording()->conditionsEdit()->isReadOnly());
        QTest::keyClick(present->recording()->votesTable(), Qt::Key_N);
        QTest::keyClick(present->recording()->votesTable(), Qt::Key_4);
        const Meeting after = *window.session()->portfolio().meeting(planned.id);
        QCOMPARE(after.agenda[0].votes.value(QStringLiteral("林晓")), Vote::Yes);
        QCOMPARE(after.agenda[0].decision, Decision::Approve);
        present->close();
    }
};

QTEST_MAIN(TestMeetingsWorkflow)
#include "TestMeetingsWorkflow.moc"
