// The planned meeting of the bundled sample portfolio, run as the fund would run it: present
// it, go through every item from the keyboard recording each partner's vote and a decision,
// leave, close, read the minutes. With TOLLGATE_SCREENSHOT_DIR set (scripts/meeting-screenshots.sh
// runs it under Xvfb) it also saves meetings.png and present-mode.png there; with
// TOLLGATE_SCREENSHOT_LANG=zh_CN it runs in Chinese and saves meetings-zh_CN.png and
// present-mode-zh_CN.png.

#include "GuiTestSupport.h"
#include "core/Translations.h"
#include "files/SampleDatabase.h"
#include "mainwindow/MainWindow.h"
#include "meetings/AgendaModel.h"
#include "meetings/AgendaTable.h"
#include "meetings/MeetingListModel.h"
#include "meetings/MeetingRecorder.h"
#include "meetings/MeetingsPage.h"
#include "meetings/PresentWindow.h"
#include "meetings/RecordingPanel.h"
#include "meetings/StageChangeDialog.h"
#include "report/MeetingMinutes.h"
#include "session/Session.h"

#include <QDir>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QScreen>
#include <QTabWidget>
#include <QTableView>

using namespace tollgate;

class TestSampleMeeting : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_shots = qEnvironmentVariable("TOLLGATE_SCREENSHOT_DIR");
    QString m_language = qEnvironmentVariable("TOLLGATE_SCREENSHOT_LANG", QStringLiteral("en"));

    void shoot(QWidget* widget, const QString& name)
    {
        if (m_shots.isEmpty())
            return;
        QTest::qWait(600); // layouts and charts settle
        QDir().mkpath(m_shots);
        const QString suffix =
            m_language == QLatin1String("en") ? QString() : QLatin1Char('-') + m_language;
        QVERIFY(
            widget->grab().save(QDir(m_shots).filePath(name + suffix + QStringLiteral(".png"))));
    }

    // Makes the widget's window the active one: under Xvfb without a window manager nothing
    // else would, and the keyboard shortcuts act in the active window only.
    static bool activate(QWidget* widget)
    {
        widget->activateWindow();
        QApplication::setActiveWindow(widget->window());
        return QTest::qWaitFor(
            [widget] { return QApplication::activeWindow() == widget->window(); });
    }

    static int rowWithStatus(const MeetingListModel* model, MeetingStatus status)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->meetingAt(row).status == status)
                return row;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::useTemporarySettings(m_dir);
        QCOMPARE(installTranslations(m_language), m_language);
    }

    void cleanupTestCase() { installTranslations(QStringLiteral("en")); }

    void runThePlannedMeeting()
    {
        const QString path = m_dir.filePath(QStringLiteral("sample.tollgate"));
        QVERIFY(ensureSampleDatabase(path, QStringLiteral("林晓")).ok());
        MainWindow window;
        QVERIFY(window.openDatabase(path, OpenMode::ExistingOnly).ok());
        window.resize(1600, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(activate(&window));
        MeetingsPage* page = window.meetingsPage();
        window.tabs()->setCurrentWidget(page);

        // The closed meeting of September carries decisions; the planned one an agenda.
        const int closedRow = rowWithStatus(page->meetingModel(), MeetingStatus::Closed);
        const int plannedRow = rowWithStatus(page->meetingModel(), MeetingStatus::Planned);
        QVERIFY(closedRow >= 0 && plannedRow >= 0);
        page->meetingTable()->selectRow(closedRow);
        QVERIFY(page->recorder()->isReadOnly());
        page->meetingTable()->selectRow(plannedRow);
        const Meeting planned = page->recorder()->meeting();
        QVERIFY(planned.agenda.size() >= 4);
        QVERIFY(!page->recorder()->isReadOnly());
        page->agendaTable()->setCurrentIndex(page->agendaModel()->index(0, 1));
        shoot(&window, QStringLiteral("meetings"));

        // Present from the keyboard: F5 on the Meetings tab.
        page->agendaTable()->setFocus();
        QTest::keyClick(page->agendaTable(), Qt::Key_F5);
        PresentWindow* present = page->findChild<PresentWindow*>();
        QVERIFY(present);
        QVERIFY(QTest::qWaitForWindowExposed(present));
        QVERIFY(activate(present));
        QWidget* keys = present->recording()->votesTable();
        const int attendees = int(planned.attendees.size());
        const Qt::Key decisions[] = {Qt::Key_1, Qt::Key_4, Qt::Key_1,
                                     Qt::Key_3, Qt::Key_2, Qt::Key_1};
        for (int item = 0; item < planned.agenda.size(); ++item) {
            QCOMPARE(present->currentItem(), item);
            for (int a = 0; a < attendees; ++a)
                QTest::keyClick(keys, a == attendees - 1 && item % 2 ? Qt::Key_A : Qt::Key_Y);
            QTest::keyClick(keys, decisions[item % 6]);
            if (item == 0) {
                present->recording()->conditionsEdit()->setFocus();
                // Chinese arrives as an input method's commit, as it does from a real keyboard.
                QInputMethodEvent typed;
                typed.setCommitString(QStringLiteral("交割前完成两家整机厂的良率复核"));
                QApplication::sendEvent(present->recording()->conditionsEdit(), &typed);
                QTest::keyClick(present->recording()->conditionsEdit(), Qt::Key_Return);
                shoot(present, QStringLiteral("present-mode"));
            }
            QTest::keyClick(keys, Qt::Key_PageDown);
        }
        QPointer<PresentWindow> watched(present);
        QTest::keyClick(keys, Qt::Key_Escape);
        QTRY_VERIFY(watched.isNull() || !watched->isVisible());

        // Close it; accept the stage changes the decisions call for.
        test::answerNextMessageBox(QMessageBox::Yes);
        test::answerNextDialog<StageChangeDialog>([](StageChangeDialog* d) { d->accept(); });
        page->closeMeeting();
        QVERIFY(page->recorder()->isReadOnly());
        const Result<MeetingMinutes> minutes = minutesOf(window.session()->portfolio(), planned.id);
        QVERIFY(minutes.ok());
        const QString text = minutesText(*minutes);
        for (const MinutesItem& item : minutes->items) {
            QVERIFY(item.decision != Decision::None);
            QCOMPARE(item.votes.size(), attendees);
            QVERIFY(text.contains(item.projectName));
        }
        QVERIFY(text.contains(QStringLiteral("交割前完成两家整机厂的良率复核")));
        shoot(&window, QStringLiteral("meetings-closed"));
    }
};

QTEST_MAIN(TestSampleMeeting)
#include "TestSampleMeeting.moc"
