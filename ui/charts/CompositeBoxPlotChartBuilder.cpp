#include "charts/CompositeBoxPlotChartBuilder.h"

#include "charts/SegmentCategories.h"

#include <QBarCategoryAxis>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QCursor>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

namespace tollgate
{

namespace
{

// Where the mean marks sit beside a box: just outside it (boxes are 0.5 wide).
constexpr qreal kMeanOffset = 0.36;

QScatterSeries* marks(const QString& name, QScatterSeries::MarkerShape shape, QColor colour,
                      qreal size)
{
    auto* series = new QScatterSeries;
    series->setName(name);
    series->setMarkerShape(shape);
    series->setMarkerSize(size);
    series->setColor(colour);
    series->setBorderColor(colour.darker(130));
    return series;
}

// Halfway to white: the segment's hue, pale enough for the median line to show on it.
QColor paler(const QColor& colour)
{
    auto mix = [](int c) {
        return c + (255 - c) / 2;
    };
    return QColor(mix(colour.red()), mix(colour.green()), mix(colour.blue()));
}

} // namespace

QChart* CompositeBoxPlotChartBuilder::build(const DashboardStatistics& stats,
                                            const ChartOptions& options)
{
    auto* chart = new QChart;
    applyChartStyle(chart, tr("Composite score per segment"));

    const SegmentCategories categories(
        stats, options.chinese, /*topDown=*/false,
        [](const SegmentStatistics& s) { return !s.composite.isEmpty(); });
    auto* boxes = new QBoxPlotSeries;
    boxes->setName(tr("Composite √(M × C)"));
    boxes->setBoxWidth(0.5);
    boxes->setBrush(QColor(0xc6, 0xdb, 0xef));
    boxes->setPen(QPen(QColor(0x31, 0x5a, 0x8c), 1.2));
    QScatterSeries* outliers =
        marks(tr("Outliers"), QScatterSeries::MarkerShapeCircle, QColor(0x70, 0x70, 0x70), 6);
    // Means in black and white, apart from the segment colours of the boxes.
    QScatterSeries* meanM =
        marks(tr("Mean M"), QScatterSeries::MarkerShapeTriangle, QColor(0x30, 0x30, 0x30), 12);
    QScatterSeries* meanC =
        marks(tr("Mean C"), QScatterSeries::MarkerShapeRotatedRectangle, QColor(Qt::white), 12);
    meanC->setBorderColor(QColor(0x30, 0x30, 0x30));

    for (int i = 0; i < categories.size(); ++i) {
        const SegmentStatistics& s = categories.segments().at(i);
        const BoxPlotStats& b = s.composite;
        auto* set = new QBoxSet(b.lowerWhisker, b.lowerQuartile, b.median, b.upperQuartile,
                                b.upperWhisker, categories.label(i));
        // The segment's own colour, lightened so the median line stays visible on it.
        const QColor colour(s.segment.colour);
        set->setBrush(colour.isValid() ? paler(colour) : QColor(0xc6, 0xdb, 0xef));
        set->setPen(QPen(colour.isValid() ? colour.darker(130) : QColor(0x31, 0x5a, 0x8c), 1.4));
        boxes->append(set);
        for (double value : b.outliers)
            outliers->append(i, value);
        if (s.meanMarket)
            meanM->append(i - kMeanOffset, *s.meanMarket);
        if (s.meanCost)
            meanC->append(i + kMeanOffset, *s.meanCost);
    }
    const QList<SegmentStatistics> segments = categories.segments();
    QObject::connect(
        boxes, &QBoxPlotSeries::hovered, boxes, [segments, boxes](bool status, QBoxSet* set) {
            const int i = static_cast<int>(boxes->boxSets().indexOf(set));
            if (!status || i < 0 || i >= segments.size()) {
                QToolTip::hideText();
                return;
            }
            const BoxPlotStats& b = segments.at(i).composite;
            QToolTip::showText(QCursor::pos(),
                               tr("%1 projects · median %2 · quartiles %3–%4 · whiskers %5–%6")
                                   .arg(b.count)
                                   .arg(formatNumber(b.median, 1), formatNumber(b.lowerQuartile, 1),
                                        formatNumber(b.upperQuartile, 1),
                                        formatNumber(b.lowerWhisker, 1),
                                        formatNumber(b.upperWhisker, 1)));
        });

    QBarCategoryAxis* axis = categories.makeAxis();
    // Ten segment names side by side do not fit under narrow boxes: stand them upright. Qt
    // hides a slanted label that reaches past the plot's left or right edge, which the first
    // and last names do at the dashboard's smallest chart size; upright, none is wider than
    // its box.
    if (categories.size() > 5) {
        axis->setLabelsAngle(-90);
        axis->setTruncateLabels(false); // upright, the whole name fits
    }
    QValueAxis* scores = scoreAxis(tr("Score (0–100)"), 20);
    chart->addAxis(axis, Qt::AlignBottom);
    chart->addAxis(scores, Qt::AlignLeft);
    QList<QAbstractSeries*> series{boxes, meanM, meanC};
    if (outliers->count() > 0)
        series.insert(1, outliers);
    else
        delete outliers; // no legend entry for marks that are not there
    for (QAbstractSeries* s : series) {
        chart->addSeries(s);
        s->attachAxis(axis);
        s->attachAxis(scores);
    }
    return chart;
}

} // namespace tollgate
