#include "charts/MemoChartRenderer.h"

#include "analytics/SegmentStatistics.h"
#include "charts/ChartExport.h"
#include "charts/CostCurveChartBuilder.h"
#include "charts/ScreeningMatrixChartBuilder.h"

#include <QLegend>

#include <memory>

namespace tollgate
{

namespace
{

QImage costCurveImage(const MemoData& data, int dpi)
{
    if (!data.costParams)
        return {};
    CostCurveChartBuilder::Options options;
    options.fundYearsLeft = data.fundYearsLeft();
    const std::unique_ptr<QChart> chart(CostCurveChartBuilder::build(*data.costParams, options));
    // A page is narrower than a window: one row of five legend entries would be cut short
    // ("Price × (1 − target mar…"), so on paper the legend stands beside the plot.
    chart->legend()->setAlignment(Qt::AlignRight);
    return ChartExport::toImage(chart.get(), MemoChartImages::costCurveSize(), dpi);
}

QImage matrixImage(const MemoData& data, bool chinese, int dpi)
{
    const Evaluation& e = data.standing.evaluation;
    if (!e.market || !e.cost)
        return {};
    const DashboardStatistics stats = computeDashboardStatistics(data.segmentPeers, data.segments);
    ScreeningMatrixOptions options;
    options.chinese = chinese;
    options.marketGate = data.scoringTemplate.marketGate;
    options.costGate = data.scoringTemplate.costGate;
    MatrixPoint self;
    self.projectId = data.project.id;
    self.name = data.project.name;
    self.segment = stats.segmentIndex(data.project.segmentKey);
    self.market = *e.market;
    self.cost = *e.cost;
    self.composite = e.composite.value_or(0);
    self.verdict = e.verdict;
    options.highlight = self;
    const std::unique_ptr<QChart> chart(ScreeningMatrixChartBuilder::build(stats, options));
    return ChartExport::toImage(chart.get(), MemoChartImages::screeningMatrixSize(), dpi);
}

} // namespace

MemoChartImages MemoChartRenderer::render(const MemoData& data, bool chinese, int dpi)
{
    return MemoChartImages{costCurveImage(data, dpi), matrixImage(data, chinese, dpi)};
}

} // namespace tollgate
