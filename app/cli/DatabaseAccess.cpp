#include "cli/DatabaseAccess.h"

#include "cli/Arguments.h"
#include "cli/CliText.h"
#include "core/Paths.h"

#include <QDir>
#include <QFileInfo>

namespace tollgate::cli
{

QString databasePath(const Invocation& inv)
{
    if (!inv.database.isEmpty())
        return inv.database;
    const QString fromEnvironment = qEnvironmentVariable("TOLLGATE_DB");
    return fromEnvironment.isEmpty() ? Paths::defaultDatabase() : fromEnvironment;
}

Result<std::unique_ptr<Portfolio>> openDatabase(const Invocation& inv, OpenMode mode)
{
    const QString path = databasePath(inv);
    const QFileInfo file(path);
    if (mode == OpenMode::ExistingOnly && !file.exists()) {
        return Error::of(ErrorKind::NotFound,
                         CliText::tr("%1: no such database; create it with 'tollgate-cli --db %1 "
                                     "init'.")
                             .arg(displayPath(path)));
    }
    if (file.exists() && !file.isFile()) {
        return Error::of(ErrorKind::Invalid,
                         CliText::tr("%1 is not a file.").arg(displayPath(path)));
    }
    if (mode == OpenMode::CreateIfMissing && !QDir().mkpath(file.absolutePath())) {
        return Error::of(
            ErrorKind::Io,
            CliText::tr("Cannot create the folder %1.").arg(displayPath(file.absolutePath())));
    }
    return Portfolio::open(path, mode);
}

Result<qsizetype> projectCount(const Portfolio& portfolio)
{
    ProjectFilter everything;
    everything.includeArchived = true;
    const Result<QList<ProjectSummary>> summaries = portfolio.projectSummaries(everything);
    if (!summaries)
        return summaries.error();
    return summaries->size();
}

Error noSuchProject(const Portfolio& portfolio, qint64 id)
{
    return Error::of(
        ErrorKind::NotFound,
        CliText::tr("%1 has no project with ID %2.").arg(displayPath(portfolio.path())).arg(id));
}

QString displayPath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString commandLineAnalyst()
{
    for (const char* variable : {"TOLLGATE_ANALYST", "USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("tollgate-cli");
}

} // namespace tollgate::cli
