#include "ProcessBench.h"

#include <QFile>
#include <QProcess>

#include <sys/resource.h>

namespace tollgate::bench
{

namespace
{
// CPU time used so far by the finished children of this process.
double childrenCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const auto ms = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_usec) / 1e3;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}
} // namespace

Sample runTimed(const QString& program, const QStringList& arguments, QString* error)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    const double cpuBefore = childrenCpuMs();
    const Stopwatch watch;
    process.start(program, arguments);
    const bool finished = process.waitForStarted(-1) && process.waitForFinished(-1);
    Sample sample = watch.elapsed();
    sample.cpuMs = childrenCpuMs() - cpuBefore;
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1 %2 failed: %3%4")
                     .arg(program, arguments.join(QLatin1Char(' ')), process.errorString(),
                          QString::fromUtf8(process.readAllStandardError()).trimmed());
    }
    return sample;
}

namespace
{
void removeDatabase(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
}
} // namespace

Timing measureGenerate(const QString& cli, const QString& database, int projects, int runs,
                       QString* error)
{
    // A new process and a new file each run: nothing to warm up but the page cache.
    return measure(
        runs,
        [&]() {
            removeDatabase(database);
            return runTimed(cli,
                            {QStringLiteral("--db"), database, QStringLiteral("sample"),
                             QStringLiteral("--projects"), QString::number(projects)},
                            error);
        },
        false);
}

Timing measureCsvImport(const QString& cli, const QString& database, const QString& folder,
                        int runs, QString* error)
{
    const QString csv = folder + QStringLiteral("/export.csv");
    const QString target = folder + QStringLiteral("/imported.db");
    QFile::remove(csv);
    runTimed(cli, {QStringLiteral("--db"), database, QStringLiteral("export"), csv}, error);
    if (!error->isEmpty())
        return {};
    Timing timing = measure(
        runs,
        [&]() {
            removeDatabase(target);
            return runTimed(cli, {QStringLiteral("--db"), target, QStringLiteral("import"), csv},
                            error);
        },
        false);
    removeDatabase(target);
    QFile::remove(csv);
    return timing;
}

Timing measureSqliteShell(const QString& database, int rows, int runs, QString* error)
{
    // The table's columns, its default order (best composite first) and what it hides.
    const QString sql =
        QStringLiteral("SELECT id, name, segment_key, stage, eval_market, eval_cost, "
                       "eval_composite, eval_verdict, eval_red_flag_count, lead_analyst, updated "
                       "FROM projects WHERE archived = 0 ORDER BY eval_composite DESC, id DESC "
                       "LIMIT %1;")
            .arg(rows);
    return measure(runs, [&]() {
        return runTimed(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), database, sql},
                        error);
    });
}

} // namespace tollgate::bench
