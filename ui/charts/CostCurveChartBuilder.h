#pragma once

#include "domain/Scorecard.h"
#include "scoring/CostModel.h"

#include <QChart>
#include <QString>

#include <optional>

namespace tollgate
{

// Builds the cost-curve chart of SPEC §5: unit cost c(t) against the profitable-cost line
// p(t)(1 − m) (and the price p(t)) over the horizon, the crossing marked with the years to
// profitable cost. One builder for the form's live view, the dashboard and the memo's image;
// no OpenGL, so it renders offscreen. The caller owns the returned chart.
class CostCurveChartBuilder
{
public:
    // Object names of the series, for tests and for callers that restyle them.
    static const QString UnitCostSeries;   // "unitCost"
    static const QString PriceSeries;      // "price"
    static const QString PriceFloorSeries; // "priceFloor": p(t)(1 − m)
    static const QString CrossingSeries;   // "crossing": one point (years, c(years))
    static const QString FundEndSeries;    // "fundEnd": a vertical line, when given

    struct Options {
        std::optional<double> fundYearsLeft; // marks the fund's end on the time axis
        bool showTitle = true;
        bool compact = false; // smaller fonts and margins, for the form's side view
    };

    // A chart of the validated parameters.
    static QChart* build(const CostParams& params, const Options& options);
    static QChart* build(const CostParams& params) { return build(params, Options()); }
    // From typed inputs: when they do not validate, an empty chart whose title says why
    // (the core's message), so a view always has something to show.
    static QChart* build(const CostInputs& inputs, const Options& options);

    // The series of `chart` with the object name (one of the names above), or nullptr.
    static QAbstractSeries* findSeries(const QChart* chart, const QString& objectName);

    // An empty chart carrying a message, e.g. while the inputs are incomplete.
    static QChart* placeholder(const QString& message, const Options& options);
};

} // namespace tollgate
