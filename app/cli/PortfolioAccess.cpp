#include "cli/PortfolioAccess.h"

#include "cli/Commands.h"
#include "core/Paths.h"

#include <QDir>
#include <QFileInfo>

namespace tollgate::cli {

QString databasePath(const Invocation& inv)
{
    if (!inv.database.isEmpty())
        return inv.database;
    const QString fromEnvironment = qEnvironmentVariable("TOLLGATE_DB");
    return fromEnvironment.isEmpty() ? Paths::defaultDatabase() : fromEnvironment;
}

Result<std::unique_ptr<Portfolio>> openPortfolio(const Invocation& inv, OpenMode mode)
{
    const QString path = databasePath(inv);
    if (mode == OpenMode::CreateIfMissing)
        QDir().mkpath(QFileInfo(path).absolutePath());
    return Portfolio::open(path, mode);
}

QString commandLineAnalyst()
{
    QString name = qEnvironmentVariable("TOLLGATE_ANALYST");
    if (name.isEmpty())
        name = qEnvironmentVariable("USER");
    return name.isEmpty() ? QStringLiteral("tollgate-cli") : name;
}

} // namespace tollgate::cli
