// init, check and backup: the commands about the database file itself.
#include "cli/Commands.h"
#include "cli/Console.h"
#include "cli/PortfolioAccess.h"

#include <QCoreApplication>
#include <QDir>

namespace tollgate::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DatabaseCommands)
};
} // namespace

int runInit(const Invocation& inv)
{
    auto portfolio = openPortfolio(inv, OpenMode::CreateIfMissing);
    if (!portfolio)
        return userError(portfolio.error());
    printOut(Tr::tr("Database %1 is ready (schema version %2).\n")
                 .arg(QDir::toNativeSeparators((*portfolio)->path()))
                 .arg((*portfolio)->schemaVersion()));
    return Success;
}

int runCheck(const Invocation& inv)
{
    auto portfolio = openPortfolio(inv, OpenMode::ExistingOnly);
    if (!portfolio)
        return userError(portfolio.error());
    const auto problems = (*portfolio)->integrityCheck();
    if (!problems)
        return userError(problems.error());
    if (!problems->isEmpty()) {
        for (const QString& problem : *problems)
            printErr(problem + QLatin1Char('\n'));
        return userError(Tr::tr("%1 has %n integrity problem(s)", nullptr, problems->size())
                             .arg(QDir::toNativeSeparators((*portfolio)->path())));
    }
    printOut(Tr::tr("ok: %1, schema version %2, integrity check passed\n")
                 .arg(QDir::toNativeSeparators((*portfolio)->path()))
                 .arg((*portfolio)->schemaVersion()));
    return Success;
}

int runBackup(const Invocation& inv)
{
    if (!inv.has(QStringLiteral("out")))
        return usageError(Tr::tr("'backup' needs --out FILE"));
    auto portfolio = openPortfolio(inv, OpenMode::ExistingOnly);
    if (!portfolio)
        return userError(portfolio.error());
    const QString out = inv.value(QStringLiteral("out"));
    const Status status = (*portfolio)->backupTo(out);
    if (!status)
        return userError(status.error());
    printOut(Tr::tr("Backup written to %1\n").arg(QDir::toNativeSeparators(out)));
    return Success;
}

} // namespace tollgate::cli
