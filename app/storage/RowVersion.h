#pragma once

#include "core/Result.h"

#include <QString>

#include <functional>

namespace tollgate
{

class Database;

// Why an `UPDATE … WHERE id = ? AND row_version = ?` changed no row: the record is gone
// (notFound), or someone else changed it since it was read (conflict, given the stored
// version). `table` is a table of the schema, never user text.
Error unchangedRowError(Database& db, const QString& table, qint64 id, const Error& notFound,
                        const std::function<Error(int stored)>& conflict);

// The Conflict error of a record changed elsewhere: "“what” was changed elsewhere …".
Error changedElsewhere(const QString& what, int readVersion, int storedVersion);

} // namespace tollgate
