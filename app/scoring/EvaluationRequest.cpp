#include "scoring/EvaluationRequest.h"

#include "core/Clock.h"
#include "scoring/DefaultTemplate.h"
#include "scoring/JsonFields.h"
#include "scoring/WeightLimit.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace tollgate
{

namespace
{

class EvaluationRequestText
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationRequest)
};

// Years before or after these are typing mistakes, not plans.
constexpr int kEarliestYear = 1900;
constexpr int kLatestYear = 2200;

QString path(const char* parent, const QString& key)
{
    return json::childPath(QLatin1String(parent), key);
}

// An optional sub-object: absent or null gives an empty object.
Result<QJsonObject> optionalObject(const QJsonObject& request, const char* key,
                                   const QStringList& knownKeys)
{
    const QJsonValue value = request.value(QLatin1String(key));
    if (!json::isGiven(value))
        return QJsonObject();
    Result<QJsonObject> object = json::readObject(value, QLatin1String(key));
    if (!object)
        return object;
    if (Status s = json::refuseUnknownKeys(*object, knownKeys, QLatin1String(key)); !s)
        return s.error();
    return object;
}

Result<std::optional<int>> optionalYear(const QJsonObject& object, const char* parent,
                                        const char* key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!json::isGiven(value))
        return std::optional<int>();
    const QString field = path(parent, QLatin1String(key));
    Result<int> year = json::readInteger(value, field);
    if (!year)
        return year.error();
    if (*year < kEarliestYear || *year > kLatestYear) {
        return Error::at(field, EvaluationRequestText::tr("%1 must be a year from %2 to %3.")
                                    .arg(field)
                                    .arg(kEarliestYear)
                                    .arg(kLatestYear));
    }
    return std::optional<int>(*year);
}

Status readTemplateChoice(const QJsonObject& request)
{
    const QJsonValue value = request.value(QLatin1String("template"));
    if (!json::isGiven(value))
        return {};
    const QString field = QStringLiteral("template");
    Result<QString> name = json::readText(value, field);
    if (!name)
        return name.error();
    if (*name != QLatin1String("default")) {
        return Error::at(field, EvaluationRequestText::tr("template: \"%1\" is not a known "
                                                          "template; only \"default\" is.")
                                    .arg(*name));
    }
    return {};
}

Status readGates(const QJsonObject& request, Template& t)
{
    Result<QJsonObject> gates =
        optionalObject(request, "gates", {QStringLiteral("market"), QStringLiteral("cost")});
    if (!gates)
        return gates.error();
    for (auto [key, target] : {std::pair{"market", &t.marketGate}, {"cost", &t.costGate}}) {
        const QJsonValue value = gates->value(QLatin1String(key));
        if (!json::isGiven(value))
            continue;
        const QString field = path("gates", QLatin1String(key));
        Result<double> gate = json::readNumber(value, field);
        if (!gate)
            return gate.error();
        if (*gate < 0 || *gate > 100) {
            return Error::at(field,
                             EvaluationRequestText::tr("%1 must be from 0 to 100.").arg(field));
        }
        *target = *gate;
    }
    return {};
}

// Every key of a scores or weights object must name a criterion of the template.
Status refuseUnknownCriteria(const QJsonObject& object, const Template& t, const char* parent)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!t.criterion(it.key())) {
            const QString field = path(parent, it.key());
            return Error::at(field,
                             EvaluationRequestText::tr("%1: %2 is not a criterion of the template.")
                                 .arg(field, it.key()));
        }
    }
    return {};
}

Status readWeights(const QJsonObject& request, Template& t)
{
    const QJsonValue value = request.value(QLatin1String("weights"));
    if (!json::isGiven(value))
        return {};
    Result<QJsonObject> weights = json::readObject(value, QStringLiteral("weights"));
    if (!weights)
        return weights.error();
    if (Status s = refuseUnknownCriteria(*weights, t, "weights"); !s)
        return s;
    for (Criterion& c : t.criteria) {
        const QJsonValue weight = weights->value(c.key);
        if (!json::isGiven(weight))
            continue;
        const QString field = path("weights", c.key);
        Result<double> w = json::readNumber(weight, field);
        if (!w)
            return w.error();
        if (*w <= 0 || *w > kMaxCriterionWeight) {
            return Error::at(field, EvaluationRequestText::tr(
                                        "%1 must be greater than 0 and at most %2; got %3.")
                                        .arg(field, QString::number(kMaxCriterionWeight, 'g', 10),
                                             json::describe(weight)));
        }
        c.weight = *w;
    }
    return {};
}

