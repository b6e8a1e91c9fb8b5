#include "charts/ScreeningMatrixChartBuilder.h"

#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

namespace tollgate
{

namespace
{

QLineSeries* gateLine(const QString& name, QPointF from, QPointF to)
{
    auto* line = new QLineSeries;
    line->setName(name);
    line->append(from);
    line->append(to);
    QPen pen(QColor(0x40, 0x40, 0x40));
    pen.setWidthF(1.5);
    pen.setStyle(Qt::DashLine);
    line->setPen(pen);
    return line;
}

// Many marks would hide each other at full size; shrink them as the matrix fills up.
qreal markerSizeFor(qsizetype marks)
{
    if (marks > 1000)
        return 7;
    if (marks > 300)
        return 9;
    return 11;
}

} // namespace

ScreeningMatrixChart* ScreeningMatrixChartBuilder::build(const DashboardStatistics& stats,
                                                         const ScreeningMatrixOptions& options)
{
    auto* chart = new ScreeningMatrixChart;
    chart->m_chinese = options.chinese;
    applyChartStyle(chart, tr("Screening matrix"));
    chart->legend()->setAlignment(Qt::AlignRight);

    QValueAxis* x = scoreAxis(tr("M — market space"));
    QValueAxis* y = scoreAxis(tr("C — path to profitable cost"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    auto attach = [&](QAbstractSeries* series) {
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    };

    // Gate lines first, so every mark is drawn over them.
    QLineSeries* market = gateLine(tr("Market gate"), QPointF(options.marketGate, 0),
                                   QPointF(options.marketGate, 100));
    QLineSeries* cost =
        gateLine(tr("Cost gate"), QPointF(0, options.costGate), QPointF(100, options.costGate));
    attach(market);
    attach(cost);
    chart->setGateLines(market, cost, options.marketGate, options.costGate);

    // Marks grouped by segment, in segment order.
    QList<QList<MatrixPoint>> bySegment(stats.segments.size());
    for (const MatrixPoint& p : stats.matrix)
        if (p.segment >= 0 && p.segment < bySegment.size())
            bySegment[p.segment].append(p);
    const qreal markerSize = markerSizeFor(stats.matrix.size());
    for (int i = 0; i < stats.segments.size(); ++i) {
        const Segment& segment = stats.segments[i].segment;
        // Every segment present gets a legend entry, even when hidden or without marks, so it
        // can be toggled back on.
        if (stats.segments[i].projects == 0)
            continue;
        auto* series = new QScatterSeries;
        // The short name keeps the legend narrow and the plot wide; the full name is the
        // segment tree's and the tooltip's.
        series->setName(segmentAxisLabel(segment, options.chinese));
        series->setColor(QColor(segment.colour));
        series->setBorderColor(QColor(segment.colour).darker(140));
        series->setMarkerSize(markerSize);
        QList<QPointF> points;
        points.reserve(bySegment[i].size());
        for (const MatrixPoint& p : bySegment[i])
            points.append(QPointF(p.market, p.cost));
        series->replace(points);
        attach(series);
        chart->addSegment(segment.key, segment.displayName(options.chinese), series, bySegment[i]);
        if (options.hiddenSegments.contains(segment.key))
            series->setVisible(false);
    }

    if (options.highlight) {
        auto* star = new QScatterSeries;
        star->setName(options.highlight->name);
        star->setMarkerShape(QScatterSeries::MarkerShapeStar);
        star->setMarkerSize(26);
        star->setColor(QColor(0xff, 0xd7, 0x00));
        star->setBorderColor(Qt::black);
        star->append(options.highlight->market, options.highlight->cost);
        attach(star);
        chart->setHighlight(star, *options.highlight);
    }

    chart->setQuadrantLabels(
        {verdictDisplayName(Verdict::Pursue, options.chinese),
         verdictDisplayName(Verdict::MarketGap, options.chinese),
         verdictDisplayName(Verdict::CostGap, options.chinese),
         verdictDisplayName(Verdict::Decline, options.chinese)},
        // Text on white: the darker ink of each hue, legible where the fill would not be.
        {verdictTextColour(Verdict::Pursue), verdictTextColour(Verdict::MarketGap),
         verdictTextColour(Verdict::CostGap), verdictTextColour(Verdict::Decline)});
    chart->connectLegend();
    return chart;
}

} // namespace tollgate
