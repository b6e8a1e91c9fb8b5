// tollgate-cli: everything that needs no window (SPEC §8), for automation and tests. This file
// is the command table; each command lives in its group's file (cli/Commands.h).
#include "cli/Arguments.h"
#include "cli/CliText.h"
#include "cli/Commands.h"
#include "cli/Console.h"
#include "core/Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>

#include <memory>

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

// Every command, in the order --help lists them. The meeting commands of SPEC §8 join this table
// with the feature they belong to.
// Built on each call, not once: the summaries are translated, and the first call comes before the
// translations are installed (makeApplication).
QList<CommandSpec> commandTable()
{
    const QList<CommandSpec> table{
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
         CliText::tr("Write every project to a CSV or JSON file or an Excel workbook."),
         {QStringLiteral("FILE.csv|FILE.json|FILE.xlsx")},
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
         {option("out", "FILE.pdf", true), option("fund", "NAME")},
         true,
         runMeetingPack,
         true},
        {QStringLiteral("memo"),
         CliText::tr("Write one project's investment memo as a PDF or HTML file."),
         {QStringLiteral("ID")},
         {option("out", "FILE.pdf|FILE.html", true), option("fund", "NAME")},
         true,
         runMemo,
         true},
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

// The application object the command needs, decided before any exists: a command that draws
// charts gets a QApplication (on the offscreen platform unless QT_QPA_PLATFORM names one, so it
// runs without an X server or DISPLAY); every other command a QCoreApplication. The arguments are
// parsed again properly, with messages, once the application exists.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const QList<CommandSpec> commands = commandTable();
    const Result<Invocation> parsed = parseArguments(arguments, commands);
    if (!parsed || !parsed->command || !parsed->command->rendersCharts || parsed->help)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Starting a platform looks for the runtime folder and warns on stderr when XDG_RUNTIME_DIR
    // is unset (cron, containers, CI). Naming the folder Qt would fall back to keeps stderr for
    // the command's own messages.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString user = qEnvironmentVariable("USER", QStringLiteral("user"));
        qputenv("XDG_RUNTIME_DIR",
                QDir::tempPath().toLocal8Bit() + "/runtime-" + user.toLocal8Bit());
    }
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace

int main(int argc, char** argv)
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tollgate-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOLLGATE_VERSION));
    // Messages follow the environment's locale (LC_ALL, LC_MESSAGES, LANG), like other tools.
    installTranslations(QString());

    const QList<CommandSpec> commands = commandTable(); // outlives the invocation that points in
    const Result<Invocation> parsed =
        parseArguments(QCoreApplication::arguments().mid(1), commands);
    if (!parsed)
        return usageError(parsed.error().message, shortUsage(commands, parsed.error().field));
    const Invocation& inv = *parsed;
    if (inv.help) {
        printOut(inv.command ? CliText::tr("Usage: %1\n  %2\n")
                                   .arg(commandUsage(*inv.command), inv.command->summary)
                             : usageText(commands));
        return Success;
    }
    if (inv.version) {
        printOut(QStringLiteral("tollgate-cli %1\n").arg(QStringLiteral(TOLLGATE_VERSION)));
        return Success;
    }
    return inv.command->run(inv);
}