Result<ScoreMap> readScores(const QJsonObject& request, const Template& t)
{
    const QJsonValue value = request.value(QLatin1String("scores"));
    if (value.isUndefined()) {
        return Error::at(QStringLiteral("scores"),
                         EvaluationRequestText::tr("scores is required: an object of criterion "
                                                   "keys and scores 0 to 5."));
    }
    Result<QJsonObject> scores = json::readObject(value, QStringLiteral("scores"));
    if (!scores)
        return scores.error();
    if (Status s = refuseUnknownCriteria(*scores, t, "scores"); !s)
        return s.error();
    ScoreMap result;
    for (const Criterion& c : t.criteria) {
        const QJsonValue score = scores->value(c.key);
        if (!json::isGiven(score)) {
            result.insert(c.key, std::nullopt); // not scored
            continue;
        }
        const QString field = path("scores", c.key);
        const double number = score.toDouble();
        if (!score.isDouble() || std::floor(number) != number || number < 0 || number > 5) {
            return Error::at(field, EvaluationRequestText::tr("%1 must be a whole number from 0 "
                                                              "to 5, or null for not scored; "
                                                              "got %2.")
                                        .arg(field, json::describe(score)));
        }
        result.insert(c.key, number);
    }
    return result;
}

Result<std::optional<double>> readTam(const QJsonObject& request)
{
    const QStringList known{QStringLiteral("tam_cny"), QStringLiteral("sam_cny"),
                            QStringLiteral("cagr"), QStringLiteral("payers")};
    Result<QJsonObject> market = optionalObject(request, "market", known);
    if (!market)
        return market.error();
    // The other market inputs of a scorecard are accepted (a scorecard's market object can be
    // passed as it is) and checked, but only the TAM feeds a rule.
    for (const QString& key : known) {
        const QJsonValue value = market->value(key);
        if (!json::isGiven(value))
            continue;
        const QString field = path("market", key);
        Result<double> number = json::readNumber(value, field);
        if (!number)
            return number.error();
        if (key != QLatin1String("cagr") && *number < 0) {
            return Error::at(field,
                             EvaluationRequestText::tr("%1 must not be negative.").arg(field));
        }
    }
    const QJsonValue tam = market->value(QLatin1String("tam_cny"));
    if (!json::isGiven(tam))
        return std::optional<double>();
    return std::optional<double>(tam.toDouble());
}

Result<std::optional<CostParams>> readCost(const QJsonObject& request)
{
    struct Key {
        const char* name;
        std::optional<double> CostInputs::*target;
    };
    const Key keys[] = {
        {"unit_cost", &CostInputs::unitCost},         {"price", &CostInputs::price},
        {"target_margin", &CostInputs::targetMargin}, {"volume", &CostInputs::volume},
        {"cumulative", &CostInputs::cumulative},      {"volume_growth", &CostInputs::volumeGrowth},
        {"learning_rate", &CostInputs::learningRate}, {"price_erosion", &CostInputs::priceErosion},
        {"horizon_years", &CostInputs::horizonYears}};
    QStringList known;
    for (const Key& k : keys)
        known.append(QLatin1String(k.name));
    Result<QJsonObject> cost = optionalObject(request, "cost", known);
    if (!cost)
        return cost.error();

    CostInputs inputs;
    for (const Key& k : keys) {
        const QJsonValue value = cost->value(QLatin1String(k.name));
        if (!json::isGiven(value))
            continue;
        Result<double> number = json::readNumber(value, path("cost", QLatin1String(k.name)));
        if (!number)
            return number.error();
        inputs.*k.target = *number;
    }
    if (inputs.isEmpty())
        return std::optional<CostParams>(); // "cost": {} gives no model, like no cost at all
    Result<CostParams> params = validateCostInputs(inputs, QStringLiteral("cost."));
    if (!params)
        return params.error();
    return std::optional<CostParams>(*params);
}

