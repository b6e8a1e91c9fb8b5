#include "models/SavedFilters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace tollgate
{

namespace
{
const QString Key = QStringLiteral("projects/savedFilters");

QJsonObject toJson(const SavedFilter& f)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), f.name);
    o.insert(QStringLiteral("text"), f.query.text);
    o.insert(QStringLiteral("segment"), f.query.segmentKey);
    o.insert(QStringLiteral("stage"), f.query.stage ? stageKey(*f.query.stage) : QString());
    o.insert(QStringLiteral("verdict"), f.query.verdict ? verdictKey(*f.query.verdict) : QString());
    o.insert(QStringLiteral("analyst"), f.query.analyst);
    o.insert(QStringLiteral("archived"), f.query.includeArchived);
    return o;
}

SavedFilter fromJson(const QJsonObject& o)
{
    SavedFilter f;
    f.name = o.value(QStringLiteral("name")).toString();
    f.query.text = o.value(QStringLiteral("text")).toString();
    f.query.segmentKey = o.value(QStringLiteral("segment")).toString();
    f.query.stage = stageFromKey(o.value(QStringLiteral("stage")).toString());
    f.query.verdict = verdictFromKey(o.value(QStringLiteral("verdict")).toString());
    f.query.analyst = o.value(QStringLiteral("analyst")).toString();
    f.query.includeArchived = o.value(QStringLiteral("archived")).toBool();
    return f;
}
} // namespace

QList<SavedFilter> SavedFilters::load()
{
    QList<SavedFilter> filters;
    const QJsonArray array = QJsonDocument::fromJson(QSettings().value(Key).toByteArray()).array();
    for (const QJsonValue& v : array) {
        SavedFilter f = fromJson(v.toObject());
        if (!f.name.isEmpty())
            filters.append(f);
    }
    return filters;
}

void SavedFilters::store(const QList<SavedFilter>& filters)
{
    QJsonArray array;
    for (const SavedFilter& f : filters)
        array.append(toJson(f));
    QSettings().setValue(Key, QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace tollgate
