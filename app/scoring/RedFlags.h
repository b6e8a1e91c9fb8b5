#pragma once

#include <QStringList>

#include <optional>

namespace tollgate
{

// The red flags of SPEC §3 and §8 as bits: code that scores many projects keeps and compares
// them as one small number and turns them into ids (Evaluation::redFlags) only when it writes.
enum RedFlagBit : unsigned {
    SubstitutionUnprovenBit = 1u << 0,
    FragmentedMarketBit = 1u << 1,
    ExportExposureBit = 1u << 2,
    CostAfterFundEndBit = 1u << 3,
    ExitAfterFundEndBit = 1u << 4,
    DominantIncumbentBit = 1u << 5,
};

// Everything the red-flag rules read. The three scores are the project's (or the aggregate's
// mean) for M5, M6 and C5; none of it depends on the template's weights or gates.
struct RedFlagFacts {
    std::optional<double> m5;
    std::optional<double> m6;
    std::optional<double> c5;
    bool costModelGiven = false;
    std::optional<double> yearsToProfitableCost; // nullopt with a cost model: not within horizon
    std::optional<int> fundEndYear;
    int asOfYear = 0;
    std::optional<int> expectedExitYear;
    bool dominantIncumbent = false;
};

unsigned redFlagMask(const RedFlagFacts& facts);
// The ids of SPEC §8 for the bits set, sorted.
QStringList redFlagIds(unsigned mask);
// The bits of sorted or unsorted ids; unknown ids are ignored.
unsigned redFlagMaskOf(const QStringList& ids);

} // namespace tollgate
