// tollgate-cli: everything that needs no window (SPEC §8), for automation and tests.
#include "cli/Arguments.h"
#include "cli/Commands.h"
#include "cli/Console.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>

using namespace tollgate::cli;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tollgate-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOLLGATE_VERSION));

    const auto parsed = parseArguments(QCoreApplication::arguments().mid(1));
    if (!parsed)
        return usageError(parsed.error().message);
    const Invocation& inv = parsed.value();
    if (inv.version) {
        printOut(QStringLiteral("tollgate-cli %1\n").arg(QStringLiteral(TOLLGATE_VERSION)));
        return Success;
    }
    if (inv.help) {
        printOut(usageText());
        return Success;
    }

    static const QHash<QString, std::function<int(const Invocation&)>> commands{
        {QStringLiteral("init"), runInit},         {QStringLiteral("sample"), runSample},
        {QStringLiteral("import"), runImport},     {QStringLiteral("export"), runExport},
        {QStringLiteral("list"), runList},         {QStringLiteral("show"), runShow},
        {QStringLiteral("check"), runCheck},       {QStringLiteral("backup"), runBackup},
        {QStringLiteral("evaluate"), runEvaluate},
    };
    return commands.value(inv.command)(inv);
}
