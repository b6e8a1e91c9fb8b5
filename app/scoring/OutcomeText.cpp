#include "scoring/OutcomeText.h"

#include "scoring/Evaluation.h"

#include <QCoreApplication>

namespace tollgate
{

namespace
{
// The translation context of these texts ("Outcome" in the .ts files).
class OutcomeText
{
    Q_DECLARE_TR_FUNCTIONS(Outcome)
};
} // namespace

QString verdictExplanation(Verdict v)
{
    switch (v) {
    case Verdict::Incomplete:
        return OutcomeText::tr("Score every criterion of both questions to get a verdict.");
    case Verdict::Pursue:
        return OutcomeText::tr("Both questions pass their gates.");
    case Verdict::MarketGap:
        return OutcomeText::tr("The cost path passes, but the market is not big enough yet.");
    case Verdict::CostGap:
        return OutcomeText::tr(
            "The market is big enough, but cost does not reach a profitable level in time.");
    case Verdict::Decline:
        return OutcomeText::tr("A knock-out fired, or neither question passes its gate.");
    }
    return {};
}

QString redFlagName(const QString& flagId)
{
    if (flagId == RedFlag::SubstitutionUnproven)
        return OutcomeText::tr("substitution without customer acceptance");
    if (flagId == RedFlag::FragmentedMarket)
        return OutcomeText::tr("fragmented market, no general product");
    if (flagId == RedFlag::ExportExposure)
        return OutcomeText::tr("export-control exposure of inputs");
    if (flagId == RedFlag::CostAfterFundEnd)
        return OutcomeText::tr("profitable cost after the fund's end");
    if (flagId == RedFlag::ExitAfterFundEnd)
        return OutcomeText::tr("exit after the fund's end");
    if (flagId == RedFlag::DominantIncumbent)
        return OutcomeText::tr("head-on with a dominant incumbent");
    return flagId;
}

QString redFlagReason(const QString& flagId)
{
    if (flagId == RedFlag::SubstitutionUnproven)
        return OutcomeText::tr("Substitution story without customer acceptance (M5 ≤ 1): "
                               "simple domestic substitution is no longer enough.");
    if (flagId == RedFlag::FragmentedMarket)
        return OutcomeText::tr("Fragmented market with no general product (M6 ≤ 1).");
    if (flagId == RedFlag::ExportExposure)
        return OutcomeText::tr("Key inputs exposed to export controls (C5 ≤ 1).");
    if (flagId == RedFlag::CostAfterFundEnd)
        return OutcomeText::tr("Profitable cost is not reached before the fund's end year.");
    if (flagId == RedFlag::ExitAfterFundEnd)
        return OutcomeText::tr("The expected exit year is after the fund's end year.");
    if (flagId == RedFlag::DominantIncumbent)
        return OutcomeText::tr("Head-on with a dominant incumbent (ticked on the project).");
    return flagId;
}

} // namespace tollgate
