#include "cli/Console.h"

#include "cli/Arguments.h"


#include <cstdio>

namespace tollgate::cli {

void printOutBytes(const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void printOut(const QString& text)
{
    printOutBytes(text.toUtf8());
}

void printJson(const QJsonDocument& document)
{
    printOutBytes(document.toJson(QJsonDocument::Indented));
}

void printErr(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

int userError(const QString& message)
{
    // One line, whatever the message held: a newline in user data must not split it.
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    printErr(QStringLiteral("tollgate-cli: ") + line + QLatin1Char('\n'));
    return UserError;
}

int userError(const Error& error)
{
    return userError(error.message);
}

int usageError(const QString& message)
{
    printErr(QStringLiteral("tollgate-cli: ") + message + QLatin1Char('\n') + usageText());
    return UsageError;
}

namespace {
bool isWide(char32_t c)
{
    // East Asian Wide and Fullwidth ranges that matter for this app's text.
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
           (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1FAFF) ||
           (c >= 0x20000 && c <= 0x3FFFD);
}
} // namespace

int displayWidth(const QString& text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        if (c < 0x20 || (c >= 0x300 && c <= 0x36F) || c == 0x200B || c == 0x200D)
            continue; // control characters and combining marks take no column
        width += isWide(c) ? 2 : 1;
    }
    return width;
}

QString formatTable(const QStringList& header, const QList<QStringList>& rows)
{
    QList<int> widths;
    for (const QString& h : header)
        widths.append(displayWidth(h));
    for (const QStringList& row : rows)
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row.at(i)));

    auto line = [&](const QStringList& cells) {
        QString out;
        for (int i = 0; i < cells.size(); ++i) {
            out += cells.at(i);
            if (i + 1 < cells.size())
                out += QString(widths.at(i) - displayWidth(cells.at(i)) + 2, QLatin1Char(' '));
        }
        return out + QLatin1Char('\n');
    };
    QString text = line(header);
    for (const QStringList& row : rows)
        text += line(row);
    return text;
}

} // namespace tollgate::cli
