#include "charts/VerdictBarsChartBuilder.h"

#include "charts/SegmentCategories.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace tollgate
{

QChart* VerdictBarsChartBuilder::build(const DashboardStatistics& stats,
                                       const ChartOptions& options)
{
    auto* chart = new QChart;
    applyChartStyle(chart, tr("Projects by verdict per segment"));

    const SegmentCategories categories(stats, options.chinese, /*topDown=*/true);
    auto* series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.7);
    for (Verdict v : verdictDisplayOrder()) {
        const QString name = verdictDisplayName(v, options.chinese);
        auto* set = new QBarSet(name);
        set->setColor(verdictChartColour(v));
        set->setBorderColor(verdictChartColour(v).darker(120));
        for (const SegmentStatistics& s : categories.segments())
            set->append(s.verdictCount(v));
        series->append(set);
        const bool chinese = options.chinese;
        categories.connectTooltip(set, [v, name, chinese](const SegmentStatistics& s) {
            return tr("%1 — %2: %3 of %4 projects")
                .arg(s.segment.displayName(chinese), name)
                .arg(s.verdictCount(v))
                .arg(s.projects);
        });
    }
    chart->addSeries(series);

    auto* counts = new QValueAxis;
    counts->setTitleText(tr("Projects"));
    int largest = 0;
    for (const SegmentStatistics& s : categories.segments())
        largest = std::max(largest, s.projects);
    setCountRange(counts, largest);
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);
    QBarCategoryAxis* axis = categories.makeAxis();
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    return chart;
}

} // namespace tollgate
