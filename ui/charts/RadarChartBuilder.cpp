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

namespace
{

// The polar chart with its two axes, and a way to add lines to it.
struct RadarFrame {
    QPolarChart* chart;
    QCategoryAxis* angular;
    QValueAxis* radial;

    void add(QLineSeries* series) const
    {
        series->setPointsVisible(true);
        chart->addSeries(series);
        series->attachAxis(angular);
        series->attachAxis(radial);
    }
};

RadarFrame radarFrame(const QStringList& keys, const QString& title)
{
    RadarFrame frame{new QPolarChart, new QCategoryAxis, new QValueAxis};
    applyChartStyle(frame.chart, title);
    const int n = static_cast<int>(keys.size());
    frame.angular->setRange(0, n);
    frame.angular->setStartValue(0);
    frame.angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 0; i < n; ++i)
        frame.angular->append(keys[i], RadarChartBuilder::angleOf(i));
    frame.radial->setRange(0, 5);
    frame.radial->setTickCount(6);
    frame.radial->setLabelFormat(QStringLiteral("%d"));
    frame.chart->addAxis(frame.angular, QPolarChart::PolarOrientationAngular);
    frame.chart->addAxis(frame.radial, QPolarChart::PolarOrientationRadial);
    return frame;
}

QPen linePen(int i)
{
    QPen pen(analystColours().at(i % analystColours().size()));
    pen.setWidthF(1.6);
    return pen;
}

} // namespace

QPolarChart* RadarChartBuilder::build(const CriteriaProfile& profile, const ChartOptions& options)
{
    Q_UNUSED(options) // criterion keys read the same in both languages
    const RadarFrame frame = radarFrame(profile.keys, tr("Criteria (0–5)"));
    for (int i = 0; i < profile.analysts.size(); ++i) {
        const CriteriaLine& line = profile.analysts[i];
        frame.add(radarLine(line.analyst, line.scores, linePen(i)));
    }
    if (!profile.isEmpty()) {
        QPen pen(QColor(0x20, 0x20, 0x20));
        pen.setWidthF(3.2);
        frame.add(radarLine(tr("Aggregate"), profile.aggregate.scores, pen));
    }
    return frame.chart;
}

QPolarChart* RadarChartBuilder::buildOverlay(const QStringList& keys,
                                             const QList<CriteriaLine>& lines,
                                             const ChartOptions& options)
{
    Q_UNUSED(options)
    const RadarFrame frame = radarFrame(keys, tr("Criteria (0–5)"));
    for (int i = 0; i < lines.size(); ++i) {
        QPen pen = linePen(i);
        pen.setWidthF(2.4);
        frame.add(radarLine(lines[i].analyst, lines[i].scores, pen));
    }
    return frame.chart;
}

} // namespace tollgate
