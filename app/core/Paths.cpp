#include "core/Paths.h"

#include <QDir>
#include <QStandardPaths>

namespace tollgate::Paths {

QString dataDirectory()
{
    // GenericDataLocation + a fixed name, so the folder does not depend on whatever
    // organisation or application name the calling executable happens to set.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("Tollgate"));
}

QString defaultDatabase()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("portfolio.") + databaseSuffix());
}

QString sampleDatabase()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("sample-portfolio.") + databaseSuffix());
}

} // namespace tollgate::Paths
