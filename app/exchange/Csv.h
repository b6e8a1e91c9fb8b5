#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace tollgate
{

// One record of a CSV file and the physical line (1-based, as an editor shows it) where it
// starts. A quoted field may span lines, so the next record's line can be more than one later.
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

// RFC 4180 with the leniency of real files: records end at CRLF, LF or a lone CR; fields are
// separated by commas; a field in double quotes may hold commas, newlines and doubled quotes.
// Empty lines are skipped. A leading byte-order mark is ignored. A field that carries the
// formula guard of csvField() (see there) comes back without it, so parseCsv(writeCsv(rows))
// gives rows exactly.
// Refused, naming the line: a quote that is never closed, and text after a closing quote.
Result<QList<CsvRecord>> parseCsv(const QString& text);

// Reads the records of a CSV text (as parseCsv() describes) one at a time, reusing the storage
// of the fields from one record to the next: a large file is then never held as strings twice.
// The text must outlive the stream.
class CsvStream
{
public:
    explicit CsvStream(QStringView text);

    // The next record into `record`, overwriting what it held; false after the last record.
    Result<bool> next(CsvRecord& record);

private:
    bool atLineEnd() const;
    void skipLineEnd();
    Status readQuoted(QString& field);
    void readPlain(QString& field);
    void countLines(QStringView chunk);

    QStringView m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
};

// One field as CSV text: quoted when it holds a comma, a quote, CR or LF. A field that a
// spreadsheet would run as a formula (it starts with =, +, -, @, tab or CR) gets a leading
// apostrophe, the OWASP advice against CSV injection; so does a field that already starts with
// an apostrophe followed by one of those or another apostrophe, so that parseCsv can remove
// exactly one apostrophe and give the original text back.
QString csvField(const QString& value);

// The rows as a CSV file: UTF-8 with a byte-order mark (so Excel reads Chinese right), fields
// through csvField(), every record ended by CRLF.
QByteArray writeCsv(const QList<QStringList>& rows);

} // namespace tollgate
