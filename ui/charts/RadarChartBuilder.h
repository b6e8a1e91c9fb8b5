#pragma once

#include "analytics/ProjectCharts.h"
#include "charts/ChartStyle.h"

#include <QCoreApplication>

class QPolarChart;

namespace tollgate
{

// A project's criteria as a radar (SPEC §5, chart 5): the twelve criteria round a polar chart
// scored 0–5 outward, one thin line per analyst's latest scorecard and a thick line for their
// aggregate. Lines are straight chords between neighbouring criteria; a criterion an analyst
// left unscored is skipped, so the line joins its neighbours.
class RadarChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(RadarChartBuilder)
public:
    static QPolarChart* build(const CriteriaProfile& profile, const ChartOptions& options = {});

    // Several lines of equal weight on one radar, each named (the comparison overlays one
    // aggregate line per project); no aggregate of its own.
    static QPolarChart* buildOverlay(const QStringList& keys, const QList<CriteriaLine>& lines,
                                     const ChartOptions& options = {});

    // The angular position of criterion i (of n), in the 0..n range of the angular axis: the
    // middle of its sector, so the seam at 0 falls between the last and the first criterion.
    static double angleOf(int i) { return i + 0.5; }
};

} // namespace tollgate
