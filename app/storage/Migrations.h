#pragma once

#include "core/Result.h"

#include <QList>

#include <functional>

namespace tollgate
{

class Database;

// One step of the schema: what turns version toVersion - 1 into toVersion.
struct Migration {
    int toVersion = 0;
    std::function<Status(Database&)> apply;
};

// The product's steps, from an empty file (version 0) to Schema::currentVersion.
QList<Migration> migrations();

// Runs the steps above the database's PRAGMA user_version in order, each in its own
// transaction that also sets the new user_version, so a crash or a failing step leaves the
// file at the last completed version. Before the first step on a database that already holds
// data (version > 0), `backupFirst` is called and its failure stops the migration.
Status migrate(Database& db, const QList<Migration>& steps,
               const std::function<Status()>& backupFirst);

} // namespace tollgate
