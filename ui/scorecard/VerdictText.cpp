#include "scorecard/VerdictText.h"

#include "scoring/Evaluation.h"

#include <QCoreApplication>

namespace tollgate
{

namespace
{
class VerdictText
{
    Q_DECLARE_TR_FUNCTIONS(VerdictText)
};
} // namespace

QString verdictDisplayName(Verdict v)
{
    switch (v) {
    case Verdict::Incomplete:
        return VerdictText::tr("Incomplete");
    case Verdict::Pursue:
        return VerdictText::tr("Pursue");
    case Verdict::MarketGap:
        return VerdictText::tr("Market gap");
    case Verdict::CostGap:
        return VerdictText::tr("Cost gap");
    case Verdict::Decline:
        return VerdictText::tr("Decline");
    }
    return {};
}

QColor verdictColour(Verdict v)
{
    switch (v) {
    case Verdict::Incomplete:
        return QColor(0x75, 0x75, 0x75);
    case Verdict::Pursue:
        return QColor(0x2e, 0x7d, 0x32);
    case Verdict::MarketGap:
        return QColor(0xef, 0x6c, 0x00);
    case Verdict::CostGap:
        return QColor(0xf9, 0xa8, 0x25).darker(115);
    case Verdict::Decline:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QString verdictExplanation(Verdict v)
{
    switch (v) {
    case Verdict::Incomplete:
        return VerdictText::tr("Score every criterion of both questions to get a verdict.");
    case Verdict::Pursue:
        return VerdictText::tr("Both questions pass their gates.");
    case Verdict::MarketGap:
        return VerdictText::tr("The cost path passes, but the market is not big enough yet.");
    case Verdict::CostGap:
        return VerdictText::tr(
            "The market is big enough, but cost does not reach a profitable level in time.");
    case Verdict::Decline:
        return VerdictText::tr("A knock-out fired, or neither question passes its gate.");
    }
    return {};
}

QString redFlagReason(const QString& flagId)
{
    if (flagId == RedFlag::SubstitutionUnproven)
        return VerdictText::tr("Substitution story without customer acceptance (M5 ≤ 1): "
                               "simple domestic substitution is no longer enough.");
    if (flagId == RedFlag::FragmentedMarket)
        return VerdictText::tr("Fragmented market with no general product (M6 ≤ 1).");
    if (flagId == RedFlag::ExportExposure)
        return VerdictText::tr("Key inputs exposed to export controls (C5 ≤ 1).");
    if (flagId == RedFlag::CostAfterFundEnd)
        return VerdictText::tr("Profitable cost is not reached before the fund's end year.");
    if (flagId == RedFlag::ExitAfterFundEnd)
        return VerdictText::tr("The expected exit year is after the fund's end year.");
    if (flagId == RedFlag::DominantIncumbent)
        return VerdictText::tr("Head-on with a dominant incumbent (ticked on the project).");
    return flagId;
}

} // namespace tollgate
