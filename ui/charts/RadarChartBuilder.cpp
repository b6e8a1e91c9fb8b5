#include "charts/RadarChartBuilder.h"

#include <QCategoryAxis>
#include <QLineSeries>
#include <QPolarChart>
#include <QValueAxis>

#include <cmath>

namespace tollgate
{

namespace
{

// Colours for the analysts' lines, apart from each other and from the aggregate's black.
const QList<QColor>& analystColours()
{
    static const QList<QColor> colours{QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e),
                                       QColor(0x2c, 0xa0, 0x2c), QColor(0xd6, 0x27, 0x28),
                                       QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b)};
    return colours;
}

// Screen position of (angle, radius) on a unit circle, angle in 0..n clockwise from the top.
QPointF cartesian(double angle, double radius, int n)
{
    const double theta = angle / n * 2 * M_PI;
    return {radius * std::sin(theta), radius * std::cos(theta)};
}

// A closed radar line: the scored criteria in order, and where the chord from the last to the
// first crosses the seam at angle 0 (= n), added at both ends so the polar chart closes the
// shape without drawing a line round the outside.
QList<QPointF> radarPoints(const QList<std::optional<double>>& scores)
{
    const int n = static_cast<int>(scores.size());
    QList<QPointF> points;
    for (int i = 0; i < n; ++i)
        if (scores[i])
            points.append(QPointF(RadarChartBuilder::angleOf(i), *scores[i]));
    if (points.size() < 2)
        return points;
    const QPointF last = cartesian(points.last().x(), points.last().y(), n);
    const QPointF first = cartesian(points.first().x(), points.first().y(), n);
    // The radius where the chord meets the ray at angle 0 (x = 0, y > 0). With most criteria
    // unscored the chord can miss that ray; the shape then closes through the centre.
    double seam = 0;
    if (last.x() != first.x()) {
        const double t = last.x() / (last.x() - first.x());
        if (t >= 0 && t <= 1)
            seam = std::max(0.0, last.y() + t * (first.y() - last.y()));
    }
    points.prepend(QPointF(0, seam));
    points.append(QPointF(n, seam));
    return points;
}

QLineSeries* radarLine(const QString& name, const QList<std::optional<double>>& scores,
                       const QPen& pen)
{
    auto* series = new QLineSeries;
    series->setName(name);
    series->setPen(pen);
    series->replace(radarPoints(scores));
    return series;
}

} // namespace

QPolarChart* RadarChartBuilder::build(const CriteriaProfile& profile, const ChartOptions& options)
{
    Q_UNUSED(options) // criterion keys read the same in both languages
    auto* chart = new QPolarChart;
    applyChartStyle(chart, tr("Criteria (0–5)"));
    const int n = static_cast<int>(profile.keys.size());

    auto* angular = new QCategoryAxis;
    angular->setRange(0, n);
    angular->setStartValue(0);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 0; i < n; ++i)
        angular->append(profile.keys[i], angleOf(i));
    auto* radial = new QValueAxis;
    radial->setRange(0, 5);
    radial->setTickCount(6);
    radial->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);

    QList<QLineSeries*> lines;
    for (int i = 0; i < profile.analysts.size(); ++i) {
        const CriteriaLine& line = profile.analysts[i];
        QPen pen(analystColours().at(i % analystColours().size()));
        pen.setWidthF(1.6);
        lines.append(radarLine(line.analyst, line.scores, pen));
    }
    if (!profile.isEmpty()) {
        QPen pen(QColor(0x20, 0x20, 0x20));
        pen.setWidthF(3.2);
        lines.append(radarLine(tr("Aggregate"), profile.aggregate.scores, pen));
    }
    for (QLineSeries* series : lines) {
        series->setPointsVisible(true);
        chart->addSeries(series);
        series->attachAxis(angular);
        series->attachAxis(radial);
    }
    return chart;
}

} // namespace tollgate
