#include "scoring/JsonFields.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

#include <cmath>
#include <limits>

namespace tollgate::json
{

namespace
{

class JsonFieldsText
{
    Q_DECLARE_TR_FUNCTIONS(JsonFields)
};

} // namespace

QString childPath(const QString& parent, const QString& key)
{
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

QString indexPath(const QString& parent, int index)
{
    return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString describe(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::String:
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return JsonFieldsText::tr("a JSON array");
    case QJsonValue::Object:
        return JsonFieldsText::tr("a JSON object");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("null");
}

Result<QJsonObject> parseObject(const QByteArray& text)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error::at(QString(), JsonFieldsText::tr("The input is not valid JSON: %1 at "
                                                       "character %2.")
                                        .arg(parseError.errorString())
                                        .arg(parseError.offset));
    }
    if (!document.isObject())
        return Error::at(QString(), JsonFieldsText::tr("The input must be one JSON object."));
    return document.object();
}

Status refuseUnknownKeys(const QJsonObject& object, const QStringList& known, const QString& path)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            const QString field = childPath(path, it.key());
            return Error::at(field, JsonFieldsText::tr("%1 is not a known key.").arg(field));
        }
    }
    return {};
}

Result<QJsonObject> readObject(const QJsonValue& value, const QString& path)
{
    if (!value.isObject())
        return Error::at(path, JsonFieldsText::tr("%1 must be a JSON object.").arg(path));
    return value.toObject();
}

Result<QJsonArray> readArray(const QJsonValue& value, const QString& path)
{
    if (!value.isArray())
        return Error::at(path, JsonFieldsText::tr("%1 must be a JSON array.").arg(path));
    return value.toArray();
}

Result<QString> readText(const QJsonValue& value, const QString& path)
{
    if (!value.isString())
        return Error::at(path, JsonFieldsText::tr("%1 must be a string.").arg(path));
    return value.toString();
}

Result<bool> readBool(const QJsonValue& value, const QString& path)
{
    if (!value.isBool())
        return Error::at(path, JsonFieldsText::tr("%1 must be true or false.").arg(path));
    return value.toBool();
}

Result<double> readNumber(const QJsonValue& value, const QString& path)
{
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        return Error::at(path, JsonFieldsText::tr("%1 must be a number.").arg(path));
    return value.toDouble();
}

Result<int> readInteger(const QJsonValue& value, const QString& path)
{
    // JSON has one number type: 4 and 4.0 are the same value, 4.5 is not a whole number.
    const double number = value.toDouble();
    if (!value.isDouble() || !std::isfinite(number) || std::floor(number) != number ||
        std::fabs(number) > std::numeric_limits<int>::max()) {
        return Error::at(path, JsonFieldsText::tr("%1 must be a whole number.").arg(path));
    }
    return static_cast<int>(number);
}

} // namespace tollgate::json
