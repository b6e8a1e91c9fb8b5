#include "exchange/PortfolioJson.h"
#include "exchange/PortfolioJsonKeys.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tollgate
{

namespace
{

using portfoliojson::costKeys;
using portfoliojson::marketAmountKeys;

template <typename T>
QJsonValue optionalValue(const std::optional<T>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateValue(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// Times in UTC with a Z, the form docs/exchange-formats.md names.
QJsonValue timeValue(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate))
                          : QJsonValue(QJsonValue::Null);
}

QJsonObject segmentToJson(const Segment& s)
{
    return {{QStringLiteral("key"), s.key},
            {QStringLiteral("name_en"), s.nameEn},
            {QStringLiteral("name_zh"), s.nameZh},
            {QStringLiteral("colour"), s.colour}};
}

QJsonObject criteriaToJson(const Scorecard& s)
{
    QJsonObject criteria;
    for (auto it = s.entries.constBegin(); it != s.entries.constEnd(); ++it) {
        criteria.insert(it.key(),
                        QJsonObject{{QStringLiteral("score"), optionalValue(it->score)},
                                    {QStringLiteral("evidence"), it->evidence},
                                    {QStringLiteral("confidence"), confidenceKey(it->confidence)}});
    }
    return criteria;
}

// The inputs that are given, under their keys; missing ones are left out.
template <typename Inputs>
QJsonObject givenInputs(const Inputs& inputs,
                        const QList<portfoliojson::InputKey<Inputs, double>>& keys)
{
    QJsonObject out;
    for (const auto& k : keys) {
        if (const std::optional<double>& value = inputs.*k.field)
            out.insert(k.key, *value);
    }
    return out;
}

QJsonObject marketToJson(const MarketInputs& market)
{
    QJsonObject out = givenInputs(market, marketAmountKeys());
    if (market.payers)
        out.insert(portfoliojson::payersKey(), *market.payers);
    return out;
}

QJsonObject scorecardToJson(const Scorecard& s)
{
    // The version is known once a scorecard has been stored; an unstored one has none yet.
    const QJsonValue templateVersion =
        s.templateVersion > 0 ? QJsonValue(s.templateVersion) : QJsonValue(QJsonValue::Null);
    return {{QStringLiteral("analyst"), s.analyst},
            {QStringLiteral("template_version"), templateVersion},
            {QStringLiteral("date"), dateValue(s.date)},
            {QStringLiteral("submitted"), s.submitted},
            {QStringLiteral("criteria"), criteriaToJson(s)},
            {QStringLiteral("market"), marketToJson(s.market)},
            {QStringLiteral("cost"), givenInputs(s.cost, costKeys())},
            {QStringLiteral("created"), timeValue(s.created)},
            {QStringLiteral("updated"), timeValue(s.updated)}};
}

QJsonObject agendaItemToJson(const AgendaItem& item)
{
    QJsonObject votes;
    for (auto it = item.votes.constBegin(); it != item.votes.constEnd(); ++it)
        votes.insert(it.key(), voteKey(it.value()));
    return {{QStringLiteral("project"), item.projectId},
            {QStringLiteral("decision"), decisionKey(item.decision)},
            {QStringLiteral("conditions"), item.conditions},
            {QStringLiteral("notes"), item.notes},
            {QStringLiteral("votes"), votes}};
}

QJsonObject meetingToJson(const Meeting& m)
{
    QJsonArray agenda;
    for (const AgendaItem& item : m.agenda)
        agenda.append(agendaItemToJson(item));
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("title"), m.title},
            {QStringLiteral("date"), dateValue(m.date)},
            {QStringLiteral("status"), meetingStatusKey(m.status)},
            {QStringLiteral("attendees"), QJsonArray::fromStringList(m.attendees)},
            {QStringLiteral("agenda"), agenda}};
}

} // namespace

QJsonObject projectToJson(const ProjectBundle& bundle)
{
    const Project& p = bundle.project;
    QJsonArray scorecards;
    for (const Scorecard& s : bundle.scorecards)
        scorecards.append(scorecardToJson(s));
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("segment"), p.segmentKey},
            {QStringLiteral("stage"), stageKey(p.stage)},
            {QStringLiteral("round"), p.round},
            {QStringLiteral("valuation_cny"), optionalValue(p.valuationCny)},
            {QStringLiteral("ask_cny"), optionalValue(p.askCny)},
            {QStringLiteral("city"), p.city},
            {QStringLiteral("founded_year"), optionalValue(p.foundedYear)},
            {QStringLiteral("description"), p.description},
            {QStringLiteral("tags"), QJsonArray::fromStringList(p.tags)},
            {QStringLiteral("lead_analyst"), p.leadAnalyst},
            {QStringLiteral("exit_route"), p.exitRoute},
            {QStringLiteral("expected_exit_year"), optionalValue(p.expectedExitYear)},
            {QStringLiteral("fund_end_year"), optionalValue(p.fundEndYear)},
            {QStringLiteral("dominant_incumbent"), p.dominantIncumbent},
            {QStringLiteral("archived"), p.archived},
            {QStringLiteral("created"), timeValue(p.created)},
            {QStringLiteral("updated"), timeValue(p.updated)},
            {QStringLiteral("scorecards"), scorecards}};
}

QByteArray writePortfolioJson(const PortfolioDocument& document)
{
    QJsonArray segments;
    for (const Segment& s : document.segments)
        segments.append(segmentToJson(s));
    QJsonArray projects;
    for (const ProjectBundle& bundle : document.projects)
        projects.append(projectToJson(bundle));
    QJsonArray meetings;
    for (const Meeting& m : document.meetings)
        meetings.append(meetingToJson(m));
    const QJsonObject root{{QStringLiteral("format"), portfoliojson::formatName()},
                           {QStringLiteral("version"), kPortfolioJsonVersion},
                           {QStringLiteral("segments"), segments},
                           {QStringLiteral("projects"), projects},
                           {QStringLiteral("meetings"), meetings}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace tollgate
