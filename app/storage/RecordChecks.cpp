#include "storage/RecordChecks.h"

#include "scoring/CostModel.h"
#include "storage/StorageText.h"

#include <cmath>

namespace tollgate
{

namespace
{

// Years outside this range are typing mistakes, not plans.
constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2200;

Error invalid(const QString& path, const QString& field, const QString& message)
{
    return Error::at(path + field, message);
}

Status checkYear(const std::optional<int>& year, const QString& path, const QString& field)
{
    if (year && (*year < kFirstYear || *year > kLastYear)) {
        return invalid(path, field,
                       StorageText::tr("%1 must be a year from %2 to %3; got %4.")
                           .arg(path + field)
                           .arg(kFirstYear)
                           .arg(kLastYear)
                           .arg(*year));
    }
    return {};
}

Status checkMoney(const std::optional<qint64>& amount, const QString& path, const QString& field)
{
    if (amount && *amount < 0) {
        return invalid(
            path, field,
            StorageText::tr("%1 must not be negative; got %2.").arg(path + field).arg(*amount));
    }
    return {};
}

Status checkMarket(const MarketInputs& m, const QString& path)
{
    const struct {
        const char* field;
        std::optional<double> value;
        double minimum;
        bool inclusive;
    } rules[] = {
        {"market.tam_cny", m.tamCny, 0, true},
        {"market.sam_cny", m.samCny, 0, true},
        {"market.cagr", m.cagr, -1, false},
    };
    for (const auto& rule : rules) {
        if (!rule.value)
            continue;
        const double v = *rule.value;
        const bool ok = std::isfinite(v) && (rule.inclusive ? v >= rule.minimum : v > rule.minimum);
        if (!ok) {
            const QString field = QLatin1String(rule.field);
            return invalid(path, field,
                           (rule.inclusive ? StorageText::tr("%1 must be at least %2; got %3.")
                                           : StorageText::tr("%1 must be more than %2; got %3."))
                               .arg(path + field)
                               .arg(rule.minimum)
                               .arg(v));
        }
    }
    if (m.payers && *m.payers < 0) {
        return invalid(path, QStringLiteral("market.payers"),
                       StorageText::tr("%1 must not be negative; got %2.")
                           .arg(path + QStringLiteral("market.payers"))
                           .arg(*m.payers));
    }
    return {};
}

// Cost inputs may be half filled in, but each value given must be one the cost model accepts.
// The missing ones are filled with harmless values so that the model's own rules (and its
// messages) judge exactly the given ones.
Status checkCost(const CostInputs& c, const QString& path)
{
    if (c.isEmpty())
        return {};
    CostInputs filled = c;
    filled.unitCost = c.unitCost.value_or(1);
    filled.price = c.price.value_or(1);
    filled.targetMargin = c.targetMargin.value_or(0);
    filled.volume = c.volume.value_or(1);
    filled.cumulative = c.cumulative.value_or(1);
    filled.volumeGrowth = c.volumeGrowth.value_or(0);
    filled.learningRate = c.learningRate.value_or(1);
    filled.priceErosion = c.priceErosion.value_or(0);
    filled.horizonYears = c.horizonYears.value_or(10);
    Result<CostParams> params = validateCostInputs(filled, path + QStringLiteral("cost."));
    if (!params)
        return params.error();
    return {};
}

} // namespace

Status checkAnalyst(const QString& analyst)
{
    if (analyst.trimmed().isEmpty()) {
        return Error::at(QStringLiteral("analyst"),
                         StorageText::tr("Every change records who made it: the analyst name is "
                                         "missing."));
    }
    return {};
}

Status checkProject(const Project& p, const QSet<QString>& segmentKeys, const QString& path)
{
    if (p.name.trimmed().isEmpty()) {
        return invalid(path, QStringLiteral("name"),
                       StorageText::tr("%1 must not be empty.").arg(path + QStringLiteral("name")));
    }
    if (!segmentKeys.contains(p.segmentKey)) {
        return invalid(path, QStringLiteral("segment"),
                       StorageText::tr("%1: unknown segment “%2”.")
                           .arg(path + QStringLiteral("segment"), p.segmentKey));
    }
    for (const Status& s :
         {checkMoney(p.valuationCny, path, QStringLiteral("valuation_cny")),
          checkMoney(p.askCny, path, QStringLiteral("ask_cny")),
          checkYear(p.foundedYear, path, QStringLiteral("founded_year")),
          checkYear(p.expectedExitYear, path, QStringLiteral("expected_exit_year")),
          checkYear(p.fundEndYear, path, QStringLiteral("fund_end_year"))}) {
        if (!s)
            return s;
    }
    for (int i = 0; i < p.tags.size(); ++i) {
        const QString& tag = p.tags.at(i);
        if (tag.trimmed().isEmpty() || tag.contains(QLatin1Char('\n')) ||
            tag.contains(QLatin1Char('\r'))) {
            const QString field = QStringLiteral("tags[%1]").arg(i);
            return invalid(
                path, field,
                StorageText::tr("%1: a tag must be one non-empty line.").arg(path + field));
        }
    }
    return {};
}

Status checkScorecard(const Scorecard& s, const Template& t, const QString& path)
{
    if (s.analyst.trimmed().isEmpty()) {
        return invalid(
            path, QStringLiteral("analyst"),
            StorageText::tr("%1 must not be empty.").arg(path + QStringLiteral("analyst")));
    }
    if (!s.date.isValid()) {
        return invalid(
            path, QStringLiteral("date"),
            StorageText::tr("%1 must be a valid date.").arg(path + QStringLiteral("date")));
    }
    for (auto it = s.entries.constBegin(); it != s.entries.constEnd(); ++it) {
        const bool known = t.criterion(it.key()) != nullptr;
        const bool inRange = !it->score || (*it->score >= 0 && *it->score <= 5);
        if (known && inRange)
            continue; // the common case builds no strings
        const QString field = QStringLiteral("criteria.") + it.key();
        if (!known) {
            return invalid(path, field,
                           StorageText::tr("%1: unknown criterion.").arg(path + field));
        }
        return invalid(path, field + QStringLiteral(".score"),
                       StorageText::tr("%1 must be an integer from 0 to 5; got %2.")
                           .arg(path + field + QStringLiteral(".score"))
                           .arg(*it->score));
    }
    if (Status market = checkMarket(s.market, path); !market)
        return market;
    return checkCost(s.cost, path);
}

Status checkMeeting(const Meeting& m, const QSet<qint64>& projectIds, const QString& path)
{
    if (m.title.trimmed().isEmpty()) {
        return invalid(
            path, QStringLiteral("title"),
            StorageText::tr("%1 must not be empty.").arg(path + QStringLiteral("title")));
    }
    if (!m.date.isValid()) {
        return invalid(
            path, QStringLiteral("date"),
            StorageText::tr("%1 must be a valid date.").arg(path + QStringLiteral("date")));
    }
    QSet<QString> attendees;
    for (int i = 0; i < m.attendees.size(); ++i) {
        const QString& name = m.attendees.at(i);
        const QString field = QStringLiteral("attendees[%1]").arg(i);
        if (name.trimmed().isEmpty() || attendees.contains(name)) {
            return invalid(
                path, field,
                StorageText::tr("%1: attendees must be named, each once.").arg(path + field));
        }
        attendees.insert(name);
    }
    QSet<qint64> onAgenda;
    for (int i = 0; i < m.agenda.size(); ++i) {
        const AgendaItem& item = m.agenda.at(i);
        const QString field = QStringLiteral("agenda[%1]").arg(i);
        if (!projectIds.contains(item.projectId)) {
            return invalid(path, field + QStringLiteral(".project"),
                           StorageText::tr("%1: there is no project %2.")
                               .arg(path + field + QStringLiteral(".project"))
                               .arg(item.projectId));
        }
        if (onAgenda.contains(item.projectId)) {
            return invalid(path, field + QStringLiteral(".project"),
                           StorageText::tr("%1: project %2 is already on the agenda.")
                               .arg(path + field + QStringLiteral(".project"))
                               .arg(item.projectId));
        }
        onAgenda.insert(item.projectId);
        for (auto v = item.votes.constBegin(); v != item.votes.constEnd(); ++v) {
            if (!attendees.contains(v.key())) {
                const QString voteField = field + QStringLiteral(".votes.") + v.key();
                return invalid(path, voteField,
                               StorageText::tr("%1: only attendees vote.").arg(path + voteField));
            }
        }
    }
    return {};
}

} // namespace tollgate
