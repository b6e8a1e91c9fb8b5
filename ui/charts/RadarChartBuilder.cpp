#include "charts/RadarChartBuilder.h"

#include <QCategoryAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPolarChart>
#include <QScatterSeries>
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

// The marks of a line: its scores only. The two seam points that close a shape are no scores
// (a mark there would read as one, on the ray where the ring numbers are written), and a polar
// line series draws a mark on every point, so the marks are a series of their own.
QScatterSeries* scoreMarks(const QLineSeries* line, qreal size)
{
    auto* marks = new QScatterSeries;
    marks->setColor(line->pen().color());
    marks->setBorderColor(line->pen().color());
    marks->setMarkerSize(size);
    QList<QPointF> points = line->points();
    if (points.size() >= 4) { // radarPoints() added the two seam points
        points.removeFirst();
        points.removeLast();
    }
    marks->replace(points);
    return marks;
}

// The numbers of the rings 1..5, written on the ray at the top. Qt draws the radial axis's own
// labels under the series, where the lines that cross the ray hide them; as point labels of a
// series added last they are drawn over the lines, and the crowded centre gets no "0".
QScatterSeries* ringNumbers()
{
    auto* series = new QScatterSeries;
    series->setMarkerSize(1);
    series->setColor(Qt::transparent);
    series->setBorderColor(Qt::transparent);
    for (int level = 1; level <= 5; ++level)
        series->append(0, level);
    series->setPointLabelsFormat(QStringLiteral("@yPoint"));
    series->setPointLabelsColor(QColor(0x50, 0x50, 0x50));
    series->setPointLabelsClipping(false);
    series->setPointLabelsVisible(true);
    return series;
}

} // namespace

namespace
{

// The polar chart with its two axes; the ring numbers are written by ringNumbers().
struct RadarFrame {
    QPolarChart* chart;
    QCategoryAxis* angular;
    QValueAxis* radial;
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
    frame.radial->setLabelsVisible(false); // ringNumbers() writes them above the lines
    frame.chart->addAxis(frame.angular, QPolarChart::PolarOrientationAngular);
    frame.chart->addAxis(frame.radial, QPolarChart::PolarOrientationRadial);
    return frame;
}

// Lines first, then their marks (the last line's larger when `emphasiseLast`), then the ring
// numbers on top; only the lines are in the legend.
void addLines(const RadarFrame& frame, const QList<QLineSeries*>& lines, bool emphasiseLast)
{
    QList<QXYSeries*> series(lines.cbegin(), lines.cend());
    for (int i = 0; i < lines.size(); ++i)
        series.append(scoreMarks(lines.at(i), emphasiseLast && i + 1 == lines.size() ? 10 : 7));
    series.append(ringNumbers());
    for (QXYSeries* s : series) {
        frame.chart->addSeries(s);
        s->attachAxis(frame.angular);
        s->attachAxis(frame.radial);
        if (qobject_cast<QScatterSeries*>(s)) {
            for (QLegendMarker* marker : frame.chart->legend()->markers(s))
                marker->setVisible(false);
        }
    }
}

QPen linePen(int i, qreal width)
{
    QPen pen(analystColours().at(i % analystColours().size()));
    pen.setWidthF(width);
    return pen;
}

} // namespace

QPolarChart* RadarChartBuilder::build(const CriteriaProfile& profile, const ChartOptions& options)
{
    Q_UNUSED(options) // criterion keys read the same in both languages
    const RadarFrame frame = radarFrame(profile.keys, tr("Criteria (0–5)"));
    QList<QLineSeries*> lines;
    for (int i = 0; i < profile.analysts.size(); ++i) {
        const CriteriaLine& line = profile.analysts[i];
        lines.append(radarLine(line.analyst, line.scores, linePen(i, 1.6)));
    }
    if (!profile.isEmpty()) {
        QPen pen(QColor(0x20, 0x20, 0x20));
        pen.setWidthF(3.2);
        lines.append(radarLine(tr("Aggregate"), profile.aggregate.scores, pen));
    }
    addLines(frame, lines, !profile.isEmpty());
    return frame.chart;
}

QPolarChart* RadarChartBuilder::buildOverlay(const QStringList& keys,
                                             const QList<CriteriaLine>& lines,
                                             const ChartOptions& options)
{
    Q_UNUSED(options)
    const RadarFrame frame = radarFrame(keys, tr("Criteria (0–5)"));
    QList<QLineSeries*> series;
    for (int i = 0; i < lines.size(); ++i)
        series.append(radarLine(lines[i].analyst, lines[i].scores, linePen(i, 2.4)));
    addLines(frame, series, false);
    return frame.chart;
}

} // namespace tollgate
