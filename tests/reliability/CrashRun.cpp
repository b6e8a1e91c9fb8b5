// tollgate-crash-run: the long run of the crash-safety harness (docs/reliability.md).
//
//   tollgate-crash-run [--kills N] [--seed S] [--max-delay-ms MS] [--db FILE] [--worker PATH]
//
// Kills tollgate-reliability-worker N times (default 1000) and checks the database after each
// kill. Prints progress every 50 kills and a summary; exits 0 when every check held.

#include "CrashCycles.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTextStream>

using namespace tollgate::test;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption kills(QStringLiteral("kills"), QStringLiteral("How many kills."),
                                   QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption delay(QStringLiteral("max-delay-ms"),
                                   QStringLiteral("Longest wait before a kill."),
                                   QStringLiteral("MS"), QStringLiteral("40"));
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("Database file (default: a temporary one)."),
                                QStringLiteral("FILE"));
    const QCommandLineOption worker(
        QStringLiteral("worker"),
        QStringLiteral("The worker program (default: the one built beside this program)."),
        QStringLiteral("PATH"), QStringLiteral(TOLLGATE_RELIABILITY_WORKER));
    parser.addOptions({kills, seed, delay, db, worker});
    parser.process(app);

    QTemporaryDir dir;
    CrashCycleOptions options;
    options.workerPath = parser.value(worker);
    options.database =
        parser.isSet(db) ? parser.value(db) : dir.filePath(QStringLiteral("crash.tollgate"));
    options.kills = parser.value(kills).toInt();
    options.seed = parser.value(seed).toULongLong();
    options.maxDelayMs = parser.value(delay).toInt();

    QTextStream out(stdout);
    const CrashCycleReport report = runCrashCycles(options, [&](const CrashCycleReport& r) {
        if (r.kills % 50 == 0) {
            out << "kills " << r.kills << ", in a transaction " << r.killedInTransaction
                << ", acknowledged commits " << r.acknowledgedCommits << ", projects "
                << r.projectsAtEnd << Qt::endl;
        }
    });
    out << "kills: " << report.kills << "\n"
        << "killed while starting or opening: " << report.killedBeforeReady << "\n"
        << "killed inside a write transaction (hot journal left): " << report.killedInTransaction
        << "\n"
        << "acknowledged commits checked: " << report.acknowledgedCommits << "\n"
        << "acknowledged imports (each " << 20 << " projects): " << report.acknowledgedImports
        << "\n"
        << "imports committed but not yet acknowledged at a kill, found whole: "
        << report.unacknowledgedImports << "\n"
        << "projects in the database at the end: " << report.projectsAtEnd << "\n"
        << "seconds: " << double(report.milliseconds) / 1000.0 << "\n"
        << "problems: " << report.problems.size() << Qt::endl;
    for (const QString& p : report.problems)
        out << "  " << p << "\n";
    return report.problems.isEmpty() && report.kills == options.kills ? 0 : 1;
}
