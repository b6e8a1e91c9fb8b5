#pragma once

// The crash-safety harness (SPEC §9, docs/reliability.md): start tollgate-reliability-worker on
// a database, let it edit and import, kill it with SIGKILL at a random moment, and check the
// file it leaves: integrity_check passes, every edit the worker acknowledged is there, and every
// import is whole or absent. Used by the test reliability.TestCrashSafety (200 kills) and by
// tollgate-crash-run (as many as asked, for the long run).

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

namespace tollgate::test
{

struct CrashCycleOptions {
    QString workerPath;
    QString workerCommand = QStringLiteral("edits"); // "piecemeal": imports without a transaction
    QString database;                                // created before the first kill
    int kills = 200;
    quint64 seed = 1;
    int maxDelayMs = 40; // the longest wait after the awaited acknowledgements before the kill
};

struct CrashCycleReport {
    int kills = 0;
    int killedBeforeReady = 0;     // while starting or opening the database
    int killedInTransaction = 0;   // a hot rollback journal was left behind
    int acknowledgedCommits = 0;   // acknowledgement lines over all kills
    int acknowledgedImports = 0;   // whole imports acknowledged
    int unacknowledgedImports = 0; // imports committed just before the kill, found whole
    int projectsAtEnd = 0;
    qint64 milliseconds = 0;
    QStringList problems; // empty when every check held after every kill
};

// What the worker said was stored, over all its lives.
class AcknowledgedEdits
{
public:
    // Takes the worker's output of one life; returns how many lines it acknowledged.
    int take(const QByteArray& output, QStringList* problems);
    // Checks the database against everything acknowledged so far; appends what is wrong.
    void verify(const QString& database, CrashCycleReport* report) const;
    int imports() const { return int(m_imports.size()); }

private:
    QHash<QString, qint64> m_created; // name -> id
    QHash<qint64, int> m_revisions;   // project -> highest acknowledged description revision
    QList<qint64> m_scorecards;
    QHash<QString, int> m_imports; // prefix -> projects in that import
};

CrashCycleReport runCrashCycles(const CrashCycleOptions& options,
                                const std::function<void(const CrashCycleReport&)>& progress = {});

} // namespace tollgate::test
