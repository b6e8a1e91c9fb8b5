#pragma once

#include "report/MemoChartImages.h"
#include "report/MemoData.h"

namespace tollgate
{

// The memo's two charts drawn by the dashboard's own builders (CostCurveChartBuilder,
// ScreeningMatrixChartBuilder) at print resolution, for app/report, which cannot use Qt Charts.
// Needs a QApplication (Qt Charts is built on graphics widgets); the offscreen platform will do.
class MemoChartRenderer
{
public:
    // A chart is left null when the memo has nothing to draw: no valid cost model inputs, or a
    // project without both scores (the memo says why instead).
    static MemoChartImages render(const MemoData& data, bool chinese,
                                  int dpi = MemoChartImages::printDpi);
};

} // namespace tollgate
