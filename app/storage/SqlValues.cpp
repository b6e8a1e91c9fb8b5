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

} // namespace

QString timeText(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODate);
}

QDateTime timeFromText(const QString& text)
{
    // The fixed form this layer writes is parsed by hand: the project table reads 100 000 of
    // them on open, and the general ISO parser is several times slower.
    if (text.size() == 20 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' &&
        text.at(13) == u':' && text.at(16) == u':' && text.at(19) == u'Z') {
        const QDate date(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
        const QTime time(digits(text, 11, 2), digits(text, 14, 2), digits(text, 17, 2));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate dateFromText(const QString& text)
{
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
