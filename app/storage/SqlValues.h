#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>

#include "domain/Stage.h"
#include "scoring/Verdict.h"

#include <optional>

namespace tollgate
{

// How domain values are written into columns and read back. Times are ISO 8601 UTC text
// ("2026-11-23T09:30:00Z") and dates "YYYY-MM-DD", so the file reads well in any SQLite tool
// and sorts correctly as text.

QString timeText(const QDateTime& time);
QDateTime timeFromText(const QString& text); // invalid for empty or malformed text
// The same time as ms since the epoch, without a QDateTime for the fixed form this layer
// writes (the project table reads 100 000); 0 for empty or malformed text.
qint64 msecsFromTimeText(const QString& text);
QString dateText(const QDate& date);
QDate dateFromText(const QString& text);

std::optional<double> optionalDouble(const QVariant& value);
std::optional<qint64> optionalInt64(const QVariant& value);
std::optional<int> optionalInt(const QVariant& value);

// Keys as this layer stores them (exact, lower case): read without the trimming and case
// folding of the general parsers, which the project table would pay 100 000 times. An
// unknown key reads as the first value.
Stage storedStage(const QString& key);
Verdict storedVerdict(const QString& key);

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
