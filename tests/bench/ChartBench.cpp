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
    std::shared_ptr<const SummaryTable> table = std::make_shared<SummaryTable>();
    figures.read = measure(runs, [&]() {
        table.reset(); // the previous run's table is freed before the next read, as in the app
        const Stopwatch watch;
        auto read = std::make_shared<SummaryTable>(*segments);
        const Status status =
            (*portfolio)
                ->readDashboard(QString(), read->keys(),
                                [&read](const DashboardRow& row, QStringView name) {
                                    read->append(row, name);
                                });
        read->finishReading();
        const Sample sample = watch.elapsed();
        if (!status)
            figures.error = status.error().message;
        table = std::move(read);
        return sample;
    });
    figures.projects = static_cast<int>(table->size());

    int plotted = 0;
    figures.build = measure(runs, [&]() {
        const Stopwatch watch;
        const DashboardStatistics stats = computeDashboardStatistics(*table);
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
    figures.peakRssMb = peakRssMb();
    figures.rssMb = currentRssMb();
    if (figures.projects > 0 && plotted == 0)
        figures.error = QStringLiteral("the screening matrix plotted no project");
    return figures;
}

} // namespace tollgate::bench
