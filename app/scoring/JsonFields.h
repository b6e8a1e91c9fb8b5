#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace tollgate::json
{

// Small readers for the scoring documents (templates, evaluate requests). Each names the value
// by its path in the document ("scores.M3", "criteria[2].weight") so an error points at it.

// "a" + "b" = "a.b"; an empty parent gives just the key.
QString childPath(const QString& parent, const QString& key);
QString indexPath(const QString& parent, int index); // "criteria[2]"

Result<QJsonObject> parseObject(const QByteArray& text);

// Refuses any key of `object` that is not in `known`, so a typo is never silently dropped.
Status refuseUnknownKeys(const QJsonObject& object, const QStringList& known, const QString& path);

Result<QJsonObject> readObject(const QJsonValue& value, const QString& path);
Result<QJsonArray> readArray(const QJsonValue& value, const QString& path);
Result<QString> readText(const QJsonValue& value, const QString& path);
Result<bool> readBool(const QJsonValue& value, const QString& path);
Result<double> readNumber(const QJsonValue& value, const QString& path); // finite only
Result<int> readInteger(const QJsonValue& value, const QString& path);   // 4.0 counts as 4

// A value as it would appear in the document, for "got …" in messages: 3.5, "4", true, null.
QString describe(const QJsonValue& value);

// Absent and null both mean "not given" for optional keys.
inline bool isGiven(const QJsonValue& value)
{
    return !value.isUndefined() && !value.isNull();
}

} // namespace tollgate::json
