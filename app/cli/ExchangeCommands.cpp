// import and export: CSV and JSON files in and out of the database (SPEC §8), through the
// services the desktop app uses too. The format is the file's extension; a name that is neither
// .csv nor .json (nor .xlsx, for export) is a usage error, found before any file is touched.
#include "cli/Arguments.h"
#include "cli/CliText.h"
#include "cli/Commands.h"
#include "cli/Console.h"
#include "cli/DatabaseAccess.h"
#include "core/Clock.h"
#include "core/Paths.h"
#include "exchange/TextEncoding.h"
#include "services/FileExport.h"
#include "services/FileFormat.h"
#include "services/FileImport.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace tollgate::cli
{

namespace
{

Result<FileImportOptions> readImportOptions(const Invocation& inv, FileFormat format)
{
    FileImportOptions options;
    options.dryRun = inv.has(QStringLiteral("dry-run"));
    options.skipInvalid = inv.has(QStringLiteral("skip-invalid"));
    options.analyst = commandLineAnalyst();
    options.today = Clock::today();
    const QString encoding = QStringLiteral("encoding");
    if (inv.has(encoding)) {
        const Result<TextEncoding> chosen = textEncodingFromName(inv.value(encoding));
        if (!chosen)
            return chosen.error();
        options.encoding = *chosen;
    }
    // A JSON file is UTF-8 and imported whole or not at all; options that cannot apply are
    // refused rather than silently ignored.
    if (format == FileFormat::Json) {
        for (const QString& csvOnly : {encoding, QStringLiteral("skip-invalid")}) {
            if (inv.has(csvOnly)) {
                return Error::at(csvOnly,
                                 CliText::tr("--%1 applies to CSV files only.").arg(csvOnly));
            }
        }
    }
    return options;
}

// The database an import goes into, and where it lives. A dry run against a database that does
// not exist yet validates against a fresh one in a temporary folder, so it creates nothing.
struct ImportTarget {
    std::unique_ptr<QTemporaryDir> scratch; // declared first: outlives the portfolio in it
    std::unique_ptr<Portfolio> portfolio;
    bool existedBefore = false;
};

Result<ImportTarget> openImportTarget(const Invocation& inv, bool dryRun)
{
    ImportTarget target;
    target.existedBefore = QFileInfo::exists(databasePath(inv));
    if (dryRun && !target.existedBefore) {
        target.scratch = std::make_unique<QTemporaryDir>();
        if (!target.scratch->isValid()) {
            return Error::of(ErrorKind::Io, CliText::tr("Cannot create a temporary folder for the "
                                                        "dry run: %1.")
                                                .arg(target.scratch->errorString()));
        }
        Invocation scratchInvocation = inv;
        scratchInvocation.database =
            target.scratch->filePath(QStringLiteral("dry-run.") + Paths::databaseSuffix());
        auto portfolio = openDatabase(scratchInvocation, OpenMode::CreateIfMissing);
        if (!portfolio)
            return portfolio.error();
        target.portfolio = std::move(*portfolio);
        return target;
    }
    auto portfolio = openDatabase(inv, OpenMode::CreateIfMissing);
    if (!portfolio)
        return portfolio.error();
    target.portfolio = std::move(*portfolio);
    return target;
}

// A failed import into a database this run created leaves no empty file behind.
void discardCreatedDatabase(ImportTarget& target)
{
    if (target.existedBefore || target.scratch)
        return;
    const QString path = target.portfolio->path();
    target.portfolio.reset(); // closes the connection first
    QFile::remove(path);
}

void printImportReport(const FileImportReport& report, const FileImportOptions& options,
                       const QString& input, const QString& database)
{
    const ImportStats& s = report.stats;
    if (options.dryRun) {
        printOut(CliText::tr("Dry run: %1 would add %2 projects, %3 scorecards and %4 meetings; "
                             "nothing was written.\n")
                     .arg(displayPath(input))
                     .arg(s.projects)
                     .arg(s.scorecards)
                     .arg(s.meetings));
    } else {
        printOut(CliText::tr("Imported %1 projects, %2 scorecards and %3 meetings from %4 into "
                             "%5.\n")
                     .arg(s.projects)
                     .arg(s.scorecards)
                     .arg(s.meetings)
                     .arg(displayPath(input), database));
    }
    for (const QString& rowError : report.rowErrors)
        printOut(CliText::tr("rejected: %1\n").arg(singleLine(rowError)));
    if (report.rejectedRows > 0 && !report.rejectsFile.isEmpty()) {
        printOut(CliText::tr("Rejected rows: %1, written to %2.\n")
                     .arg(report.rejectedRows)
                     .arg(displayPath(report.rejectsFile)));
    } else if (report.rejectedRows > 0) {
        printOut(CliText::tr("Rows that would be rejected: %1.\n").arg(report.rejectedRows));
    }
}

} // namespace

int runImport(const Invocation& inv)
{
    const QString input = inv.positional.at(0);
    const Result<FileFormat> format = fileFormatOf(input);
    if (!format)
        return usageError(inv, format.error().message);
    const Result<FileImportOptions> options = readImportOptions(inv, *format);
    if (!options)
        return usageError(inv, options.error().message);
    // Checked before the database is opened, so a mistyped name creates no empty database.
    if (!QFileInfo(input).isFile()) {
        return userError(CliText::tr("%1: no such file to import.").arg(displayPath(input)));
    }

    Result<ImportTarget> target = openImportTarget(inv, options->dryRun);
    if (!target)
        return userError(target.error());
    Portfolio& portfolio = *target->portfolio;
    // A rolling backup first, so an import the user regrets can be undone from the backups
    // folder. A new database has nothing worth keeping yet, and a dry run writes nothing.
    if (target->existedBefore && !options->dryRun) {
        if (const Result<QString> saved = portfolio.makeRollingBackup(); !saved)
            return userError(saved.error());
    }
    const Result<FileImportReport> report = importFile(portfolio, input, *options);
    if (!report) {
        const Error error = report.error();
        discardCreatedDatabase(*target);
        return userError(error);
    }
    printImportReport(*report, *options, input, displayPath(portfolio.path()));
    return Success;
}

int runExport(const Invocation& inv)
{
    const QString output = inv.positional.at(0);
    if (const Result<ExportFormat> format = exportFormatOf(output); !format)
        return usageError(inv, format.error().message);
    const auto portfolio = openDatabase(inv, OpenMode::ExistingOnly);
    if (!portfolio)
        return userError(portfolio.error());
    if (const Status written = exportFile(**portfolio, output, Clock::currentYear()); !written)
        return userError(written.error());
    printOut(CliText::tr("Exported %1 to %2.\n")
                 .arg(displayPath((*portfolio)->path()), displayPath(output)));
    return Success;
}

} // namespace tollgate::cli
