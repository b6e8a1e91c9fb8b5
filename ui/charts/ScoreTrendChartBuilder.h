#pragma once

#include "analytics/ProjectCharts.h"
#include "charts/ChartStyle.h"

#include <QCoreApplication>

class QChart;

namespace tollgate
{

struct ScoreTrendOptions : ChartOptions {
    double marketGate = 60; // drawn as dashed lines for reference
    double costGate = 60;
};

// A project's M, C and composite across its past scorecards (SPEC §5, chart 6): one point per
// scorecard date, the standing as of that day (analytics/ProjectCharts.h scoreTrend), on a date
// axis, with the two gates as dashed reference lines.
class ScoreTrendChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ScoreTrendChartBuilder)
public:
    static QChart* build(const QList<TrendPoint>& trend, const ScoreTrendOptions& options = {});
};

} // namespace tollgate
