#include "cli/Console.h"

#include "cli/Arguments.h"
#include "cli/CliText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

namespace tollgate::cli
{

namespace
{

void write(std::FILE* stream, const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

// East Asian Wide and Fullwidth characters (Unicode UAX #11), as terminals draw them.
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || c == 0x2329 || c == 0x232A ||
           (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F) || (c >= 0xAC00 && c <= 0xD7A3) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE10 && c <= 0xFE19) ||
           (c >= 0xFE30 && c <= 0xFE6F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
           (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x2FFFD) ||
           (c >= 0x30000 && c <= 0x3FFFD);
}

int charWidth(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
    case QChar::Other_Control:
        return 0;
    default:
        return isWide(c) ? 2 : 1;
    }
}

QString padding(int columns)
{
    return QString(std::max(columns, 0), QLatin1Char(' '));
}

} // namespace

void printOutBytes(const QByteArray& bytes)
{
    write(stdout, bytes);
}

void printOut(const QString& text)
{
    write(stdout, text.toUtf8());
}

void printJson(const QJsonValue& arrayOrObject)
{
    const QJsonDocument document = arrayOrObject.isArray()
                                       ? QJsonDocument(arrayOrObject.toArray())
                                       : QJsonDocument(arrayOrObject.toObject());
    write(stdout, document.toJson(QJsonDocument::Indented));
}

void printErr(const QString& text)
{
    write(stderr, text.toUtf8());
}

namespace
{
// Written out in pieces of about this size.
constexpr qsizetype kJsonChunkBytes = 1 << 16;
} // namespace

JsonArrayPrinter::JsonArrayPrinter()
{
    m_buffer.reserve(kJsonChunkBytes + 1024);
    m_buffer.append('[');
}

JsonArrayPrinter::~JsonArrayPrinter()
{
    m_buffer.append(m_first ? "]\n" : "\n]\n");
    write(stdout, m_buffer);
}

void JsonArrayPrinter::append(const QJsonObject& element)
{
    m_buffer.append(m_first ? "\n" : ",\n");
    m_first = false;
    m_buffer.append(QJsonDocument(element).toJson(QJsonDocument::Compact));
    if (m_buffer.size() >= kJsonChunkBytes) {
        write(stdout, m_buffer);
        m_buffer.clear();
    }
}

int userError(const QString& message)
{
    printErr(QStringLiteral("tollgate-cli: ") + singleLine(message).trimmed() + QLatin1Char('\n'));
    return UserError;
}

int userError(const Error& error)
{
    return userError(error.message);
}

int usageError(const QString& message, const QString& usage)
{
    printErr(QStringLiteral("tollgate-cli: ") + singleLine(message).trimmed() + QLatin1Char('\n') +
             usage);
    return UsageError;
}

int usageError(const Invocation& inv, const QString& message)
{
    return usageError(message, shortUsage({*inv.command}, inv.command->name));
}

QString singleLine(const QString& text)
{
    QString line = text;
    for (QChar& c : line) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    return line;
}

int displayWidth(const QString& text)
{
    int width = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() < 0x7F) { // the common case, without a category lookup
            width += c.unicode() >= 0x20 ? 1 : 0;
        } else if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            width += charWidth(QChar::surrogateToUcs4(c, text.at(i + 1)));
            ++i;
        } else {
            width += charWidth(c.unicode());
        }
    }
    return width;
}

QString elide(const QString& text, int maxWidth)
{
    if (displayWidth(text) <= maxWidth)
        return text;
    const QString ellipsis = QStringLiteral("…");
    QString cut;
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        const int w = charWidth(c);
        if (width + w > maxWidth - 1)
            break;
        cut += QString::fromUcs4(&c, 1);
        width += w;
    }
    return cut + ellipsis;
}

QString formatTable(const QList<TableColumn>& columns, const QList<QStringList>& rows,
                    TableHeader header)
{
    QList<QStringList> cells;
    cells.reserve(rows.size() + 1);
    if (header == TableHeader::Shown) {
        QStringList titles;
        for (const TableColumn& column : columns)
            titles.append(column.title);
        cells.append(titles);
    }
    for (const QStringList& row : rows) {
        QStringList line;
        for (int i = 0; i < columns.size(); ++i) {
            const QString cell = singleLine(row.value(i));
            line.append(columns.at(i).maxWidth > 0 ? elide(cell, columns.at(i).maxWidth) : cell);
        }
        cells.append(line);
    }

    // Each cell's width once, then each column's widest.
    const qsizetype columnCount = columns.size();
    QList<int> cellWidths(cells.size() * columnCount);
    QList<int> widths(columnCount, 0);
    for (qsizetype r = 0; r < cells.size(); ++r) {
        for (qsizetype i = 0; i < columnCount; ++i) {
            const int w = displayWidth(cells.at(r).at(i));
            cellWidths[r * columnCount + i] = w;
            widths[i] = std::max(widths[i], w);
        }
    }

    QString text;
    for (qsizetype r = 0; r < cells.size(); ++r) {
        const QStringList& line = cells.at(r);
        QString out;
        for (qsizetype i = 0; i < columnCount; ++i) {
            const int gap = widths.at(i) - cellWidths.at(r * columnCount + i);
            const bool last = i + 1 == columnCount;
            if (columns.at(i).alignRight)
                out += padding(gap) + line.at(i);
            else
                out += line.at(i) + (last ? QString() : padding(gap));
            if (!last)
                out += QStringLiteral("  ");
        }
        text += out + QLatin1Char('\n');
    }
    return text;
}

} // namespace tollgate::cli
