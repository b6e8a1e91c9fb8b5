// init, check and backup: the commands about the database file itself.
#include "cli/Arguments.h"
#include "cli/CliText.h"
#include "cli/Commands.h"
#include "cli/Console.h"
#include "cli/DatabaseAccess.h"

#include <QFileInfo>

namespace tollgate::cli
{

int runInit(const Invocation& inv)
{
    // Opening creates the file and its schema, or migrates an older one (after a backup copy).
    const auto portfolio = openDatabase(inv, OpenMode::CreateIfMissing);
    if (!portfolio)
        return userError(portfolio.error());
    const Result<qsizetype> count = projectCount(**portfolio);
    if (!count)
        return userError(count.error());
    printOut(CliText::tr("%1 is ready (schema version %2, projects: %3).\n")
                 .arg(displayPath((*portfolio)->path()))
                 .arg((*portfolio)->schemaVersion())
                 .arg(*count));
    return Success;
}

int runCheck(const Invocation& inv)
{
    // Opening runs quick_check and refuses newer schemas; check adds the full integrity check.
    const auto portfolio = openDatabase(inv, OpenMode::ExistingOnly);
    if (!portfolio)
        return userError(portfolio.error());
    const QString path = displayPath((*portfolio)->path());
    const Result<QStringList> problems = (*portfolio)->integrityCheck();
    if (!problems)
        return userError(problems.error());
    if (!problems->isEmpty()) {
        // Every problem on stdout for whoever repairs the file; the one error line on stderr.
        for (const QString& problem : *problems)
            printOut(singleLine(problem) + QLatin1Char('\n'));
        return userError(CliText::tr("%1 fails its integrity check (problems: %2); the first: %3")
                             .arg(path)
                             .arg(problems->size())
                             .arg(problems->first()));
    }
    printOut(CliText::tr("%1: integrity check passed, schema version %2.\n")
                 .arg(path)
                 .arg((*portfolio)->schemaVersion()));
    return Success;
}

int runBackup(const Invocation& inv)
{
    const QString out = inv.value(QStringLiteral("out"));
    const auto portfolio = openDatabase(inv, OpenMode::ExistingOnly);
    if (!portfolio)
        return userError(portfolio.error());
    // A backup never replaces a file: an earlier backup (or the database itself) stays as it is.
    if (QFileInfo::exists(out)) {
        return userError(CliText::tr("%1 already exists; a backup is written to a new file.")
                             .arg(displayPath(out)));
    }
    if (const Status written = (*portfolio)->backupTo(out); !written)
        return userError(written.error());
    printOut(CliText::tr("Backup of %1 written to %2 and verified.\n")
                 .arg(displayPath((*portfolio)->path()), displayPath(out)));
    return Success;
}

} // namespace tollgate::cli
