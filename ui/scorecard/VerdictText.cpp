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
