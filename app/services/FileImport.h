#pragma once

#include "core/Progress.h"
#include "core/Result.h"
#include "exchange/TextEncoding.h"
#include "storage/Portfolio.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace tollgate
{

struct FileImportOptions {
    bool dryRun = false;      // validate everything, write nothing (no database, no rejects file)
    bool skipInvalid = false; // import the good CSV rows, write the bad ones to a rejects file
    TextEncoding encoding = TextEncoding::Auto; // CSV only; JSON is always UTF-8
    QString analyst; // who imports: the audit log, and CSV rows without lead_analyst
    QDate today;     // the date of CSV scorecards; invalid means Clock::today()
    // Told of each project stored; returning false cancels the import (nothing is imported,
    // the Error is of kind Cancelled). Not called in a dry run.
    ProgressCallback progress;
};

struct FileImportReport {
    ImportStats stats;     // what was (or, in a dry run, would be) imported
    int rejectedRows = 0;  // CSV rows skipped with skipInvalid
    QString rejectsFile;   // where they were written; empty when none was written
    QStringList rowErrors; // "line 7: …" for each skipped row
};

// Imports a CSV or JSON file (by its extension) into the portfolio in one transaction, the use
// case behind `tollgate-cli import` and the GUI's import command (SPEC §8). Refused, with nothing
// imported: another extension, an unreadable file, a file-level fault of the format, and — unless
// skipInvalid — any invalid CSV row: the Error (kind Invalid) then lists every bad row with its
// line ("3 rows are invalid; nothing was imported: line 3: …; line 6: …").
Result<FileImportReport> importFile(Portfolio& portfolio, const QString& path,
                                    const FileImportOptions& options);

} // namespace tollgate
