// tollgate-bench: the figures of SPEC §9 on a generated portfolio, through the app's own code.
#include "BenchReport.h"
#include "ChartBench.h"
#include "Measure.h"
#include "MemoBench.h"
#include "ProcessBench.h"
#include "TableBench.h"

#include "storage/Portfolio.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace tollgate;
using namespace tollgate::bench;

namespace
{

struct Options {
    int projects = 100000;
    int runs = 5;      // timed runs of the quick, in-process operations (after one warm-up)
    int heavyRuns = 3; // of generation, import and re-scoring
    QString json;
    QString cli;
    QString work;       // keep the files here instead of a temporary folder
    bool reuse = false; // measure an existing WORK/bench.db instead of generating one
};

int usage(const QString& message)
{
    std::fprintf(stderr, "tollgate-bench: %s\n", qUtf8Printable(message));
    return 2;
}

void print(const QString& text)
{
    std::fputs(qUtf8Printable(text), stdout);
    std::fflush(stdout);
}

// Each figure as soon as it is measured: a long run (a million projects) shows its progress
// and keeps what it measured even when stopped early.
void progress(const QString& what, const Timing& timing)
{
    print(QStringLiteral("  %1: median %2 ms wall, %3 ms CPU, %4 run(s)\n")
              .arg(what)
              .arg(timing.medianWallMs(), 0, 'f', 1)
              .arg(timing.medianCpuMs(), 0, 'f', 1)
              .arg(timing.wallMs.size()));
}

void keepSettingsAway(const QString& folder)
{
    // The Projects page reads saved filters from the settings: never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TollgateBench"));
    QCoreApplication::setApplicationName(QStringLiteral("tollgate-bench"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
}

// Re-scoring every project through the Portfolio, as a template change does.
Timing measureRescore(const QString& database, int runs, QString* error)
{
    Result<std::unique_ptr<Portfolio>> portfolio =
        Portfolio::open(database, OpenMode::ExistingOnly);
    if (!portfolio) {
        *error = portfolio.error().message;
        return {};
    }
    return measure(
        runs,
        [&]() {
            const Stopwatch watch;
            if (Status done = (*portfolio)->reevaluateAll(); !done)
                *error = done.error().message;
            return watch.elapsed();
        },
        runs > 1);
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures the operations of SPEC §9 on a generated portfolio of N projects."));
    parser.addHelpOption();
    const QCommandLineOption projectsOption(QStringLiteral("projects"),
                                            QStringLiteral("Projects to generate (100000)."),
                                            QStringLiteral("N"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Write the figures as JSON to FILE."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Timed runs of each quick operation (5)."),
                                        QStringLiteral("R"));
    const QCommandLineOption heavyOption(
        QStringLiteral("heavy-runs"),
        QStringLiteral("Timed runs of generation, import and re-scoring (3; generation and "
                       "import start a fresh process each run and have no warm-up)."),
        QStringLiteral("R"));
    const QCommandLineOption cliOption(QStringLiteral("cli"),
                                       QStringLiteral("The tollgate-cli to run."),
                                       QStringLiteral("PATH"), QStringLiteral(TOLLGATE_CLI_PATH));
    const QCommandLineOption workOption(QStringLiteral("work"),
                                        QStringLiteral("Keep the generated files in DIR."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption reuseOption(
        QStringLiteral("reuse"),
        QStringLiteral("Measure the bench.db already in --work DIR; generate_s is then null."));
    parser.addOptions(
        {projectsOption, jsonOption, runsOption, heavyOption, cliOption, workOption, reuseOption});
    parser.process(app);

    Options options;
    bool ok = true;
    if (parser.isSet(projectsOption))
        options.projects = parser.value(projectsOption).toInt(&ok);
    if (!ok || options.projects < 1)
        return usage(QStringLiteral("--projects takes a positive number"));
    if (parser.isSet(runsOption))
        options.runs = parser.value(runsOption).toInt(&ok);
    if (!ok || options.runs < 1)
        return usage(QStringLiteral("--runs takes a positive number"));
    if (parser.isSet(heavyOption))
        options.heavyRuns = parser.value(heavyOption).toInt(&ok);
    if (!ok || options.heavyRuns < 1)
        return usage(QStringLiteral("--heavy-runs takes a positive number"));
    options.json = parser.value(jsonOption);
    options.cli = parser.value(cliOption);
    options.work = parser.value(workOption);
    options.reuse = parser.isSet(reuseOption);
    if (options.reuse && options.work.isEmpty())
        return usage(QStringLiteral("--reuse needs --work DIR"));
    if (!parser.positionalArguments().isEmpty())
        return usage(QStringLiteral("unexpected argument %1")
                         .arg(parser.positionalArguments().constFirst()));

    QTemporaryDir temporary;
    const QString folder = options.work.isEmpty() ? temporary.path() : options.work;
    if (!QDir().mkpath(folder))
        return usage(QStringLiteral("cannot create %1").arg(folder));
    keepSettingsAway(folder);
    const QString database = folder + QStringLiteral("/bench.db");

    QStringList errors;
    auto check = [&errors](const QString& step, const QString& error) {
        if (!error.isEmpty())
            errors << step + QStringLiteral(": ") + error;
    };
    print(QStringLiteral("tollgate-bench: %1 projects, %2 runs (%3 for the heavy operations), "
                         "load average %4\n")
              .arg(options.projects)
              .arg(options.runs)
              .arg(options.heavyRuns)
              .arg(loadAverage()));

    QString error;
    const Timing generate =
        options.reuse && QFileInfo::exists(database)
            ? Timing()
            : measureGenerate(options.cli, database, options.projects, options.heavyRuns, &error);
    check(QStringLiteral("generate"), error);
    progress(QStringLiteral("generate"), generate);
    if (!errors.isEmpty()) {
        print(errors.join(QLatin1Char('\n')) + QLatin1Char('\n'));
        return 1;
    }
    print(QStringLiteral("generated %1 (%2 MB)\n")
              .arg(database)
              .arg(static_cast<double>(QFileInfo(database).size()) / 1e6, 0, 'f', 1));

    const TableFigures table = measureTable(database, options.runs);
    check(QStringLiteral("table"), table.error);
    progress(QStringLiteral("first screen"), table.firstScreen);
    progress(QStringLiteral("every row loaded"), table.ready);
    progress(QStringLiteral("keystroke"), table.keystroke);
    progress(QStringLiteral("sort"), table.sort);
    print(
        QStringLiteral("  peak RSS with the table open: %1 MB\n").arg(table.peakRssMb, 0, 'f', 1));
    error.clear();
    const Timing shell =
        measureSqliteShell(database, std::max(1, table.visibleRows), options.runs, &error);
    check(QStringLiteral("sqlite3 shell"), error);
    progress(QStringLiteral("sqlite3 shell first screen"), shell);
    const ChartFigures charts = measureCharts(database, options.runs);
    check(QStringLiteral("charts"), charts.error);
    progress(QStringLiteral("dashboard read"), charts.read);
    progress(QStringLiteral("charts"), charts.build);
    print(QStringLiteral("  peak RSS after the dashboard: %1 MB (%2 MB now)\n")
              .arg(charts.peakRssMb, 0, 'f', 1)
              .arg(charts.rssMb, 0, 'f', 1));
    error.clear();
    const Timing memoPdf = measureMemoPdf(database, folder, options.runs, &error);
    check(QStringLiteral("memo"), error);
    progress(QStringLiteral("memo PDF"), memoPdf);
    error.clear();
    const Timing rescore = measureRescore(database, options.heavyRuns, &error);
    check(QStringLiteral("re-scoring"), error);
    progress(QStringLiteral("re-scoring"), rescore);
    error.clear();
    const Timing csv = measureCsvImport(options.cli, database, folder, options.heavyRuns, &error);
    check(QStringLiteral("CSV import"), error);

    QList<Figure> figures;
    figures << figureOf(QStringLiteral("generate_s"), QStringLiteral("tollgate-cli sample"),
                        generate, 3.0, true);
    figures << figureOf(QStringLiteral("open_first_screen_ms"),
                        QStringLiteral("open the file, first screen of the table painted"),
                        table.firstScreen, 300.0);
    figures << figureOf(QString(), QStringLiteral("open the file, every row loaded and searchable"),
                        table.ready, std::nullopt);
    figures << figureOf(
        QString(),
        QStringLiteral("sqlite3 shell: the same first screen (%1 rows)").arg(table.visibleRows),
        shell, std::nullopt);
    figures << figureOf(QStringLiteral("search_keystroke_ms"),
                        QStringLiteral("one typed character, table repainted"), table.keystroke,
                        16.0);
    figures << figureOf(QStringLiteral("sort_ms"),
                        QStringLiteral("sort by composite (no cached order), table repainted"),
                        table.sort, 100.0);
    figures << figureOf(QStringLiteral("rescore_all_ms"),
                        QStringLiteral("recompute every score and verdict"), rescore, 200.0);
    figures << figureOf(QString(), QStringLiteral("dashboard: compact read of every project"),
                        charts.read, std::nullopt);
    figures << figureOf(QStringLiteral("charts_ms"),
                        QStringLiteral("statistics and the four segment charts"), charts.build,
                        100.0);
    figures << figureOf(QStringLiteral("memo_pdf_ms"),
                        QStringLiteral("one memo PDF: data, two charts, layout, PDF"), memoPdf,
                        300.0);
    figures << figureOf(QStringLiteral("csv_import_s"),
                        QStringLiteral("tollgate-cli import of the exported CSV"), csv, 3.0, true);
    Figure rss{QStringLiteral("peak_rss_mb"),
               QStringLiteral("peak resident memory with the table open"),
               table.peakRssMb,
               std::nullopt,
               300.0,
               1};
    figures << rss;
    figures << Figure{QString(),        QStringLiteral("peak resident memory after the dashboard"),
                      charts.peakRssMb, std::nullopt,
                      std::nullopt,     1};

    print(QLatin1Char('\n') + reportTable(figures));
    const double ratio =
        shell.medianWallMs() > 0 ? table.firstScreen.medianWallMs() / shell.medianWallMs() : 0;
    print(QStringLiteral("\nfirst screen: Tollgate %1 ms, sqlite3 shell %2 ms, ratio %3\n"
                         "%4 rows in the table, %5 visible; load average now %6\n")
              .arg(table.firstScreen.medianWallMs(), 0, 'f', 1)
              .arg(shell.medianWallMs(), 0, 'f', 1)
              .arg(ratio, 0, 'f', 2)
              .arg(table.rows)
              .arg(table.visibleRows)
              .arg(loadAverage()));

    if (!options.json.isEmpty()) {
        QFile out(options.json);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            errors << QStringLiteral("cannot write %1").arg(options.json);
        } else {
            out.write(QJsonDocument(reportJson(figures)).toJson());
        }
    }
    if (!errors.isEmpty()) {
        print(QStringLiteral("\nFAILED:\n") + errors.join(QLatin1Char('\n')) + QLatin1Char('\n'));
        return 1;
    }
    return 0;
}
