#pragma once

#include "core/Result.h"
#include "domain/Scorecard.h"

#include <QList>

#include <optional>

namespace tollgate {

// Validated inputs of the experience-curve cost model (SPEC §4).
struct CostParams {
    double unitCost = 0;     // c0 > 0
    double price = 0;        // p0 > 0
    double targetMargin = 0; // m in [0, 1)
    double volume = 0;       // v0 > 0
    double cumulative = 0;   // Q0 > 0
    double volumeGrowth = 0; // g > -1
    double learningRate = 1; // L in (0, 1]
    double priceErosion = 0; // e in [0, 1)
    double horizonYears = 10;
};

// One sample of the curves, t in years from now.
struct CostPoint {
    double t = 0;
    double unitCost = 0;    // c(t)
    double price = 0;       // p(t)
    double priceFloor = 0;  // p(t)(1 - m): the cost at or below which a unit is profitable
};

// Refuses a missing or out-of-range input with an Error whose field is the JSON key of
// SPEC §8 (unit_cost, price, target_margin, volume, cumulative, volume_growth, learning_rate,
// price_erosion, horizon_years). A missing horizon defaults to 10 years.
Result<CostParams> validateCostInputs(const CostInputs& inputs);
// The same, naming the field as the enclosing document does: with fieldPrefix "cost." an error
// names "cost.learning_rate".
Result<CostParams> validateCostInputs(const CostInputs& inputs, const QString& fieldPrefix);

double cumulativeVolumeAt(const CostParams& p, double t); // Q(t)
double unitCostAt(const CostParams& p, double t);         // c(t)
double priceAt(const CostParams& p, double t);            // p(t)
bool profitableAt(const CostParams& p, double t);

// Years until c(t) <= p(t)(1 - m): 0 if already, the monthly scan refined by bisection to
// 1e-4 year otherwise, nullopt when not within the horizon.
std::optional<double> yearsToProfitableCost(const CostParams& p);

// The curves sampled `perYear` times a year over [0, H], for charts.
QList<CostPoint> costCurve(const CostParams& p, int perYear = 12);

} // namespace tollgate
