#include "report/MemoText.h"

#include "core/ListText.h"
#include "report/MeetingText.h"

#include "scoring/Evaluation.h"

#include <QLocale>

#include <cmath>

namespace tollgate
{

QString MemoText::score(std::optional<double> value)
{
    return value ? QString::number(*value, 'f', 1) : dash();
}

QString MemoText::criterionScore(std::optional<double> mean)
{
    if (!mean)
        return dash();
    // Means of several analysts keep one decimal; a single analyst's whole score stays whole.
    if (std::abs(*mean - std::round(*mean)) < 1e-9)
        return QString::number(std::lround(*mean));
    return QString::number(*mean, 'f', 1);
}

QString MemoText::money(std::optional<double> cny, bool chinese)
{
    if (!cny)
        return dash();
    if (chinese) // 亿元 = 10^8 CNY, the unit Chinese term sheets use
        return QStringLiteral("%1 亿元").arg(
            QLocale(QLocale::English).toString(*cny / 1e8, 'f', 2));
    return tr("%1 CNY").arg(QLocale(QLocale::English).toString(std::round(*cny), 'f', 0));
}

QString MemoText::percent(std::optional<double> fraction)
{
    return fraction ? QStringLiteral("%1 %").arg(QString::number(*fraction * 100, 'f', 1)) : dash();
}

QString MemoText::plainNumber(std::optional<double> value, int decimals)
{
    return value ? QLocale(QLocale::English).toString(*value, 'f', decimals) : dash();
}

QString MemoText::year(std::optional<int> value)
{
    return value ? QString::number(*value) : dash();
}

QString MemoText::confidence(Confidence c)
{
    switch (c) {
    case Confidence::Low:
        return tr("low");
    case Confidence::Medium:
        return tr("medium");
    case Confidence::High:
        return tr("high");
    case Confidence::Unset:
        break;
    }
    return dash();
}

// The names are the meetings' own (MeetingText); the memo writes votes and statuses inside a
// sentence, so in lower case where the language has one.
QString MemoText::decision(Decision d)
{
    return d == Decision::None ? tr("No decision yet") : MeetingText::decision(d);
}

QString MemoText::vote(Vote v)
{
    return MeetingText::vote(v).toLower();
}

QString MemoText::meetingStatus(MeetingStatus s)
{
    return MeetingText::status(s).toLower();
}

QString MemoText::verdictReason(const MemoData& data, bool chinese)
{
    const Evaluation& e = data.standing.evaluation;
    const double marketGate = data.scoringTemplate.marketGate;
    const double costGate = data.scoringTemplate.costGate;
    const QString gateM = QString::number(marketGate, 'g', 4);
    const QString gateC = QString::number(costGate, 'g', 4);
    switch (e.verdict) {
    case Verdict::Incomplete: {
        QStringList unscored;
        for (const Criterion& c : data.scoringTemplate.criteria)
            if (!data.standing.aggregate.criteria.value(c.key).mean)
                unscored.append(c.key);
        return tr("Not every criterion is scored yet (unscored: %1), so there is no verdict "
                  "until they are.")
            .arg(ListText::names(unscored));
    }
    case Verdict::Pursue:
        return tr("Both questions clear their gates: the market (M %1 ≥ %2) and the path to "
                  "profitable cost (C %3 ≥ %4).")
            .arg(score(e.market), gateM, score(e.cost), gateC);
    case Verdict::MarketGap:
        return tr("The path to profitable cost clears its gate (C %3 ≥ %4) but the market does not "
                  "(M %1 < %2).")
            .arg(score(e.market), gateM, score(e.cost), gateC);
    case Verdict::CostGap:
        return tr("The market clears its gate (M %1 ≥ %2) but the path to profitable cost does not "
                  "(C %3 < %4).")
            .arg(score(e.market), gateM, score(e.cost), gateC);
    case Verdict::Decline:
        break;
    }
    if (!e.knockouts.isEmpty()) {
        QStringList names;
        for (const QString& key : e.knockouts) {
            const Criterion* c = data.scoringTemplate.criterion(key);
            names.append(c ? QStringLiteral("%1 %2").arg(key, c->displayName(chinese)) : key);
        }
        return tr("Knock-out: %1 scored 0, which declines the project whatever the other scores.")
            .arg(ListText::join(names));
    }
    return tr("Neither question clears its gate: the market (M %1 < %2) nor the path to "
              "profitable cost (C %3 < %4).")
        .arg(score(e.market), gateM, score(e.cost), gateC);
}

QString MemoText::yearsToProfitableCost(const MemoData& data)
{
    const Evaluation& e = data.standing.evaluation;
    if (!data.costParams)
        return dash();
    if (!e.yearsToProfitableCost)
        return tr("not within the %1-year horizon").arg(data.costParams->horizonYears);
    if (*e.yearsToProfitableCost <= 0)
        return tr("already profitable (0 years)");
    return tr("%1 years").arg(QString::number(*e.yearsToProfitableCost, 'f', 2));
}

QString MemoText::redFlagReason(const QString& flagId, const MemoData& data)
{
    const ScoreMap means = data.standing.aggregate.means();
    auto mean = [&](const char* key) {
        return criterionScore(means.value(QLatin1String(key)));
    };
    const Project& p = data.project;
    if (flagId == RedFlag::SubstitutionUnproven)
        return tr("Substitution story without customer acceptance: downstream acceptance M5 is %1 "
                  "(≤ 1).")
            .arg(mean("M5"));
    if (flagId == RedFlag::FragmentedMarket)
        return tr("Fragmented market with no general product: M6 is %1 (≤ 1).").arg(mean("M6"));
    if (flagId == RedFlag::ExportExposure)
        return tr("Export-control exposure of key inputs: C5 is %1 (≤ 1).").arg(mean("C5"));
    if (flagId == RedFlag::CostAfterFundEnd)
        return tr("Profitable cost is not reached before the fund ends in %1 (years to profitable "
                  "cost: %2).")
            .arg(year(p.fundEndYear), yearsToProfitableCost(data));
    if (flagId == RedFlag::ExitAfterFundEnd)
        return tr("The expected exit in %1 falls after the fund ends in %2.")
            .arg(year(p.expectedExitYear), year(p.fundEndYear));
    if (flagId == RedFlag::DominantIncumbent)
        return tr("Head-on with a dominant incumbent (ticked by the analyst).");
    return flagId;
}

} // namespace tollgate
