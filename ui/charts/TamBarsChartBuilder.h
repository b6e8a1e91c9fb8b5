#pragma once

#include "analytics/SegmentStatistics.h"
#include "charts/ChartStyle.h"

#include <QCoreApplication>

class QChart;

namespace tollgate
{

// Per segment, the total TAM of the projects in play — stage neither passed nor exited (SPEC §5,
// chart 4). Horizontal bars labelled with their value, first segment on top; billions of CNY in
// English, 亿元 (10⁸ CNY) in Chinese.
class TamBarsChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(TamBarsChartBuilder)
public:
    static QChart* build(const DashboardStatistics& stats, const ChartOptions& options = {});
    // The divisor from CNY to the unit the chart shows, and that unit's name.
    static double unitDivisor(bool chinese);
    static QString unitName(bool chinese);
};

} // namespace tollgate
