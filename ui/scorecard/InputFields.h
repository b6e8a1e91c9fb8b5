#pragma once

#include "core/Result.h"
#include "domain/Scorecard.h"

#include <QList>
#include <QString>

#include <optional>

namespace tollgate
{

// The number fields of a scorecard's market and cost inputs, described once so the form, its
// validation and its tests agree on keys, labels and rules. Keys are the JSON keys of SPEC §8
// ("unit_cost", "tam_cny"), which are also the Error.field the core names.
struct InputField {
    QString key;
    QString label;          // translated
    QString placeholder;    // translated example
    QString unit;           // translated unit shown after the field ("CNY", "years"), may be empty
    bool isAmount = false;  // money in CNY: show a 亿元 / bn reading aid
    bool isInteger = false; // whole numbers only (number of payers)
    std::optional<double> (*read)(const Scorecard&);
    void (*write)(Scorecard&, std::optional<double>);
};

QList<InputField> marketInputFields(); // tam_cny, sam_cny, cagr, payers
QList<InputField> costInputFields();   // the nine cost-model inputs in the order of SPEC §4

// Whether `value` is acceptable for the field on its own, with the reason when it is not.
// Cost inputs are checked by the cost model itself (scoring/CostModel.h validateCostInputs),
// so the form refuses exactly what the core refuses and shows the core's message.
Status checkInputField(const InputField& field, double value);

} // namespace tollgate
