#include "ChartBench.h"

#include "analytics/SegmentStatistics.h"
#include "charts/ChartStyle.h"
#include "charts/CompositeBoxPlotChartBuilder.h"
#include "charts/ScreeningMatrixChart.h"
#include "charts/ScreeningMatrixChartBuilder.h"
#include "charts/TamBarsChartBuilder.h"
#include "charts/VerdictBarsChartBuilder.h"

#include <QChart>

#include <memory>

namespace tollgate::bench
{

ChartFigures measureCharts(const QString& database, int runs)
{
    ChartFigures figures;
    Result<std::unique_ptr<Portfolio>> portfolio =
        Portfolio::open(database, OpenMode::ExistingOnly);
    if (!portfolio) {
        figures.error = portfolio.error().message;
        return figures;
    }
    const Result<QList<Segment>> segments = (*portfolio)->segments();
    const Result<Template> current = (*portfolio)->currentTemplate();
    if (!segments || !current) {
        figures.error = !segments ? segments.error().message : current.error().message;
        return figures;
    }
    ProjectFilter all;
    all.includeArchived = true; // the dashboard's own filter decides, as in DashboardPage
    QList<ProjectSummary> summaries;
    figures.read = measure(runs, [&]() {
        const Stopwatch watch;
        Result<QList<ProjectSummary>> read = (*portfolio)->projectSummaries(all);
        const Sample sample = watch.elapsed();
        if (read)
            summaries = std::move(read).value();
        else
            figures.error = read.error().message;
        return sample;
    });
    figures.projects = static_cast<int>(summaries.size());

    int plotted = 0;
    figures.build = measure(runs, [&]() {
        const Stopwatch watch;
        const SummaryTable table(summaries, *segments);
        const DashboardStatistics stats = computeDashboardStatistics(table);
        const ChartOptions options;
        ScreeningMatrixOptions matrixOptions;
        matrixOptions.marketGate = current->marketGate;
        matrixOptions.costGate = current->costGate;
        std::unique_ptr<QChart> charts[] = {
            std::unique_ptr<QChart>(ScreeningMatrixChartBuilder::build(stats, matrixOptions)),
            std::unique_ptr<QChart>(VerdictBarsChartBuilder::build(stats, options)),
            std::unique_ptr<QChart>(CompositeBoxPlotChartBuilder::build(stats, options)),
            std::unique_ptr<QChart>(TamBarsChartBuilder::build(stats, options))};
        const Sample sample = watch.elapsed();
        plotted = stats.plottedProjects;
        return sample; // the charts are deleted after the figure is taken
    });
    if (figures.projects > 0 && plotted == 0)
        figures.error = QStringLiteral("the screening matrix plotted no project");
    return figures;
}

} // namespace tollgate::bench
