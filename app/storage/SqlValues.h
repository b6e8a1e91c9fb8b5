#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace tollgate
{

// How domain values are written into columns and read back. Times are ISO 8601 UTC text
// ("2026-11-23T09:30:00Z") and dates "YYYY-MM-DD", so the file reads well in any SQLite tool
// and sorts correctly as text.

QString timeText(const QDateTime& time);
QDateTime timeFromText(const QString& text); // invalid for empty or malformed text
QString dateText(const QDate& date);
QDate dateFromText(const QString& text);

std::optional<double> optionalDouble(const QVariant& value);
std::optional<qint64> optionalInt64(const QVariant& value);
std::optional<int> optionalInt(const QVariant& value);

// Lists of short labels in one text column: tags one per line (a tag never holds a line
// break), red-flag ids separated by commas.
QString tagsText(const QStringList& tags);
QStringList tagsFromText(const QString& text);
QString flagsText(const QStringList& flags);
QStringList flagsFromText(const QString& text);

// A value for an audit entry: empty for "not set", numbers in their shortest exact form.
QString auditText(const std::optional<double>& value);
QString auditText(const std::optional<qint64>& value);
QString auditText(const std::optional<int>& value);
QString auditText(bool value);

} // namespace tollgate
