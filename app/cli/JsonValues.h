#pragma once

#include <QDateTime>
#include <QJsonValue>

#include <optional>

namespace tollgate::cli
{

// A number exactly as computed, or JSON null when there is none (SPEC §8: "null for missing
// scores, exact doubles").
inline QJsonValue jsonNumber(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// ISO 8601 in UTC ("2026-10-12T08:00:00Z"), or null.
inline QJsonValue jsonTime(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate))
                          : QJsonValue(QJsonValue::Null);
}

} // namespace tollgate::cli
