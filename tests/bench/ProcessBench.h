#pragma once

#include "Measure.h"

#include <QString>
#include <QStringList>

namespace tollgate::bench
{

// Runs a program to completion and times it: wall time, and the CPU time of the child. A
// non-zero exit or a failed start sets *error.
Sample runTimed(const QString& program, const QStringList& arguments, QString* error);

// Generates `database` with `projects` projects (the last run's file is kept).
Timing measureGenerate(const QString& cli, const QString& database, int projects, int runs,
                       QString* error);
// Exports `database` to CSV once, then imports it into a new file per run.
Timing measureCsvImport(const QString& cli, const QString& database, const QString& folder,
                        int runs, QString* error);
// The first screen of the table (top `rows` by composite, the table's columns) as the
// sqlite3 command-line shell reads it from the same file: the floor any program could reach.
Timing measureSqliteShell(const QString& database, int rows, int runs, QString* error);

} // namespace tollgate::bench
