#pragma once

#include "core/Progress.h"
#include "core/Result.h"

#include <QString>
#include <QStringList>

namespace tollgate
{

class Database;

namespace Backup
{

// How many rolling backups are kept per database unless the caller says otherwise.
constexpr int defaultKeep = 10;

// Writes a consistent copy of the open database to `file`, replacing it only once the copy has
// passed integrity_check, so a failed backup never destroys the previous one.
// `progress` hears of the three steps (copy, check, move into place) and may cancel between
// them: the partial copy is removed, the target is left as it was, and the Error is of kind
// Cancelled. The copy itself is one SQLite statement and runs to its end once started.
Status copyVerified(Database& db, const QString& file, const ProgressCallback& progress = {});

// The last step of copyVerified: `written` (a finished copy) is opened and integrity-checked,
// and only a sound copy is moved over `file`. A copy that fails is deleted and `file` is left
// as it was. `progress` may still cancel after the check (step 2 of copyVerified's three).
Status installVerified(const QString& written, const QString& file,
                       const ProgressCallback& progress = {});

// Rolling backups live in a "backups" folder beside the database, named after it and the UTC
// time they were taken: backups/portfolio-20261123-093000-123.tollgate.
QString folderFor(const QString& databasePath);
QStringList backupsOf(const QString& databasePath); // newest first
QString latestBackup(const QString& databasePath);  // empty when there is none

// Takes a new rolling backup and deletes all but the `keep` newest. Returns the new file.
Result<QString> rollingBackup(Database& db, int keep = defaultKeep);

} // namespace Backup
} // namespace tollgate
