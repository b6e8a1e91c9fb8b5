// tollgate-cli: everything that needs no window (SPEC §8), for automation and tests. This file
// is the command table; each command lives in its group's file (cli/Commands.h).
#include "cli/Arguments.h"
#include "cli/CliText.h"
#include "cli/Commands.h"
#include "cli/Console.h"

#include <QCoreApplication>

using namespace tollgate;
using namespace tollgate::cli;

namespace
{

const QList<CommandSpec>& commandTable()
{
    static const QList<CommandSpec> table{
        {QStringLiteral("evaluate"),
         CliText::tr("Score one JSON request (a file, or - for standard input); no database."),
         {QStringLiteral("FILE.json|-")},
         {},
         false,
         runEvaluate},
    };
    return table;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
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
