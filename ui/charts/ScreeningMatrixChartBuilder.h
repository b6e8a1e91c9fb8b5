#pragma once

#include "analytics/SegmentStatistics.h"
#include "charts/ChartStyle.h"
#include "charts/ScreeningMatrixChart.h"

#include <QCoreApplication>
#include <QSet>

#include <optional>

namespace tollgate
{

struct ScreeningMatrixOptions : ChartOptions {
    double marketGate = 60; // the template's gates: where the quadrant lines go
    double costGate = 60;
    std::optional<MatrixPoint> highlight; // "this project", drawn large on top (the memo)
    QSet<QString> hiddenSegments;         // segment keys toggled off in the legend
};

// Builds the screening matrix (SPEC §5, chart 1): M on x and C on y from 0 to 100, one scatter
// series per segment in the segment's colour, the two gate lines, the quadrant labels.
class ScreeningMatrixChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ScreeningMatrixChartBuilder)
public:
    static ScreeningMatrixChart* build(const DashboardStatistics& stats,
                                       const ScreeningMatrixOptions& options = {});
};

} // namespace tollgate