Status readFundAndExit(const QJsonObject& request, EvaluationInput& input)
{
    Result<QJsonObject> fund =
        optionalObject(request, "fund", {QStringLiteral("end_year"), QStringLiteral("as_of_year")});
    if (!fund)
        return fund.error();
    Result<std::optional<int>> endYear = optionalYear(*fund, "fund", "end_year");
    if (!endYear)
        return endYear.error();
    input.fundEndYear = *endYear;
    Result<std::optional<int>> asOfYear = optionalYear(*fund, "fund", "as_of_year");
    if (!asOfYear)
        return asOfYear.error();
    input.asOfYear = asOfYear->value_or(Clock::currentYear());

    Result<QJsonObject> exit = optionalObject(request, "exit", {QStringLiteral("expected_year")});
    if (!exit)
        return exit.error();
    Result<std::optional<int>> exitYear = optionalYear(*exit, "exit", "expected_year");
    if (!exitYear)
        return exitYear.error();
    input.expectedExitYear = *exitYear;

    const QJsonValue dominant = request.value(QLatin1String("dominant_incumbent"));
    if (json::isGiven(dominant)) {
        Result<bool> tick = json::readBool(dominant, QStringLiteral("dominant_incumbent"));
        if (!tick)
            return tick.error();
        input.dominantIncumbent = *tick;
    }
    return {};
}

QJsonValue optionalNumber(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

Result<EvaluationRequest> parseEvaluationRequest(const QByteArray& json)
{
    Result<QJsonObject> request = json::parseObject(json);
    if (!request)
        return request.error();
    return parseEvaluationRequest(*request);
}

Result<EvaluationRequest> parseEvaluationRequest(const QJsonObject& request)
{
    const QStringList known{
        QStringLiteral("template"), QStringLiteral("gates"),  QStringLiteral("weights"),
        QStringLiteral("scores"),   QStringLiteral("market"), QStringLiteral("cost"),
        QStringLiteral("fund"),     QStringLiteral("exit"),   QStringLiteral("dominant_incumbent")};
    if (Status s = json::refuseUnknownKeys(request, known, QString()); !s)
        return s.error();

    EvaluationRequest result;
    if (Status s = readTemplateChoice(request); !s)
        return s.error();
    result.scoringTemplate = defaultTemplate();
    if (Status s = readGates(request, result.scoringTemplate); !s)
        return s.error();
    if (Status s = readWeights(request, result.scoringTemplate); !s)
        return s.error();

    Result<ScoreMap> scores = readScores(request, result.scoringTemplate);
    if (!scores)
        return scores.error();
    result.input.scores = *scores;

    Result<std::optional<double>> tam = readTam(request);
    if (!tam)
        return tam.error();
    result.input.tamCny = *tam;

    Result<std::optional<CostParams>> cost = readCost(request);
    if (!cost)
        return cost.error();
    result.input.cost = *cost;

    if (Status s = readFundAndExit(request, result.input); !s)
        return s.error();
    return result;
}

QJsonObject evaluationToJson(const Evaluation& e)
{
    QJsonObject suggested;
    for (auto it = e.suggested.constBegin(); it != e.suggested.constEnd(); ++it)
        suggested.insert(it.key(), it.value());

    QJsonObject out{
        {QStringLiteral("market_score"), optionalNumber(e.market)},
        {QStringLiteral("cost_score"), optionalNumber(e.cost)},
        {QStringLiteral("composite"), optionalNumber(e.composite)},
        {QStringLiteral("verdict"), verdictKey(e.verdict)},
        {QStringLiteral("knockouts"), QJsonArray::fromStringList(e.knockouts)},
        {QStringLiteral("red_flags"), QJsonArray::fromStringList(e.redFlags)},
        {QStringLiteral("suggested"), suggested},
    };
    if (e.costModelGiven) {
        std::optional<double> years = e.yearsToProfitableCost;
        if (years)
            years = std::round(*years * 10000.0) / 10000.0;
        out.insert(QStringLiteral("years_to_profitable_cost"), optionalNumber(years));
    }
    return out;
}

} // namespace tollgate
