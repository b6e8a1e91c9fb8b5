#include "scoring/RedFlags.h"

#include "scoring/Evaluation.h"

namespace tollgate
{

namespace
{

// A weak score on one of the criteria the interview warns about. A mean counts the same way:
// a 1.5 from two analysts is not a flag, a 1.0 is.
bool weak(std::optional<double> score)
{
    return score && *score <= 1.0;
}

struct FlagId {
    RedFlagBit bit;
    const QString* id;
};

// In the order of their ids, so the ids of a mask come out sorted.
const FlagId kSortedFlags[] = {
    {CostAfterFundEndBit, &RedFlag::CostAfterFundEnd},
    {DominantIncumbentBit, &RedFlag::DominantIncumbent},
    {ExitAfterFundEndBit, &RedFlag::ExitAfterFundEnd},
    {ExportExposureBit, &RedFlag::ExportExposure},
    {FragmentedMarketBit, &RedFlag::FragmentedMarket},
    {SubstitutionUnprovenBit, &RedFlag::SubstitutionUnproven},
};

} // namespace

unsigned redFlagMask(const RedFlagFacts& f)
{
    unsigned mask = 0;
    if (weak(f.m5))
        mask |= SubstitutionUnprovenBit;
    if (weak(f.m6))
        mask |= FragmentedMarketBit;
    if (weak(f.c5))
        mask |= ExportExposureBit;
    if (f.costModelGiven && f.fundEndYear) {
        const int yearsLeft = *f.fundEndYear - f.asOfYear;
        if (!f.yearsToProfitableCost || *f.yearsToProfitableCost > yearsLeft)
            mask |= CostAfterFundEndBit;
    }
    if (f.expectedExitYear && f.fundEndYear && *f.expectedExitYear > *f.fundEndYear)
        mask |= ExitAfterFundEndBit;
    if (f.dominantIncumbent)
        mask |= DominantIncumbentBit;
    return mask;
}

QStringList redFlagIds(unsigned mask)
{
    QStringList ids;
    for (const FlagId& flag : kSortedFlags) {
        if (mask & flag.bit)
            ids.append(*flag.id);
    }
    return ids;
}

unsigned redFlagMaskOf(const QStringList& ids)
{
    unsigned mask = 0;
    for (const QString& id : ids) {
        for (const FlagId& flag : kSortedFlags) {
            if (id == *flag.id)
                mask |= flag.bit;
        }
    }
    return mask;
}

} // namespace tollgate
