#include "charts/TamBarsChartBuilder.h"

#include "charts/SegmentCategories.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>

#include <cmath>

namespace tollgate
{

double TamBarsChartBuilder::unitDivisor(bool chinese)
{
    return chinese ? 1e8 : 1e9;
}

QString TamBarsChartBuilder::unitName(bool chinese)
{
    return chinese ? QStringLiteral("亿元") : tr("bn CNY");
}

QChart* TamBarsChartBuilder::build(const DashboardStatistics& stats, const ChartOptions& options)
{
    auto* chart = new QChart;
    applyChartStyle(chart, tr("Total TAM of projects in play per segment"));
    chart->legend()->hide(); // one series: the title says what it is

    const double divisor = unitDivisor(options.chinese);
    const QString unit = unitName(options.chinese);
    const SegmentCategories categories(stats, options.chinese, /*topDown=*/true);
    auto* set = new QBarSet(tr("TAM in play"));
    set->setColor(QColor(0x4c, 0x72, 0xb0));
    set->setBorderColor(QColor(0x4c, 0x72, 0xb0).darker(120));
    set->setLabelColor(QColor(0x20, 0x20, 0x20));
    double largest = 0;
    for (const SegmentStatistics& s : categories.segments()) {
        // One decimal is what a bar can show; the tooltip has the counts.
        const double value = std::round(s.tamInPlayCny / divisor * 10) / 10;
        set->append(value);
        largest = std::max(largest, value);
    }
    const bool chinese = options.chinese;
    categories.connectTooltip(set, [divisor, unit, chinese](const SegmentStatistics& s) {
        return tr("%1: %2 %3 over %4 of %5 projects in play with a TAM")
            .arg(s.segment.displayName(chinese), formatNumber(s.tamInPlayCny / divisor, 1), unit)
            .arg(s.inPlayWithTam)
            .arg(s.inPlay);
    });

    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);

    auto* values = new QValueAxis;
    values->setTitleText(tr("TAM (%1)").arg(unit));
    // Room past the longest bar for its label.
    values->setRange(0, largest > 0 ? largest * 1.15 : 1);
    values->applyNiceNumbers();
    values->setLabelFormat(values->max() >= 10 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    QBarCategoryAxis* axis = categories.makeAxis();
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    return chart;
}

} // namespace tollgate
