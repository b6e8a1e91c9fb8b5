#include "sample/SyntheticVocabulary.h"

#include "core/CoreResources.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tollgate
{

namespace
{

// The tables live in resources/sample/synthetic-vocabulary.json, compiled into the core: long
// Chinese texts and per-segment numbers read and change best as data, one record per segment.
const char* const kVocabularyFile = ":/sample/synthetic-vocabulary.json";

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    out.reserve(array.size());
    for (const QJsonValue& v : array)
        out.append(v.toString());
    return out;
}

SegmentProfile segmentProfile(const QJsonObject& o)
{
    SegmentProfile s;
    s.key = o.value(QLatin1String("key")).toString();
    s.weight = o.value(QLatin1String("weight")).toInt();
    s.marketBias = o.value(QLatin1String("market_bias")).toDouble();
    s.costBias = o.value(QLatin1String("cost_bias")).toDouble();
    s.incumbentChance = o.value(QLatin1String("incumbent_chance")).toDouble();
    const QJsonArray price = o.value(QLatin1String("price_cny")).toArray();
    s.priceLo = price.at(0).toDouble();
    s.priceHi = price.at(1).toDouble();
    s.descriptions = strings(o.value(QLatin1String("descriptions")));
    for (const QJsonValue& tags : o.value(QLatin1String("tag_sets")).toArray())
        s.tagSets.append(strings(tags));
    s.nameSuffixesZh = strings(o.value(QLatin1String("name_suffixes_zh")));
    s.nameSuffixesEn = strings(o.value(QLatin1String("name_suffixes_en")));
    return s;
}

SyntheticVocabulary load()
{
    QFile file(QString::fromLatin1(kVocabularyFile));
    QJsonParseError parseError;
    const QJsonObject root = file.open(QIODevice::ReadOnly)
                                 ? QJsonDocument::fromJson(file.readAll(), &parseError).object()
                                 : QJsonObject();
    SyntheticVocabulary v;
    for (const QJsonValue& segment : root.value(QLatin1String("segments")).toArray()) {
        v.segments.append(segmentProfile(segment.toObject()));
        v.segmentWeightTotal += v.segments.constLast().weight;
    }
    v.nameSyllablesZh = strings(root.value(QLatin1String("name_syllables_zh")));
    v.namePrefixesEn = strings(root.value(QLatin1String("name_prefixes_en")));
    v.cities = strings(root.value(QLatin1String("cities")));
    v.analysts = strings(root.value(QLatin1String("analysts")));
    for (const QJsonValue& route : root.value(QLatin1String("exit_routes")).toArray()) {
        v.exitRoutes.append(route[QLatin1String("route")].toString());
        v.exitRouteWeights.append(route[QLatin1String("weight")].toInt());
        v.exitRouteWeightTotal += v.exitRouteWeights.constLast();
    }
    v.rounds = strings(root.value(QLatin1String("rounds")));
    return v;
}

} // namespace

const SyntheticVocabulary& syntheticVocabulary()
{
    // The file ships inside the binary, so a fault in it is a fault of the build, which
    // TestSyntheticVocabulary catches; the generator can rely on every table being filled.
    static const SyntheticVocabulary vocabulary = [] {
        SyntheticVocabulary v = load();
        if (v.segments.isEmpty() || v.segmentWeightTotal <= 0 || v.nameSyllablesZh.isEmpty() ||
            v.exitRouteWeightTotal <= 0 || v.rounds.isEmpty())
            qFatal("%s is missing or incomplete", kVocabularyFile);
        return v;
    }();
    return vocabulary;
}

} // namespace tollgate
