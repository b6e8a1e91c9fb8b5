#include "CrashCycles.h"

#include "sample/SplitMix64.h"
#include "storage/Portfolio.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QThread>

#include <algorithm>
#include <csignal>

namespace tollgate::test
{

namespace
{

// The import a project belongs to ("b7-3" for "b7-3-12"), or empty for a single creation.
QString importPrefix(const QString& name)
{
    if (!name.startsWith(QLatin1Char('b')))
        return {};
    return name.left(name.lastIndexOf(QLatin1Char('-')));
}

void problem(CrashCycleReport* report, const QString& text)
{
    if (report->problems.size() < 50)
        report->problems << QStringLiteral("after kill %1: %2").arg(report->kills).arg(text);
}

} // namespace

int AcknowledgedEdits::take(const QByteArray& output, QStringList* problems)
{
    int count = 0;
    const QList<QByteArray> lines = output.split('\n');
    for (const QByteArray& raw : lines) {
        const QStringList words = QString::fromUtf8(raw).split(QLatin1Char(' '));
        const QString& what = words.first();
        if (what == QStringLiteral("created") && words.size() == 3) {
            m_created.insert(words.at(2), words.at(1).toLongLong());
        } else if (what == QStringLiteral("updated") && words.size() == 3) {
            int& revision = m_revisions[words.at(1).toLongLong()];
            revision = std::max(revision, words.at(2).toInt());
        } else if (what == QStringLiteral("scorecard") && words.size() == 3) {
            m_scorecards << words.at(2).toLongLong();
        } else if (what == QStringLiteral("imported") && words.size() == 3) {
            m_imports.insert(words.at(1), words.at(2).toInt());
        } else if (what == QStringLiteral("error")) {
            problems->append(QStringLiteral("the worker failed: ") + QString::fromUtf8(raw));
            continue;
        } else {
            continue; // "ready", or a line cut short by the kill
        }
        ++count;
    }
    return count;
}

void AcknowledgedEdits::verify(const QString& database, CrashCycleReport* report) const
{
    Result<std::unique_ptr<Portfolio>> opened = Portfolio::open(database, OpenMode::ExistingOnly);
    if (!opened) {
        problem(report, QStringLiteral("the database does not open: ") + opened.error().message);
        return;
    }
    Portfolio& p = **opened;
    Result<QStringList> damage = p.integrityCheck();
    if (!damage || !damage->isEmpty()) {
        problem(report, QStringLiteral("integrity_check: ") +
                            (damage ? damage->join(QStringLiteral("; ")) : damage.error().message));
    }
    Result<QList<ProjectSummary>> all = p.projectSummaries();
    if (!all) {
        problem(report, all.error().message);
        return;
    }
    report->projectsAtEnd = int(all->size());
    QHash<QString, const ProjectSummary*> byName;
    QHash<QString, int> importSizes;
    for (const ProjectSummary& s : std::as_const(*all)) {
        byName.insert(s.name, &s);
        if (const QString prefix = importPrefix(s.name); !prefix.isEmpty())
            ++importSizes[prefix];
    }
    for (auto it = m_created.cbegin(); it != m_created.cend(); ++it) {
        const ProjectSummary* s = byName.value(it.key());
        if (!s || s->id != it.value())
            problem(report, QStringLiteral("acknowledged project %1 is missing").arg(it.key()));
    }
    QHash<qint64, const ProjectSummary*> byId;
    for (const ProjectSummary& s : std::as_const(*all))
        byId.insert(s.id, &s);
    for (auto it = m_revisions.cbegin(); it != m_revisions.cend(); ++it) {
        const ProjectSummary* s = byId.value(it.key());
        // A later revision may have been committed just before the kill, unacknowledged.
        if (!s || s->description.toInt() < it.value()) {
            problem(report, QStringLiteral("project %1 lost revision %2 (has %3)")
                                .arg(it.key())
                                .arg(it.value())
                                .arg(s ? s->description : QStringLiteral("nothing")));
        }
    }
    for (qint64 id : m_scorecards) {
        if (!p.scorecard(id))
            problem(report, QStringLiteral("acknowledged scorecard %1 is missing").arg(id));
    }
    int unacknowledged = 0;
    for (auto it = importSizes.cbegin(); it != importSizes.cend(); ++it) {
        const int expected = m_imports.value(it.key(), 20);
        if (it.value() != expected) {
            problem(report, QStringLiteral("import %1 is partial: %2 of %3 projects")
                                .arg(it.key())
                                .arg(it.value())
                                .arg(expected));
        }
        if (!m_imports.contains(it.key()))
            ++unacknowledged;
    }
    report->unacknowledgedImports = unacknowledged;
    for (auto it = m_imports.cbegin(); it != m_imports.cend(); ++it) {
        if (!importSizes.contains(it.key()))
            problem(report, QStringLiteral("acknowledged import %1 is missing").arg(it.key()));
    }
}

CrashCycleReport runCrashCycles(const CrashCycleOptions& options,
                                const std::function<void(const CrashCycleReport&)>& progress)
{
    CrashCycleReport report;
    QElapsedTimer clock;
    clock.start();
    {
        // The file exists before the first kill: a kill while creating a new, empty database
        // is not what this measures.
        Result<std::unique_ptr<Portfolio>> created =
            Portfolio::open(options.database, OpenMode::CreateIfMissing);
        if (!created) {
            report.problems << created.error().message;
            return report;
        }
    }
    SplitMix64 random(options.seed);
    AcknowledgedEdits acknowledged;
    for (int kill = 0; kill < options.kills; ++kill) {
        QProcess worker;
        worker.setProcessChannelMode(QProcess::SeparateChannels);
        const quint64 workerSeed = options.seed * 100000 + quint64(kill);
        worker.start(options.workerPath,
                     {options.workerCommand, options.database, QString::number(workerSeed)});
        if (!worker.waitForStarted(10000)) {
            report.problems << QStringLiteral("cannot start %1").arg(options.workerPath);
            break;
        }
        QByteArray output;
        // One kill in eight lands while the worker starts and opens the database; the others
        // somewhere in its edits and imports.
        if (random.below(8) == 0) {
            QThread::usleep(static_cast<unsigned long>(random.below(15000)));
            ++report.killedBeforeReady;
        } else {
            // Up to two acknowledgements first (so every life has edits to check, however
            // slow the machine), then a random moment inside whatever comes next.
            const int acknowledgements = 1 + random.below(3); // "ready" counts as one
            while (output.count('\n') < acknowledgements && worker.state() == QProcess::Running &&
                   worker.waitForReadyRead(10000))
                output += worker.readAllStandardOutput();
            QThread::usleep(static_cast<unsigned long>(random.below(options.maxDelayMs * 1000)));
        }
        if (worker.state() == QProcess::Running)
            ::kill(static_cast<pid_t>(worker.processId()), SIGKILL);
        worker.waitForFinished(10000);
        output += worker.readAllStandardOutput();
        ++report.kills;
        if (worker.exitStatus() != QProcess::CrashExit) {
            problem(&report, QStringLiteral("the worker ended by itself: ") +
                                 QString::fromUtf8(output.right(400) +
                                                   worker.readAllStandardError().left(400)));
        }
        if (QFileInfo::exists(options.database + QStringLiteral("-journal")))
            ++report.killedInTransaction;
        report.acknowledgedCommits += acknowledged.take(output, &report.problems);
        acknowledged.verify(options.database, &report);
        report.acknowledgedImports = acknowledged.imports();
        if (progress)
            progress(report);
        if (!report.problems.isEmpty())
            break;
    }
    report.milliseconds = clock.elapsed();
    return report;
}

} // namespace tollgate::test
