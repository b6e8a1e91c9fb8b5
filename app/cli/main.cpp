// tollgate-cli: everything that needs no window (SPEC §8), for automation and tests. This file
// is the command table; each command lives in its group's file (cli/Commands.h).
#include "cli/Arguments.h"
#include "cli/CliText.h"
#include "cli/Commands.h"
#include "cli/Console.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <memory>

#include <unistd.h>

using namespace tollgate;
using namespace tollgate::cli;

namespace
{

OptionSpec flag(const char* name)
{
    return {QLatin1String(name), QString()};
}

OptionSpec option(const char* name, const char* valueName, bool required = false)
{
    return {QLatin1String(name), QLatin1String(valueName), required};
}

// Every command, in the order --help lists them. The memo and meeting commands of SPEC §8 join
// this table with the features they belong to.
const QList<CommandSpec>& commandTable()
{
    static const QList<CommandSpec> table{
        {QStringLiteral("init"),
         CliText::tr("Create the database (or bring an older one up to date)."),
         {},
         {},
         true,
         runInit},
        {QStringLiteral("sample"),
         CliText::tr("Fill an empty database with the bundled sample portfolio, or N synthetic "
                     "projects."),
         {},
         {option("projects", "N"), option("seed", "S")},
         true,
         runSample},
        {QStringLiteral("import"),
         CliText::tr("Add the projects of a CSV or JSON file, all or nothing."),
         {QStringLiteral("FILE.csv|FILE.json")},
         {flag("dry-run"), flag("skip-invalid"), option("encoding", "auto|utf-8|gb18030")},
         true,
         runImport},
        {QStringLiteral("export"),
         CliText::tr("Write every project to a CSV or JSON file."),
         {QStringLiteral("FILE.csv|FILE.json")},
         {},
         true,
         runExport},
        {QStringLiteral("list"),
         CliText::tr("The project table: segment by key or name, verdict by key."),
         {},
         {option("segment", "KEY"), option("verdict", "V"), flag("json")},
         true,
         runList},
        {QStringLiteral("show"),
         CliText::tr("One project with its scorecards and evaluation."),
         {QStringLiteral("ID")},
         {flag("json")},
         true,
         runShow},
        {QStringLiteral("meetings"),
         CliText::tr("The review meetings: date, status, title and agenda."),
         {},
         {flag("json")},
         true,
         runMeetings},
        {QStringLiteral("meeting-pack"),
         CliText::tr("Write a meeting's pack (cover, agenda, memos, minutes) to a PDF file."),
         {QStringLiteral("ID")},
         {option("out", "FILE.pdf", true)},
         true,
         runMeetingPack},
        {QStringLiteral("check"),
         CliText::tr("Check the database's integrity and schema version."),
         {},
         {},
         true,
         runCheck},
        {QStringLiteral("backup"),
         CliText::tr("Write a verified copy of the database to a new file."),
         {},
         {option("out", "FILE", true)},
         true,
         runBackup},
        {QStringLiteral("evaluate"),
         CliText::tr("Score one JSON request (a file, or - for standard input); no database."),
         {QStringLiteral("FILE.json|-")},
         {},
         false,
         runEvaluate},
    };
    return table;
}

// PDFs (the meeting pack) lay out text with real fonts, which takes a QGuiApplication; every
// other command makes do with a QCoreApplication and starts faster. The command line never
// opens a window, so the GUI application runs on the offscreen platform, with a private runtime
// folder when the environment names none (instead of a warning on stderr, which scripts read).
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv)
{
    bool pdf = false;
    for (int i = 1; i < argc; ++i)
        pdf |= qstrcmp(argv[i], "meeting-pack") == 0;
    if (!pdf)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime =
            QDir::temp().filePath(QStringLiteral("tollgate-cli-runtime-%1").arg(getuid()));
        if (QDir().mkpath(runtime) &&
            QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    }
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char** argv)
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tollgate-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOLLGATE_VERSION));

    const Result<Invocation> parsed =
        parseArguments(QCoreApplication::arguments().mid(1), commandTable());
    if (!parsed)
        return usageError(parsed.error().message, shortUsage(commandTable(), parsed.error().field));
    const Invocation& inv = *parsed;
    if (inv.help) {
        printOut(inv.command ? CliText::tr("Usage: %1\n  %2\n")
                                   .arg(commandUsage(*inv.command), inv.command->summary)
                             : usageText(commandTable()));
        return Success;
    }
    if (inv.version) {
        printOut(QStringLiteral("tollgate-cli %1\n").arg(QStringLiteral(TOLLGATE_VERSION)));
        return Success;
    }
    return inv.command->run(inv);
}
