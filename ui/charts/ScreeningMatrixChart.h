#pragma once

#include "analytics/MatrixPoints.h"

#include <QChart>
#include <QHash>
#include <QList>
#include <QPair>
#include <QPointF>

#include <array>

class QAbstractSeries;
class QGraphicsSimpleTextItem;
class QLegendMarker;
class QLineSeries;
class QScatterSeries;

namespace tollgate
{

// The screening matrix as a chart (SPEC §5, chart 1), built by ScreeningMatrixChartBuilder. It
// knows which projects each mark stands for, so it can name them in a tooltip and report a
// click as a project id; its legend toggles segments; four labels name the quadrants the gate
// lines cut.
class ScreeningMatrixChart : public QChart
{
    Q_OBJECT
public:
    explicit ScreeningMatrixChart(QGraphicsItem* parent = nullptr);

    QScatterSeries* segmentSeries(const QString& segmentKey) const; // nullptr if none
    QList<QScatterSeries*> allSegmentSeries() const;
    QLineSeries* marketGateLine() const { return m_marketGate; }
    QLineSeries* costGateLine() const { return m_costGate; }
    QScatterSeries* highlightSeries() const { return m_highlight; }
    qint64 highlightedProject() const { return m_highlightId; }

    // The marks of a series at a data point (several when projects share scores).
    QList<MatrixPoint> marksAt(const QAbstractSeries* series, const QPointF& point) const;
    // Rich text naming the projects at a point with their scores; empty if none.
    QString tooltipAt(const QAbstractSeries* series, const QPointF& point) const;
    // The four quadrant labels: pursue, market gap, cost gap, decline.
    QList<QGraphicsSimpleTextItem*> quadrantLabels() const;

    // Shows or hides a segment, keeping its legend entry (greyed) so it can be shown again.
    void setSegmentVisible(const QString& segmentKey, bool visible);

signals:
    void projectClicked(qint64 projectId);
    void segmentVisibilityChanged(const QString& segmentKey, bool visible);

private:
    friend class ScreeningMatrixChartBuilder;
    using PointKey = QPair<qint64, qint64>;
    struct SeriesMarks {
        QString segmentKey;
        QString segmentName; // in full, for the tooltip (the legend has the short name)
        QList<MatrixPoint> marks;
        QHash<PointKey, QList<int>> byPoint; // data point -> indices into marks
    };

    static PointKey keyOf(const QPointF& point);
    void addSegment(const QString& key, const QString& fullName, QScatterSeries* series,
                    const QList<MatrixPoint>& marks);
    void setGateLines(QLineSeries* market, QLineSeries* cost, double marketGate, double costGate);
    void setHighlight(QScatterSeries* series, const MatrixPoint& project);
    void setQuadrantLabels(const std::array<QString, 4>& texts,
                           const std::array<QColor, 4>& colours);
    void connectSeries(QScatterSeries* series);
    void connectLegend();
    void placeQuadrantLabels();
    void dimLegendMarker(QLegendMarker* marker, bool visible);

    QHash<const QAbstractSeries*, SeriesMarks> m_marks;
    QList<QScatterSeries*> m_segmentSeries; // in segment order
    QLineSeries* m_marketGate = nullptr;
    QLineSeries* m_costGate = nullptr;
    QScatterSeries* m_highlight = nullptr;
    qint64 m_highlightId = 0;
    bool m_chinese = false; // verdict names in tooltips
    double m_marketGateValue = 60;
    double m_costGateValue = 60;
    std::array<QGraphicsSimpleTextItem*, 4> m_quadrantLabels{};
};

} // namespace tollgate
