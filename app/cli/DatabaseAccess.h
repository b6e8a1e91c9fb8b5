#pragma once

#include "core/Result.h"
#include "storage/Portfolio.h"

#include <QString>

#include <memory>

namespace tollgate::cli
{

struct Invocation;

// The database of a command: --db, else $TOLLGATE_DB, else the default database
// (core/Paths.h).
QString databasePath(const Invocation& inv);

// Opens the command's database. ExistingOnly refuses a missing file with a hint to run init;
// CreateIfMissing creates the file (and its folder). Errors name the file.
Result<std::unique_ptr<Portfolio>> openDatabase(const Invocation& inv, OpenMode mode);

// How many projects the database holds, archived ones included.
Result<qsizetype> projectCount(const Portfolio& portfolio);

// "FILE has no project with ID N.", for commands given an ID the database does not hold.
Error noSuchProject(const Portfolio& portfolio, qint64 id);

// The file name as the user should read it in messages.
QString displayPath(const QString& path);

// The analyst recorded in the audit log for command-line edits: $TOLLGATE_ANALYST, else the
// login name.
QString commandLineAnalyst();

} // namespace tollgate::cli
