#include "models/AuditText.h"

#include "domain/Meeting.h"
#include "domain/Scorecard.h"
#include "domain/Stage.h"
#include "models/DisplayNames.h"
#include "report/MeetingText.h"

#include <QHash>
#include <QStringList>

namespace tollgate
{

QString AuditText::entityName(const QString& entity)
{
    if (entity == QLatin1String("scorecard"))
        return tr("Scorecard");
    if (entity == QLatin1String("meeting"))
        return tr("Meeting");
    if (entity == QLatin1String("agenda-item"))
        return tr("Agenda item");
    if (entity == QLatin1String("settings"))
        return tr("Settings");
    if (entity == QLatin1String("template"))
        return tr("Template");
    return entity;
}

QString AuditText::fieldPart(const QString& part)
{
    // Built on each call: the names follow the translations installed at the time.
    const QHash<QString, QString> names{
        // Events
        {QStringLiteral("created"), tr("created")},
        {QStringLiteral("deleted"), tr("deleted")},
        {QStringLiteral("imported"), tr("imported")},
        {QStringLiteral("added"), tr("added")},
        {QStringLiteral("removed"), tr("removed")},
        {QStringLiteral("version"), tr("version")},
        // A project's fields
        {QStringLiteral("name"), tr("name")},
        {QStringLiteral("segment"), tr("segment")},
        {QStringLiteral("stage"), tr("stage")},
        {QStringLiteral("round"), tr("round")},
        {QStringLiteral("valuation_cny"), tr("valuation (CNY)")},
        {QStringLiteral("ask_cny"), tr("ask (CNY)")},
        {QStringLiteral("city"), tr("city")},
        {QStringLiteral("founded_year"), tr("founded")},
        {QStringLiteral("description"), tr("description")},
        {QStringLiteral("tags"), tr("tags")},
        {QStringLiteral("lead_analyst"), tr("lead analyst")},
        {QStringLiteral("exit_route"), tr("exit route")},
        {QStringLiteral("expected_exit_year"), tr("expected exit year")},
        {QStringLiteral("fund_end_year"), tr("fund end year")},
        {QStringLiteral("dominant_incumbent"), tr("dominant incumbent")},
        {QStringLiteral("archived"), tr("archived")},
        // A scorecard's
        {QStringLiteral("analyst"), tr("analyst")},
        {QStringLiteral("date"), tr("date")},
        {QStringLiteral("submitted"), tr("submitted")},
        {QStringLiteral("score"), tr("score")},
        {QStringLiteral("evidence"), tr("evidence")},
        {QStringLiteral("confidence"), tr("confidence")},
        {QStringLiteral("market"), tr("market")},
        {QStringLiteral("cost"), tr("cost")},
        {QStringLiteral("tam_cny"), QStringLiteral("TAM")},
        {QStringLiteral("sam_cny"), QStringLiteral("SAM")},
        {QStringLiteral("cagr"), QStringLiteral("CAGR")},
        {QStringLiteral("payers"), tr("payers")},
        {QStringLiteral("unit_cost"), tr("unit cost")},
        {QStringLiteral("price"), tr("price")},
        {QStringLiteral("target_margin"), tr("target margin")},
        {QStringLiteral("volume"), tr("volume")},
        {QStringLiteral("cumulative"), tr("cumulative volume")},
        {QStringLiteral("volume_growth"), tr("volume growth")},
        {QStringLiteral("learning_rate"), tr("learning rate")},
        {QStringLiteral("price_erosion"), tr("price erosion")},
        {QStringLiteral("horizon_years"), tr("horizon (years)")},
        // A meeting's and its agenda items'
        {QStringLiteral("title"), tr("title")},
        {QStringLiteral("status"), tr("status")},
        {QStringLiteral("attendees"), tr("attendees")},
        {QStringLiteral("position"), tr("position")},
        {QStringLiteral("decision"), tr("decision")},
        {QStringLiteral("conditions"), tr("conditions")},
        {QStringLiteral("notes"), tr("notes")},
        {QStringLiteral("votes"), tr("vote")},
        // The template's
        {QStringLiteral("market_gate"), tr("market gate")},
        {QStringLiteral("cost_gate"), tr("cost gate")},
        {QStringLiteral("weight"), tr("weight")},
        {QStringLiteral("knockout"), tr("knockout")},
        {QStringLiteral("blind_scoring"), tr("blind scoring")},
    };
    return names.value(part, part); // criterion keys (M3) and voters' names as they are
}

QString AuditText::what(const AuditEntry& entry)
{
    // "M3.score" → "M3 · 评分"; "votes.王志" → "表决 · 王志".
    QStringList parts = entry.field.split(QLatin1Char('.'));
    for (QString& part : parts)
        part = fieldPart(part);
    const QString field = parts.join(QStringLiteral(" · "));
    if (entry.entity == QLatin1String("project") || entry.entity.isEmpty())
        return field;
    return QStringLiteral("%1 #%2 · %3")
        .arg(entityName(entry.entity))
        .arg(entry.entityId)
        .arg(field);
}

QString AuditText::value(const AuditEntry& entry, const QString& stored)
{
    if (stored.isEmpty())
        return stored;
    const QString last = entry.field.section(QLatin1Char('.'), -1);
    if (stored == QLatin1String("true"))
        return tr("yes");
    if (stored == QLatin1String("false"))
        return tr("no");
    if (last == QLatin1String("stage")) {
        if (const std::optional<Stage> stage = stageFromKey(stored))
            return stageDisplayName(*stage, DisplayNames::chineseUi());
    } else if (last == QLatin1String("decision")) {
        if (const std::optional<Decision> decision = decisionFromKey(stored))
            return MeetingText::decision(*decision);
    } else if (last == QLatin1String("status") && entry.entity == QLatin1String("meeting")) {
        if (const std::optional<MeetingStatus> status = meetingStatusFromKey(stored))
            return MeetingText::status(*status);
    } else if (entry.entity == QLatin1String("agenda-item") &&
               entry.field.startsWith(QLatin1String("votes."))) {
        if (const std::optional<Vote> vote = voteFromKey(stored))
            return MeetingText::vote(*vote);
    } else if (last == QLatin1String("confidence")) {
        if (stored == QLatin1String("low"))
            return tr("low");
        if (stored == QLatin1String("medium"))
            return tr("medium");
        if (stored == QLatin1String("high"))
            return tr("high");
    }
    return stored;
}

} // namespace tollgate
