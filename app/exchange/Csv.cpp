#include "exchange/Csv.h"

#include <QCoreApplication>

namespace tollgate
{

namespace
{

class CsvText
{
    Q_DECLARE_TR_FUNCTIONS(Csv)
};

constexpr QChar kQuote = u'"';
constexpr QChar kComma = u',';
constexpr QChar kCr = u'\r';
constexpr QChar kLf = u'\n';
constexpr QChar kApostrophe = u'\'';

// The characters that make a spreadsheet treat a cell as a formula.
bool startsFormula(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == kCr;
}

// True when a field read from a file carries the guard csvField() adds.
bool carriesFormulaGuard(QStringView field)
{
    return field.size() > 1 && field[0] == kApostrophe &&
           (startsFormula(field[1]) || field[1] == kApostrophe);
}

Error csvError(int line, const QString& message)
{
    Error error = Error::at(QString(), message);
    error.line = line;
    return error;
}

} // namespace

CsvStream::CsvStream(QStringView text) : m_text(text)
{
    if (!m_text.isEmpty() && m_text[0] == QChar(0xFEFF))
        m_pos = 1;
}

Result<bool> CsvStream::next(CsvRecord& record)
{
    while (m_pos < m_text.size() && atLineEnd())
        skipLineEnd(); // an empty line holds no record
    if (m_pos >= m_text.size())
        return false;
    record.line = m_line;
    qsizetype count = 0;
    for (;;) {
        if (count == record.fields.size())
            record.fields.append(QString());
        QString& field = record.fields[count++];
        field.resize(0); // keeps the capacity of the previous record's field
        if (m_text[m_pos] == kQuote) {
            if (Status s = readQuoted(field); !s)
                return s.error();
        } else {
            readPlain(field);
        }
        if (m_pos < m_text.size() && m_text[m_pos] == kComma) {
            ++m_pos;
            if (m_pos < m_text.size())
                continue;
            if (count == record.fields.size()) // a comma at the very end: one more empty field
                record.fields.append(QString());
            record.fields[count++].resize(0);
        } else if (m_pos < m_text.size()) {
            skipLineEnd(); // readPlain and readQuoted stop only at a comma or a line end
        }
        break;
    }
    record.fields.resize(count);
    return true;
}

bool CsvStream::atLineEnd() const
{
    return m_text[m_pos] == kCr || m_text[m_pos] == kLf;
}

// Consumes CRLF, LF or CR and counts the line.
void CsvStream::skipLineEnd()
{
    if (m_text[m_pos] == kCr && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == kLf)
        ++m_pos;
    ++m_pos;
    ++m_line;
}

void CsvStream::readPlain(QString& field)
{
    const qsizetype start = m_pos;
    while (m_pos < m_text.size()) {
        const QChar c = m_text[m_pos];
        if (c == kComma || c == kCr || c == kLf)
            break;
        ++m_pos;
    }
    const QStringView text = m_text.mid(start, m_pos - start);
    field.append(carriesFormulaGuard(text) ? text.mid(1) : text);
}

Status CsvStream::readQuoted(QString& field)
{
    const int startLine = m_line;
    ++m_pos; // the opening quote
    for (;;) {
        const qsizetype next = m_text.indexOf(kQuote, m_pos);
        if (next < 0) {
            return csvError(startLine, CsvText::tr("Line %1: a quoted field is never closed; "
                                                   "every opening \" needs a closing \".")
                                           .arg(startLine));
        }
        const QStringView chunk = m_text.mid(m_pos, next - m_pos);
        field.append(chunk);
        countLines(chunk);
        m_pos = next + 1;
        if (m_pos < m_text.size() && m_text[m_pos] == kQuote) { // a doubled quote
            field.append(kQuote);
            ++m_pos;
            continue;
        }
        break;
    }
    if (m_pos < m_text.size() && m_text[m_pos] != kComma && !atLineEnd()) {
        return csvError(m_line, CsvText::tr("Line %1: text follows a closing quote; write a "
                                            "quote inside a quoted field as \"\".")
                                    .arg(m_line));
    }
    if (carriesFormulaGuard(field))
        field.remove(0, 1);
    return {};
}

// Line breaks inside a quoted field still move the physical line on.
void CsvStream::countLines(QStringView chunk)
{
    for (qsizetype i = 0; i < chunk.size(); ++i) {
        if (chunk[i] == kLf || (chunk[i] == kCr && (i + 1 >= chunk.size() || chunk[i + 1] != kLf)))
            ++m_line;
    }
}

Result<QList<CsvRecord>> parseCsv(const QString& text)
{
    QList<CsvRecord> records;
    CsvStream stream(text);
    CsvRecord record;
    for (;;) {
        Result<bool> more = stream.next(record);
        if (!more)
            return more.error();
        if (!*more)
            return records;
        records.append(record);
    }
}

QString csvField(const QString& value)
{
    const bool guard = !value.isEmpty() && (startsFormula(value[0]) || carriesFormulaGuard(value));
    // A field starting with U+FEFF is quoted too: unquoted at the start of the file, that
    // character would be read back as the byte-order mark and dropped (found by fuzz-csv-import).
    const bool quote = value.contains(kComma) || value.contains(kQuote) || value.contains(kCr) ||
                       value.contains(kLf) || value.startsWith(QChar(0xFEFF));
    if (!guard && !quote)
        return value;
    QString out;
    out.reserve(value.size() + 4);
    if (quote)
        out.append(kQuote);
    if (guard)
        out.append(kApostrophe);
    for (const QChar c : value) {
        if (c == kQuote)
            out.append(kQuote);
        out.append(c);
    }
    if (quote)
        out.append(kQuote);
    return out;
}

QByteArray writeCsv(const QList<QStringList>& rows)
{
    QString text;
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                text.append(kComma);
            text.append(csvField(row[i]));
        }
        text.append(QLatin1String("\r\n"));
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace tollgate
