// Long work shows how far it has come and can be cancelled while it runs: the progress dialog
// moves while the work runs on its own thread (the window keeps answering), Cancel asks the
// work to stop and waits for it, and a cancelled import leaves nothing in the database.

#include "GuiTestSupport.h"
#include "files/BackgroundTask.h"
#include "files/ImportDialog.h"
#include "mainwindow/MainWindow.h"
#include "session/Session.h"

#include <QFile>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>

using namespace tollgate;

namespace
{

QProgressDialog* taskProgressDialog()
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* d = qobject_cast<QProgressDialog*>(w);
            d && d->objectName() == QLatin1String("taskProgress") && d->isVisible())
            return d;
    }
    return nullptr;
}

// Presses the progress dialog's Cancel once it shows that the work has made progress, checking
// from timers because the call that runs the work does not return until the work is over.
// `seen` gets the value the bar had when Cancel was pressed.
void cancelOnceProgressShows(int* seen, int attempts = 3000)
{
    QTimer::singleShot(5, [seen, attempts] {
        QProgressDialog* dialog = taskProgressDialog();
        if (dialog && dialog->value() > 0) {
            *seen = dialog->value();
            QPushButton* cancel = dialog->findChild<QPushButton*>();
            QVERIFY(cancel);
            cancel->click();
            return;
        }
        if (attempts > 0)
            cancelOnceProgressShows(seen, attempts - 1);
    });
}

} // namespace

class TestImportProgress : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::useTemporarySettings(m_dir);
    }

    void progressMovesAndCancelStopsTheWork()
    {
        QWidget window;
        window.show();
        int seen = 0;
        cancelOnceProgressShows(&seen);
        // Work that would run for a minute unless stopped, reporting every step.
        const int steps = BackgroundTask::runWithProgress<int>(
            &window, QStringLiteral("Working…"), [](TaskProgress& progress) {
                int i = 0;
                for (; i < 60000 && !progress.stopRequested(); ++i) {
                    progress.report(i + 1, 60000);
                    QThread::msleep(1);
                }
                return i;
            });
        // The bar showed progress (the GUI thread kept running), Cancel stopped the work long
        // before its end, and the result of the stopped work came back.
        QVERIFY(seen > 0);
        QVERIFY2(steps < 60000, qPrintable(QString::number(steps)));
        QVERIFY(steps >= seen);
        QVERIFY(!taskProgressDialog());
    }

    void workThatIsNotCancelledRunsToTheEnd()
    {
        const int steps = BackgroundTask::runWithProgress<int>(
            nullptr, QStringLiteral("Working…"), [](TaskProgress& progress) {
                for (int i = 0; i < 20; ++i)
                    progress.report(i + 1, 20);
                return progress.stopRequested() ? -1 : 20;
            });
        QCOMPARE(steps, 20);
    }

    void cancellingAnImportImportsNothing()
    {
        MainWindow window;
        QVERIFY(window
                    .openDatabase(m_dir.filePath(QStringLiteral("a.tollgate")),
                                  OpenMode::CreateIfMissing)
                    .ok());
        window.show();
        // Big enough that storing it takes far longer than the dialog takes to show progress.
        QByteArray csv = "name,segment,city,M1,lead_analyst\n";
        constexpr int kRows = 40000;
        for (int i = 0; i < kRows; ++i)
            csv += "项目 " + QByteArray::number(i) + ",传感器,深圳," + QByteArray::number(i % 6) +
                   ",陈思远\n";
        const QString path = m_dir.filePath(QStringLiteral("big.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
        file.close();

        ImportDialog dialog(window.session(), path, &window);
        QVERIFY(dialog.check());
        int seen = 0;
        cancelOnceProgressShows(&seen);
        QVERIFY(!dialog.runImport());
        QVERIFY(seen > 0 && seen < kRows);
        // Rolled back: not one project of the file, and the dialog says so and stays open.
        QCOMPARE(window.session()->portfolio().projectSummaries()->size(), 0);
        const QString summary = dialog.findChild<QLabel*>(QStringLiteral("importSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("cancelled")), qPrintable(summary));
        QVERIFY(window.session()->portfolio().integrityCheck()->isEmpty());
    }
};

QTEST_MAIN(TestImportProgress)
#include "TestImportProgress.moc"
