#pragma once

#include <QString>

namespace tollgate {

// Where Tollgate keeps its files when the user names none. The desktop app, the command line
// and scripts/run.sh agree on these so the sample portfolio opened by one is the one the
// others see.
namespace Paths {
// The user's app-data folder for Tollgate (~/.local/share/Tollgate on Linux).
QString dataDirectory();
// The database used when none is given: portfolio.tollgate in the data folder.
QString defaultDatabase();
// The database the bundled sample portfolio is installed into on first run.
QString sampleDatabase();
// File extension of Tollgate databases, without the dot.
inline QString databaseSuffix() { return QStringLiteral("tollgate"); }
} // namespace Paths

} // namespace tollgate
