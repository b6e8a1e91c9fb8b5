#pragma once

#include "core/Result.h"
#include "storage/Portfolio.h"

#include <QDateTime>
#include <QJsonValue>

#include <optional>

namespace tollgate::cli {

// JSON null for a missing number, the number otherwise.
inline QJsonValue jsonNumber(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// ISO 8601 in UTC, or null.
inline QJsonValue jsonTime(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate))
                          : QJsonValue(QJsonValue::Null);
}

// A segment key from what the user typed: the key or a segment's English or Chinese name.
Result<QString> resolveSegment(const Portfolio& portfolio, const QString& text);

} // namespace tollgate::cli
