#include "storage/ChangeLog.h"

#include "storage/SqlValues.h"

#include <QHash>
#include <QSet>

namespace tollgate
{

namespace
{

const QString kProject = QStringLiteral("project");
const QString kScorecard = QStringLiteral("scorecard");
const QString kMeeting = QStringLiteral("meeting");
const QString kAgendaItem = QStringLiteral("agenda-item");

QString scoreText(const std::optional<int>& score)
{
    return auditText(score);
}

} // namespace

QString scorecardLabel(const Scorecard& s)
{
    return s.analyst + QLatin1Char(' ') + dateText(s.date);
}

void recordProjectChanges(const Project& before, const Project& after, AuditBatch& batch)
{
    const qint64 id = before.id;
    auto change = [&](const char* field, const QString& oldValue, const QString& newValue) {
        batch.change(kProject, id, id, QLatin1String(field), oldValue, newValue);
    };
    change("name", before.name, after.name);
    change("segment", before.segmentKey, after.segmentKey);
    change("stage", stageKey(before.stage), stageKey(after.stage));
    change("round", before.round, after.round);
    change("valuation_cny", auditText(before.valuationCny), auditText(after.valuationCny));
    change("ask_cny", auditText(before.askCny), auditText(after.askCny));
    change("city", before.city, after.city);
    change("founded_year", auditText(before.foundedYear), auditText(after.foundedYear));
    change("description", before.description, after.description);
    change("tags", before.tags.join(QLatin1Char(';')), after.tags.join(QLatin1Char(';')));
    change("lead_analyst", before.leadAnalyst, after.leadAnalyst);
    change("exit_route", before.exitRoute, after.exitRoute);
    change("expected_exit_year", auditText(before.expectedExitYear),
           auditText(after.expectedExitYear));
    change("fund_end_year", auditText(before.fundEndYear), auditText(after.fundEndYear));
    change("dominant_incumbent", auditText(before.dominantIncumbent),
           auditText(after.dominantIncumbent));
    change("archived", auditText(before.archived), auditText(after.archived));
}

void recordScorecardChanges(const Scorecard& before, const Scorecard& after, AuditBatch& batch)
{
    auto change = [&](const QString& field, const QString& oldValue, const QString& newValue) {
        batch.change(kScorecard, before.id, before.projectId, field, oldValue, newValue);
    };
    change(QStringLiteral("analyst"), before.analyst, after.analyst);
    change(QStringLiteral("date"), dateText(before.date), dateText(after.date));
    change(QStringLiteral("submitted"), auditText(before.submitted), auditText(after.submitted));

    QStringList keys = before.entries.keys() + after.entries.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString& key : std::as_const(keys)) {
        const CriterionEntry old = before.entries.value(key);
        const CriterionEntry now = after.entries.value(key);
        change(key + QStringLiteral(".score"), scoreText(old.score), scoreText(now.score));
        change(key + QStringLiteral(".evidence"), old.evidence, now.evidence);
        change(key + QStringLiteral(".confidence"), confidenceKey(old.confidence),
               confidenceKey(now.confidence));
    }

    const MarketInputs& m0 = before.market;
    const MarketInputs& m1 = after.market;
    change(QStringLiteral("market.tam_cny"), auditText(m0.tamCny), auditText(m1.tamCny));
    change(QStringLiteral("market.sam_cny"), auditText(m0.samCny), auditText(m1.samCny));
    change(QStringLiteral("market.cagr"), auditText(m0.cagr), auditText(m1.cagr));
    change(QStringLiteral("market.payers"), auditText(m0.payers), auditText(m1.payers));

    const struct {
        const char* field;
        std::optional<double> CostInputs::*member;
    } costFields[] = {
        {"cost.unit_cost", &CostInputs::unitCost},
        {"cost.price", &CostInputs::price},
        {"cost.target_margin", &CostInputs::targetMargin},
        {"cost.volume", &CostInputs::volume},
        {"cost.cumulative", &CostInputs::cumulative},
        {"cost.volume_growth", &CostInputs::volumeGrowth},
        {"cost.learning_rate", &CostInputs::learningRate},
        {"cost.price_erosion", &CostInputs::priceErosion},
        {"cost.horizon_years", &CostInputs::horizonYears},
    };
    for (const auto& f : costFields) {
        change(QLatin1String(f.field), auditText(before.cost.*f.member),
               auditText(after.cost.*f.member));
    }
}

void recordMeetingChanges(const Meeting& before, const Meeting& after, AuditBatch& batch)
{
    const qint64 id = before.id;
    batch.change(kMeeting, id, 0, QStringLiteral("title"), before.title, after.title);
    batch.change(kMeeting, id, 0, QStringLiteral("date"), dateText(before.date),
                 dateText(after.date));
    batch.change(kMeeting, id, 0, QStringLiteral("status"), meetingStatusKey(before.status),
                 meetingStatusKey(after.status));
    batch.change(kMeeting, id, 0, QStringLiteral("attendees"),
                 before.attendees.join(QStringLiteral("; ")),
                 after.attendees.join(QStringLiteral("; ")));

    QHash<qint64, AgendaItem> old;
    for (const AgendaItem& item : before.agenda)
        old.insert(item.id, item);
    QSet<qint64> kept;
    for (int position = 0; position < after.agenda.size(); ++position) {
        const AgendaItem& item = after.agenda.at(position);
        const auto previous = old.constFind(item.id);
        if (previous == old.constEnd()) {
            batch.event(kAgendaItem, item.id, item.projectId, QStringLiteral("added"), QString(),
                        after.title);
            continue;
        }
        kept.insert(item.id);
        auto change = [&](const QString& field, const QString& a, const QString& b) {
            batch.change(kAgendaItem, item.id, item.projectId, field, a, b);
        };
        change(QStringLiteral("position"), QString::number(previous->position),
               QString::number(position));
        change(QStringLiteral("decision"), decisionKey(previous->decision),
               decisionKey(item.decision));
        change(QStringLiteral("conditions"), previous->conditions, item.conditions);
        change(QStringLiteral("notes"), previous->notes, item.notes);
        QStringList voters = previous->votes.keys() + item.votes.keys();
        voters.removeDuplicates();
        for (const QString& voter : std::as_const(voters)) {
            const auto a = previous->votes.constFind(voter);
            const auto b = item.votes.constFind(voter);
            change(QStringLiteral("votes.") + voter,
                   a == previous->votes.constEnd() ? QString() : voteKey(*a),
                   b == item.votes.constEnd() ? QString() : voteKey(*b));
        }
    }
    for (const AgendaItem& item : before.agenda) {
        if (!kept.contains(item.id)) {
            batch.event(kAgendaItem, item.id, item.projectId, QStringLiteral("removed"),
                        before.title, QString());
        }
    }
}

} // namespace tollgate
