#include "charts/ChartStyle.h"

#include <QChart>
#include <QFont>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace tollgate
{

QString segmentAxisLabel(const Segment& segment, bool chinese)
{
    const QString name = segment.displayName(chinese);
    if (name.isEmpty())
        return segment.key;
    const qsizetype paren = name.indexOf(QLatin1String(" ("));
    return paren > 0 ? name.left(paren) : name;
}

void applyChartStyle(QChart* chart, const QString& title)
{
    chart->setTheme(QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setTitle(title);
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

QValueAxis* scoreAxis(const QString& title, int step)
{
    auto* axis = new QValueAxis;
    axis->setRange(0, 100);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTitleText(title);
    // Short numbers are never worth eliding; Qt would rather print "…" in a low chart.
    axis->setTruncateLabels(false);
    return axis;
}

void setCountRange(QValueAxis* axis, double maximum)
{
    constexpr int kTargetTicks = 6;
    double step = 1;
    for (double magnitude = 1; step * kTargetTicks < maximum; magnitude *= 10) {
        for (double factor : {1.0, 2.0, 5.0}) {
            step = factor * magnitude;
            if (step * kTargetTicks >= maximum)
                break;
        }
    }
    const double top = std::max(1.0, std::ceil(maximum / step)) * step;
    axis->setRange(0, top);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%d"));
}

QString formatNumber(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

} // namespace tollgate
