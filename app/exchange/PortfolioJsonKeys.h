#pragma once

#include "domain/Scorecard.h"

#include <QLatin1String>
#include <QList>

#include <optional>

namespace tollgate::portfoliojson
{

// The JSON keys the writer and the reader share, so the two cannot drift apart.

inline QLatin1String formatName()
{
    return QLatin1String("tollgate-portfolio");
}

// A market or cost input: its key in the file and its field in the scorecard.
template <typename Inputs, typename Value>
struct InputKey {
    QLatin1String key;
    std::optional<Value> Inputs::*field;
};

using CostKey = InputKey<CostInputs, double>;

// The cost-model inputs under the keys of `tollgate-cli evaluate` (SPEC §8).
const QList<CostKey>& costKeys();

// The market inputs stored as doubles (payers, a count, is read and written on its own).
const QList<InputKey<MarketInputs, double>>& marketAmountKeys();
inline QLatin1String payersKey()
{
    return QLatin1String("payers");
}

} // namespace tollgate::portfoliojson
