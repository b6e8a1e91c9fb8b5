#include "storage/SqlValues.h"

#include <QLocale>

namespace tollgate
{

namespace
{

// Reads `count` ASCII digits at `pos`; -1 when any is not a digit.
int digits(const QString& text, int pos, int count)
{
    int value = 0;
    for (int i = pos; i < pos + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// Writes the digits of value into text[at .. at + width).
void putDigits(char16_t* text, int at, int value, int width)
{
    for (int i = width - 1; i >= 0; --i, value /= 10)
        text[at + i] = char16_t(u'0' + value % 10);
}

// "yyyy-MM-dd" into text[0 .. 10), for years 0 to 9999. The parts are taken in one call:
// each of year(), month() and day() converts the whole Julian day again.
void putDate(char16_t* text, const QDate& d)
{
    int year = 0;
    int month = 0;
    int day = 0;
    d.getDate(&year, &month, &day);
    putDigits(text, 0, year, 4);
    text[4] = u'-';
    putDigits(text, 5, month, 2);
    text[7] = u'-';
    putDigits(text, 8, day, 2);
}

bool isPlainYear(const QDate& d)
{
    return d.year() >= 0 && d.year() <= 9999;
}

} // namespace

QString timeText(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    // Written by hand for the same reason as it is read by hand: an import writes 200 000.
    const QDateTime utc = time.timeSpec() == Qt::UTC ? time : time.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    if (!isPlainYear(d))
        return utc.toString(Qt::ISODate);
    char16_t text[20];
    putDate(text, d);
    text[10] = u'T';
    putDigits(text, 11, t.hour(), 2);
    text[13] = u':';
    putDigits(text, 14, t.minute(), 2);
    text[16] = u':';
    putDigits(text, 17, t.second(), 2);
    text[19] = u'Z';
    return QString(reinterpret_cast<const QChar*>(text), 20);
}

namespace
{
// The fixed form this layer writes ("2026-11-23T09:30:00Z"), parsed by hand: the project table
// reads 100 000 of them on open, and the general ISO parser is several times slower.
bool fixedTimeParts(const QString& text, QDate* date, QTime* time)
{
    if (text.size() != 20 || text.at(4) != u'-' || text.at(7) != u'-' || text.at(10) != u'T' ||
        text.at(13) != u':' || text.at(16) != u':' || text.at(19) != u'Z')
        return false;
    *date = QDate(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
    *time = QTime(digits(text, 11, 2), digits(text, 14, 2), digits(text, 17, 2));
    return date->isValid() && time->isValid();
}
} // namespace

QDateTime timeFromText(const QString& text)
{
    QDate date;
    QTime time;
    if (fixedTimeParts(text, &date, &time))
        return QDateTime(date, time, Qt::UTC);
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

qint64 msecsFromTimeText(const QString& text)
{
    QDate date;
    QTime time;
    if (fixedTimeParts(text, &date, &time)) {
        // Days since 1970-01-01 by Julian day numbers: no time-zone lookup per row.
        constexpr qint64 unixEpochJulianDay = 2440588;
        return (date.toJulianDay() - unixEpochJulianDay) * 86400000 + time.msecsSinceStartOfDay();
    }
    const QDateTime parsed = timeFromText(text);
    return parsed.isValid() ? parsed.toMSecsSinceEpoch() : 0;
}

QString dateText(const QDate& date)
{
    if (!date.isValid())
        return {};
    // By hand, like timeText: an import writes one per scorecard, a re-scoring reads them all.
    if (!isPlainYear(date))
        return date.toString(Qt::ISODate);
    char16_t text[10];
    putDate(text, date);
    return QString(reinterpret_cast<const QChar*>(text), 10);
}

QDate dateFromText(const QString& text)
{
    if (text.size() == 10 && text.at(4) == u'-' && text.at(7) == u'-') {
        const int year = digits(text, 0, 4);
        const QDate date(year, digits(text, 5, 2), digits(text, 8, 2));
        if (year >= 0 && date.isValid())
            return date;
    }
    return QDate::fromString(text, Qt::ISODate);
}

std::optional<double> optionalDouble(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

std::optional<qint64> optionalInt64(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

std::optional<int> optionalInt(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}

namespace
{

template <typename Enum>
Enum storedKey(const QString& key, const QStringList& keys)
{
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (keys.at(i) == key)
            return static_cast<Enum>(i);
    }
    return static_cast<Enum>(0);
}

} // namespace

Stage storedStage(const QString& key)
{
    static const QStringList keys = stageKeys();
    return storedKey<Stage>(key, keys);
}

Verdict storedVerdict(const QString& key)
{
    static const QStringList keys = [] {
        QStringList list;
        for (Verdict v : {Verdict::Incomplete, Verdict::Pursue, Verdict::MarketGap,
                          Verdict::CostGap, Verdict::Decline})
            list << verdictKey(v);
        return list;
    }();
    return storedKey<Verdict>(key, keys);
}

QString tagsText(const QStringList& tags)
{
    return tags.join(QLatin1Char('\n'));
}

QStringList tagsFromText(const QString& text)
{
    if (text.isEmpty())
        return {};
    return text.split(QLatin1Char('\n'));
}

QString flagsText(const QStringList& flags)
{
    return flags.join(QLatin1Char(','));
}

QStringList flagsFromText(const QString& text)
{
    if (text.isEmpty())
        return {};
    return text.split(QLatin1Char(','));
}

QString auditText(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'g', QLocale::FloatingPointShortest) : QString();
}

QString auditText(const std::optional<qint64>& value)
{
    return value ? QString::number(*value) : QString();
}

QString auditText(const std::optional<int>& value)
{
    return value ? QString::number(*value) : QString();
}

QString auditText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace tollgate
