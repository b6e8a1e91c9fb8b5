#pragma once

#include "analytics/SegmentStatistics.h"
#include "charts/ChartStyle.h"

#include <QCoreApplication>

class QChart;

namespace tollgate
{

// Per segment, the distribution of composite scores as a box plot (quartiles by linear
// interpolation, Tukey whiskers, outliers as dots; analytics/BoxPlot.h), with each segment's
// mean M and mean C beside its box (SPEC §5, chart 3). Segments without a composite are left
// out: there is no box to draw.
class CompositeBoxPlotChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(CompositeBoxPlotChartBuilder)
public:
    static QChart* build(const DashboardStatistics& stats, const ChartOptions& options = {});
};

} // namespace tollgate
