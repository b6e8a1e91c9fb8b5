#include "CrashCycles.h"
#include "StorageFixtures.h"
#include "TestSupport.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace tollgate;
using namespace tollgate::test;

// SPEC §6: two processes on one file (two app windows, the app and tollgate-cli) both work, a
// stale edit is caught by the row version and nothing is lost or corrupted. The in-process
// cases (two connections, two threads) are in unit.TestStorageConcurrency; the choice of
// dialog in the app is in gui.TestProjectEditing::aConflictingChangeIsPutToTheUser.
class TestTwoProcesses : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_file = 0;

    QString newFile() { return m_dir.filePath(QStringLiteral("p%1.tollgate").arg(++m_file)); }

    static void startWorker(QProcess& worker, const QStringList& arguments)
    {
        worker.start(QStringLiteral(TOLLGATE_RELIABILITY_WORKER), arguments);
        QVERIFY(worker.waitForStarted(10000));
    }

    static QByteArray finish(QProcess& worker)
    {
        if (!worker.waitForFinished(60000))
            worker.kill();
        worker.waitForFinished();
        return worker.readAllStandardOutput();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void anotherProcessAndThisOneEditTogether()
    {
        const QString file = newFile();
        std::unique_ptr<Portfolio> mine = openPortfolio(file);
        QVERIFY(mine);
        QProcess worker;
        startWorker(worker,
                    {QStringLiteral("edits"), file, QStringLiteral("7"), QStringLiteral("150")});
        // This process edits while the other one does: both wait for each other's write lock
        // (busy timeout), neither fails.
        QList<qint64> ours;
        for (int i = 0; i < 40; ++i) {
            Result<qint64> id =
                mine->createProject(makeProject(QStringLiteral("mine %1").arg(i)), analyst());
            TG_VERIFY_OK(id);
            ours << *id;
            Project p = *mine->project(*id);
            p.round = QStringLiteral("B+");
            TG_VERIFY_OK(mine->updateProject(p, analyst()));
        }
        const QByteArray output = finish(worker);
        QCOMPARE(worker.exitStatus(), QProcess::NormalExit);
        QVERIFY2(worker.exitCode() == 0, output.right(500).constData());

        AcknowledgedEdits theirs;
        QStringList problems;
        QCOMPARE(theirs.take(output, &problems), 150);
        QVERIFY(problems.isEmpty());
        CrashCycleReport report;
        theirs.verify(file, &report);
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        for (qint64 id : std::as_const(ours))
            QCOMPARE(mine->project(id)->round, QStringLiteral("B+"));
        QVERIFY(mine->integrityCheck()->isEmpty());
        // The rollback journal throughout (docs/storage.md: no WAL, for the WAL-reset race).
        QCOMPARE(runRaw(file, QStringLiteral("PRAGMA journal_mode")).value,
                 QStringLiteral("delete"));
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
    }

    void aStaleEditFromAnotherProcessIsCaught()
    {
        const QString file = newFile();
        std::unique_ptr<Portfolio> mine = openPortfolio(file);
        QVERIFY(mine);
        const qint64 id = *mine->createProject(makeProject(QStringLiteral("shared")), analyst());
        Project read = *mine->project(id);

        QProcess worker; // another window changes the description after this one read it
        startWorker(worker,
                    {QStringLiteral("touch"), file, QString::number(id), QStringLiteral("theirs")});
        const QByteArray output = finish(worker);
        QCOMPARE(worker.exitCode(), 0);
        QCOMPARE(output, QByteArray("updated ") + QByteArray::number(id) + " theirs\n");

        read.city = QStringLiteral("上海");
        const Status stale = mine->updateProject(read, analyst());
        QVERIFY(!stale);
        QCOMPARE(int(stale.error().kind), int(ErrorKind::Conflict));
        QCOMPARE(mine->project(id)->description, QStringLiteral("theirs")); // not overwritten
        // Overwrite, as the user may choose: the edit is applied to the current version.
        Project current = *mine->project(id);
        current.city = QStringLiteral("上海");
        TG_VERIFY_OK(mine->updateProject(current, analyst()));
        const Project final = *mine->project(id);
        QCOMPARE(final.city, QStringLiteral("上海"));
        QCOMPARE(final.description, QStringLiteral("theirs"));
        QCOMPARE(final.rowVersion, read.rowVersion + 2);
    }

    void theCommandLineImportsWhileTheAppHasTheFileOpen()
    {
        const QString file = newFile();
        std::unique_ptr<Portfolio> app = openPortfolio(file);
        QVERIFY(app);
        const qint64 before = *app->createProject(makeProject(QStringLiteral("open")), analyst());
        const CliRun run = runCli({QStringLiteral("--db"), file, QStringLiteral("import"),
                                   dataPath(QStringLiteral("exchange/rich-portfolio.json"))});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const int imported = int(app->projectSummaries()->size()) - 1;
        QVERIFY(imported > 0);
        // The app keeps working on the same connection and sees the import.
        Project p = *app->project(before);
        p.stage = Stage::Diligence;
        TG_VERIFY_OK(app->updateProject(p, analyst()));
        QVERIFY(app->integrityCheck()->isEmpty());
        const CliRun check = runCli({QStringLiteral("--db"), file, QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, check.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestTwoProcesses)
#include "TestTwoProcesses.moc"
