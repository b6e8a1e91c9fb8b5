#include "CrashCycles.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tollgate::test;

// SPEC §9: a process killed with SIGKILL in the middle of edits and imports leaves a database
// that passes integrity_check with every acknowledged edit present, and every import whole or
// absent. 200 kills here; tollgate-crash-run does the long run (docs/reliability.md).
class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void twoHundredKillsLoseNoAcknowledgedEdit()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        CrashCycleOptions options;
        options.workerPath = QStringLiteral(TOLLGATE_RELIABILITY_WORKER);
        options.database = dir.filePath(QStringLiteral("crash.tollgate"));
        options.kills = 200;
        options.seed = 20261130;
        const CrashCycleReport report = runCrashCycles(options);
        qInfo("kills %d (before ready %d, inside a write transaction %d), acknowledged commits "
              "%d, imports %d (+%d unacknowledged, whole), projects %d, %lld ms",
              report.kills, report.killedBeforeReady, report.killedInTransaction,
              report.acknowledgedCommits, report.acknowledgedImports, report.unacknowledgedImports,
              report.projectsAtEnd, report.milliseconds);
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(report.kills, 200);
        // The kills did land where it matters: the worker acknowledged edits and imports, and
        // some kills left a hot rollback journal (killed inside a write transaction), which
        // the next open rolled back.
        QVERIFY(report.acknowledgedCommits >= 150);
        QVERIFY(report.acknowledgedImports > 0);
        QVERIFY(report.killedInTransaction > 0);
    }

    void theHarnessCatchesAnImportWithoutItsTransaction()
    {
        // The same harness against a worker that imports project by project, each committed
        // on its own: a kill inside such an import leaves part of it, and the check says so.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        CrashCycleOptions options;
        options.workerPath = QStringLiteral(TOLLGATE_RELIABILITY_WORKER);
        options.workerCommand = QStringLiteral("piecemeal");
        options.database = dir.filePath(QStringLiteral("piecemeal.tollgate"));
        options.kills = 100; // the harness stops at the first kill that breaks a check
        options.seed = 7;
        const CrashCycleReport report = runCrashCycles(options);
        QVERIFY(!report.problems.isEmpty());
        QVERIFY2(report.problems.first().contains(QStringLiteral("partial")),
                 qPrintable(report.problems.first()));
    }

    void theCheckSeesALostEdit()
    {
        // The harness's own check fails when an acknowledged edit is not in the file, so a
        // green run above means something.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("lost.tollgate"));
        CrashCycleOptions options;
        options.workerPath = QStringLiteral(TOLLGATE_RELIABILITY_WORKER);
        options.database = file;
        options.kills = 0;
        QVERIFY(runCrashCycles(options).problems.isEmpty()); // creates the file
        AcknowledgedEdits claimed;
        QStringList problems;
        QCOMPARE(
            claimed.take("ready\ncreated 999 w1-1\nimported b1-1 20\nupdated 998 4\n", &problems),
            3);
        CrashCycleReport report;
        claimed.verify(file, &report);
        QCOMPARE(report.problems.size(), 3);
        QVERIFY(problems.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
