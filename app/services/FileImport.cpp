#include "services/FileImport.h"

#include "core/Clock.h"
#include "core/ListText.h"
#include "exchange/PortfolioJson.h"
#include "exchange/ProjectCsv.h"
#include "services/FileFormat.h"

#include <QCoreApplication>
#include <QFile>

namespace tollgate
{

namespace
{

class FileImportText
{
    Q_DECLARE_TR_FUNCTIONS(FileImport)
};

// Every bad row in one message: the caller gets no report when the import is refused.
Error invalidRows(const ProjectCsvImport& csv)
{
    const QStringList errors = csv.errors();
    const QString list = ListText::join(errors);
    const QString message =
        errors.size() == 1
            ? FileImportText::tr("1 row is invalid; nothing was imported: %1").arg(list)
            : FileImportText::tr("%1 rows are invalid; nothing was imported: %2")
                  .arg(errors.size())
                  .arg(list);
    Error error = Error::of(ErrorKind::Invalid, message);
    error.line = csv.rejected.first().line;
    return error;
}

ImportStats countOf(const PortfolioDocument& document)
{
    ImportStats stats;
    stats.projects = static_cast<int>(document.projects.size());
    for (const ProjectBundle& bundle : document.projects)
        stats.scorecards += static_cast<int>(bundle.scorecards.size());
    stats.meetings = static_cast<int>(document.meetings.size());
    return stats;
}

// The CSV rows as a document; bad rows are refused, or reported and set aside with skipInvalid.
Result<PortfolioDocument> readCsvDocument(const QByteArray& bytes, const QString& path,
                                          const QList<Segment>& segments, const Template& t,
                                          const FileImportOptions& options,
                                          FileImportReport& report)
{
    const QDate today = options.today.isValid() ? options.today : Clock::today();
    Result<ProjectCsvImport> csv =
        readProjectCsv(bytes, options.encoding, segments, t, options.analyst, today);
    if (!csv)
        return csv.error();
    if (csv->hasErrors()) {
        if (!options.skipInvalid)
            return invalidRows(*csv);
        report.rejectedRows = static_cast<int>(csv->rejected.size());
        report.rowErrors = csv->errors();
        // Written before the import: if it cannot be written, nothing is imported either.
        if (!options.dryRun) {
            const QString rejectsPath = rejectsFilePath(path);
            if (Status s =
                    saveFileAtomically(rejectsPath, writeRejectsCsv(csv->header, csv->rejected));
                !s)
                return s.error();
            report.rejectsFile = rejectsPath;
        }
    }
    PortfolioDocument document;
    document.projects = std::move(csv->projects);
    return document;
}

} // namespace

Result<FileImportReport> importFile(Portfolio& portfolio, const QString& path,
                                    const FileImportOptions& options)
{
    Result<FileFormat> format = fileFormatOf(path);
    if (!format)
        return format.error();
    if (*format == FileFormat::Json && options.encoding == TextEncoding::Gb18030) {
        return Error::at(QStringLiteral("--encoding"),
                         FileImportText::tr("--encoding gb18030 applies to CSV files; JSON files "
                                            "are always UTF-8."));
    }
    Result<QByteArray> bytes = readWholeFile(path);
    if (!bytes)
        return bytes.error();
    Result<QList<Segment>> segments = portfolio.segments();
    if (!segments)
        return segments.error();
    Result<Template> t = portfolio.currentTemplate();
    if (!t)
        return t.error();

    FileImportReport report;
    Result<PortfolioDocument> document =
        *format == FileFormat::Csv ? readCsvDocument(*bytes, path, *segments, *t, options, report)
                                   : readPortfolioJson(*bytes, *segments, *t);
    if (!document)
        return document.error();
    if (options.dryRun) {
        report.stats = countOf(*document);
        return report;
    }
    // Reading a big file takes a while too: a cancel during it is honoured here.
    Status imported =
        reportProgress(options.progress, 0, document->projects.size())
            ? portfolio.importDocument(*document, options.analyst, &report.stats, options.progress)
            : Status(
                  Error::of(ErrorKind::Cancelled,
                            FileImportText::tr("The import was cancelled; nothing was imported.")));
    if (!imported) {
        // Nothing imported means nothing written either: the rejects file goes too.
        if (imported.error().kind == ErrorKind::Cancelled && !report.rejectsFile.isEmpty())
            QFile::remove(report.rejectsFile);
        return imported.error();
    }
    return report;
}

} // namespace tollgate
