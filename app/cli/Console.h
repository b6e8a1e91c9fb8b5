#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace tollgate::cli
{

struct Invocation;

// Exit codes of SPEC §8.
enum ExitCode { Success = 0, UserError = 1, UsageError = 2 };

// Standard output and error, always UTF-8 whatever the locale, flushed at once so the order of
// lines survives a pipe.
void printOut(const QString& text);
void printOutBytes(const QByteArray& bytes);
void printJson(const QJsonValue& arrayOrObject); // indented, one document
void printErr(const QString& text);

// A JSON array written one element at a time, one compact object per line, so a list of 100 000
// projects never exists twice in memory (as objects and as one document).
class JsonArrayPrinter
{
public:
    JsonArrayPrinter();
    ~JsonArrayPrinter(); // closes the array
    JsonArrayPrinter(const JsonArrayPrinter&) = delete;
    JsonArrayPrinter& operator=(const JsonArrayPrinter&) = delete;

    void append(const QJsonObject& element);

private:
    QByteArray m_buffer;
    bool m_first = true;
};

// One clear line on stderr ("tollgate-cli: <message>"); returns UserError.
int userError(const Error& error);
int userError(const QString& message);
// The message and a short usage text on stderr; returns UsageError.
int usageError(const QString& message, const QString& usage);
// The same with the usage line of the invoked command.
int usageError(const Invocation& inv, const QString& message);

// Text as one line: line breaks, tabs and other control characters become spaces, so user data
// cannot break a table row or the single error line.
QString singleLine(const QString& text);

// Width of text in terminal columns: CJK and other East Asian wide characters take two,
// combining marks and format characters none.
int displayWidth(const QString& text);
// The text cut to at most maxWidth columns, ending in "…" when cut.
QString elide(const QString& text, int maxWidth);

struct TableColumn {
    QString title;
    bool alignRight = false; // numbers
    int maxWidth = 0;        // cells wider than this are elided; 0: no limit
};

enum class TableHeader { Shown, Hidden };

// A plain-text table: a header line of the column titles (unless hidden), then one line per row,
// columns padded by display width and separated by two spaces. Cells are made single-line.
QString formatTable(const QList<TableColumn>& columns, const QList<QStringList>& rows,
                    TableHeader header = TableHeader::Shown);

} // namespace tollgate::cli
