#pragma once

#include "analytics/SegmentStatistics.h"
#include "charts/ChartStyle.h"

#include <QCoreApplication>

class QChart;

namespace tollgate
{

// Per segment, how many projects have each verdict (SPEC §5, chart 2): horizontal stacked bars,
// one bar per segment (first segment on top), one colour per verdict.
class VerdictBarsChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(VerdictBarsChartBuilder)
public:
    static QChart* build(const DashboardStatistics& stats, const ChartOptions& options = {});
};

} // namespace tollgate
