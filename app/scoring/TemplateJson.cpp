#include "scoring/TemplateJson.h"

#include "scoring/JsonFields.h"
#include "scoring/WeightLimit.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <utility>

namespace tollgate
{

namespace
{

class TemplateJsonText
{
    Q_DECLARE_TR_FUNCTIONS(TemplateJson)
};

const QString kFormat = QStringLiteral("tollgate-template");

QString questionKey(Question q)
{
    return q == Question::Market ? QStringLiteral("market") : QStringLiteral("cost");
}

Result<QString> readNonEmptyText(const QJsonValue& value, const QString& path)
{
    Result<QString> text = json::readText(value, path);
    if (!text)
        return text;
    if (text->trimmed().isEmpty())
        return Error::at(path, TemplateJsonText::tr("%1 must not be empty.").arg(path));
    return text;
}

Result<double> readGate(const QJsonValue& value, const QString& path)
{
    Result<double> gate = json::readNumber(value, path);
    if (gate && (*gate < 0 || *gate > 100))
        return Error::at(path, TemplateJsonText::tr("%1 must be a score from 0 to 100.").arg(path));
    return gate;
}

// Bands are thresholds in increasing order; anything else would make the suggestion jump about.
template <std::size_t N>
Status readBands(const QJsonValue& value, const QString& path, std::array<double, N>& bands)
{
    Result<QJsonArray> array = json::readArray(value, path);
    if (!array)
        return array.error();
    if (array->size() != static_cast<qsizetype>(N)) {
        return Error::at(path, TemplateJsonText::tr("%1 must list exactly %2 numbers.")
                                   .arg(path)
                                   .arg(static_cast<int>(N)));
    }
    for (std::size_t i = 0; i < N; ++i) {
        const QString itemPath = json::indexPath(path, static_cast<int>(i));
        Result<double> band = json::readNumber(array->at(static_cast<qsizetype>(i)), itemPath);
        if (!band)
            return band.error();
        if (*band <= 0 || (i > 0 && *band <= bands[i - 1])) {
            return Error::at(
                itemPath,
                TemplateJsonText::tr("%1 must be greater than 0 and greater than the band before.")
                    .arg(itemPath));
        }
        bands[i] = *band;
    }
    return {};
}

Status readRubric(const QJsonValue& value, const QString& path, std::array<QString, 6>& rubric)
{
    Result<QJsonArray> lines = json::readArray(value, path);
    if (!lines)
        return lines.error();
    if (lines->size() != 6) {
        return Error::at(
            path, TemplateJsonText::tr("%1 must have six lines, one for each score from 0 to 5.")
                      .arg(path));
    }
    for (int score = 0; score < 6; ++score) {
        Result<QString> line = readNonEmptyText(lines->at(score), json::indexPath(path, score));
        if (!line)
            return line.error();
        rubric[score] = *line;
    }
    return {};
}

Result<Criterion> readCriterion(const QJsonValue& value, const QString& path)
{
    Result<QJsonObject> object = json::readObject(value, path);
    if (!object)
        return object.error();
    const QStringList known{QStringLiteral("key"),       QStringLiteral("question"),
                            QStringLiteral("name_en"),   QStringLiteral("name_zh"),
                            QStringLiteral("weight"),    QStringLiteral("knockout"),
                            QStringLiteral("rubric_en"), QStringLiteral("rubric_zh")};
    if (Status known_ = json::refuseUnknownKeys(*object, known, path); !known_)
        return known_.error();
    const auto field = [&path](const char* key) {
        return json::childPath(path, QLatin1String(key));
    };

    Criterion c;
    Result<QString> key = readNonEmptyText(object->value(QLatin1String("key")), field("key"));
    if (!key)
        return key.error();
    c.key = key->trimmed();

    Result<QString> question =
        json::readText(object->value(QLatin1String("question")), field("question"));
    if (!question)
        return question.error();
    if (*question == questionKey(Question::Market)) {
        c.question = Question::Market;
    } else if (*question == questionKey(Question::Cost)) {
        c.question = Question::Cost;
    } else {
        return Error::at(
            field("question"),
            TemplateJsonText::tr("%1 must be \"market\" or \"cost\".").arg(field("question")));
    }

    Result<QString> nameEn =
        readNonEmptyText(object->value(QLatin1String("name_en")), field("name_en"));
    if (!nameEn)
        return nameEn.error();
    c.nameEn = *nameEn;
    Result<QString> nameZh =
        readNonEmptyText(object->value(QLatin1String("name_zh")), field("name_zh"));
    if (!nameZh)
        return nameZh.error();
    c.nameZh = *nameZh;

    const QJsonValue weight = object->value(QLatin1String("weight"));
    if (json::isGiven(weight)) {
        Result<double> w = json::readNumber(weight, field("weight"));
        if (!w)
            return w.error();
        if (*w <= 0 || *w > kMaxCriterionWeight) {
            return Error::at(
                field("weight"),
                TemplateJsonText::tr("%1 must be greater than 0 and at most %2.")
                    .arg(field("weight"), QString::number(kMaxCriterionWeight, 'g', 10)));
        }
        c.weight = *w;
    }

    const QJsonValue knockout = object->value(QLatin1String("knockout"));
    if (json::isGiven(knockout)) {
        Result<bool> k = json::readBool(knockout, field("knockout"));
        if (!k)
            return k.error();
        c.knockout = *k;
    }

    if (Status s =
            readRubric(object->value(QLatin1String("rubric_en")), field("rubric_en"), c.rubricEn);
        !s)
        return s.error();
    if (Status s =
            readRubric(object->value(QLatin1String("rubric_zh")), field("rubric_zh"), c.rubricZh);
        !s)
        return s.error();
    return c;
}

Status readCriteria(const QJsonValue& value, const QString& path, QList<Criterion>& criteria)
{
    Result<QJsonArray> array = json::readArray(value, path);
    if (!array)
        return array.error();
    QSet<QString> keys;
    for (int i = 0; i < array->size(); ++i) {
        const QString itemPath = json::indexPath(path, i);
        Result<Criterion> c = readCriterion(array->at(i), itemPath);
        if (!c)
            return c.error();
        if (keys.contains(c->key)) {
            const QString keyPath = json::childPath(itemPath, QStringLiteral("key"));
            return Error::at(
                keyPath,
                TemplateJsonText::tr("%1: the key %2 is used twice.").arg(keyPath, c->key));
        }
        keys.insert(c->key);
        criteria.append(*c);
    }
    // A question without criteria could never be scored: every project would stay incomplete.
    for (Question q : {Question::Market, Question::Cost}) {
        const bool present = std::any_of(criteria.cbegin(), criteria.cend(),
                                         [q](const Criterion& c) { return c.question == q; });
        if (!present) {
            return Error::at(path, TemplateJsonText::tr("%1 must have at least one %2 criterion.")
                                       .arg(path, questionKey(q)));
        }
    }
    return {};
}

} // namespace

Result<Template> templateFromJson(const QByteArray& json)
{
    Result<QJsonObject> document = json::parseObject(json);
    if (!document)
        return document.error();
    return templateFromJson(*document);
}

Result<Template> templateFromJson(const QJsonObject& document)
{
    const QStringList known{QStringLiteral("format"),        QStringLiteral("name"),
                            QStringLiteral("version"),       QStringLiteral("gates"),
                            QStringLiteral("tam_bands_cny"), QStringLiteral("cost_year_bands"),
                            QStringLiteral("criteria")};
    if (Status s = json::refuseUnknownKeys(document, known, QString()); !s)
        return s.error();

    Template t;
    const QJsonValue format = document.value(QLatin1String("format"));
    if (json::isGiven(format) && format != QJsonValue(kFormat)) {
        return Error::at(QStringLiteral("format"),
                         TemplateJsonText::tr("format must be \"%1\".").arg(kFormat));
    }

    Result<QString> name =
        readNonEmptyText(document.value(QLatin1String("name")), QStringLiteral("name"));
    if (!name)
        return name.error();
    t.name = name->trimmed();

    Result<int> version =
        json::readInteger(document.value(QLatin1String("version")), QStringLiteral("version"));
    if (!version)
        return version.error();
    if (*version < 1) {
        return Error::at(QStringLiteral("version"),
                         TemplateJsonText::tr("version must be 1 or more."));
    }
    t.version = *version;

    const QJsonValue gates = document.value(QLatin1String("gates"));
    if (json::isGiven(gates)) {
        const QString path = QStringLiteral("gates");
        Result<QJsonObject> object = json::readObject(gates, path);
        if (!object)
            return object.error();
        if (Status s = json::refuseUnknownKeys(
                *object, {QStringLiteral("market"), QStringLiteral("cost")}, path);
            !s)
            return s.error();
        for (auto [key, target] : {std::pair{"market", &t.marketGate}, {"cost", &t.costGate}}) {
            const QJsonValue gate = object->value(QLatin1String(key));
            if (!json::isGiven(gate))
                continue;
            Result<double> g = readGate(gate, json::childPath(path, QLatin1String(key)));
            if (!g)
                return g.error();
            *target = *g;
        }
    }

    const QJsonValue tamBands = document.value(QLatin1String("tam_bands_cny"));
    if (json::isGiven(tamBands)) {
        if (Status s = readBands(tamBands, QStringLiteral("tam_bands_cny"), t.tamBands); !s)
            return s.error();
    }
    const QJsonValue yearBands = document.value(QLatin1String("cost_year_bands"));
    if (json::isGiven(yearBands)) {
        if (Status s = readBands(yearBands, QStringLiteral("cost_year_bands"), t.costYearBands); !s)
            return s.error();
    }

    if (Status s = readCriteria(document.value(QLatin1String("criteria")),
                                QStringLiteral("criteria"), t.criteria);
        !s)
        return s.error();
    return t;
}

QJsonObject templateToJson(const Template& t)
{
    const auto toArray = [](const auto& values) {
        QJsonArray array;
        for (const auto& v : values)
            array.append(v);
        return array;
    };
    QJsonArray criteria;
    for (const Criterion& c : t.criteria) {
        criteria.append(QJsonObject{
            {QStringLiteral("key"), c.key},
            {QStringLiteral("question"), questionKey(c.question)},
            {QStringLiteral("name_en"), c.nameEn},
            {QStringLiteral("name_zh"), c.nameZh},
            {QStringLiteral("weight"), c.weight},
            {QStringLiteral("knockout"), c.knockout},
            {QStringLiteral("rubric_en"), toArray(c.rubricEn)},
            {QStringLiteral("rubric_zh"), toArray(c.rubricZh)},
        });
    }
    return QJsonObject{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("name"), t.name},
        {QStringLiteral("version"), t.version},
        {QStringLiteral("gates"), QJsonObject{{QStringLiteral("market"), t.marketGate},
                                              {QStringLiteral("cost"), t.costGate}}},
        {QStringLiteral("tam_bands_cny"), toArray(t.tamBands)},
        {QStringLiteral("cost_year_bands"), toArray(t.costYearBands)},
        {QStringLiteral("criteria"), criteria},
    };
}

} // namespace tollgate
