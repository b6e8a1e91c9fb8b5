#include "charts/ScreeningMatrixChart.h"

#include "charts/ChartStyle.h"

#include <QCursor>
#include <QFont>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>

#include <cmath>

namespace tollgate
{

namespace
{

constexpr qreal kLabelPadding = 6; // between a label and its quadrant's edges
constexpr qreal kPlatePadding = 4; // between a label's text and the edge of its plate
constexpr qreal kLabelZ = 100;     // above every series

QColor withAlpha(QColor colour, int alpha)
{
    colour.setAlpha(alpha);
    return colour;
}

} // namespace

ScreeningMatrixChart::ScreeningMatrixChart(QGraphicsItem* parent) : QChart(parent)
{
    connect(this, &QChart::plotAreaChanged, this, [this] { placeQuadrantLabels(); });
}

ScreeningMatrixChart::PointKey ScreeningMatrixChart::keyOf(const QPointF& point)
{
    // Scores are means of small integers scaled to 0..100: a millionth tells them apart.
    return {std::llround(point.x() * 1e6), std::llround(point.y() * 1e6)};
}

QScatterSeries* ScreeningMatrixChart::segmentSeries(const QString& segmentKey) const
{
    for (QScatterSeries* s : m_segmentSeries)
        if (m_marks.value(s).segmentKey == segmentKey)
            return s;
    return nullptr;
}

QList<QScatterSeries*> ScreeningMatrixChart::allSegmentSeries() const
{
    return m_segmentSeries;
}

QList<MatrixPoint> ScreeningMatrixChart::marksAt(const QAbstractSeries* series,
                                                 const QPointF& point) const
{
    const auto it = m_marks.constFind(series);
    if (it == m_marks.constEnd())
        return {};
    QList<MatrixPoint> result;
    for (int index : it->byPoint.value(keyOf(point)))
        result.append(it->marks.at(index));
    return result;
}

QString ScreeningMatrixChart::tooltipAt(const QAbstractSeries* series, const QPointF& point) const
{
    const QList<MatrixPoint> marks = marksAt(series, point);
    if (marks.isEmpty())
        return {};
    constexpr int kNamed = 5; // a tooltip, not a list: name a few, count the rest
    QStringList lines;
    int unnamed = 0;
    for (const MatrixPoint& m : marks) {
        unnamed += m.count - 1;
        if (lines.size() >= kNamed) {
            ++unnamed;
            continue;
        }
        lines.append(tr("<b>%1</b><br>M %2 · C %3 · composite %4 · %5")
                         .arg(m.name.toHtmlEscaped(), formatNumber(m.market, 1),
                              formatNumber(m.cost, 1), formatNumber(m.composite, 1),
                              verdictDisplayName(m.verdict, m_chinese)));
    }
    if (unnamed > 0)
        lines.append(tr("and %n more project(s) here", "", unnamed));
    const QString segment = m_marks.value(series).segmentName;
    if (!segment.isEmpty())
        lines.prepend(QStringLiteral("<i>%1</i>").arg(segment.toHtmlEscaped()));
    return lines.join(QStringLiteral("<br>"));
}

QList<QGraphicsSimpleTextItem*> ScreeningMatrixChart::quadrantLabels() const
{
    QList<QGraphicsSimpleTextItem*> labels;
    for (QGraphicsSimpleTextItem* item : m_quadrantLabels)
        if (item)
            labels.append(item);
    return labels;
}

void ScreeningMatrixChart::setSegmentVisible(const QString& segmentKey, bool visible)
{
    QScatterSeries* series = segmentSeries(segmentKey);
    if (!series || series->isVisible() == visible)
        return;
    series->setVisible(visible);
    // Hiding a series hides its legend entry too; keep it, greyed, to be clicked again.
    for (QLegendMarker* marker : legend()->markers(series)) {
        marker->setVisible(true);
        dimLegendMarker(marker, visible);
    }
    emit segmentVisibilityChanged(segmentKey, visible);
}

void ScreeningMatrixChart::addSegment(const QString& key, const QString& fullName,
                                      QScatterSeries* series, const QList<MatrixPoint>& marks)
{
    SeriesMarks entry;
    entry.segmentKey = key;
    entry.segmentName = fullName;
    entry.marks = marks;
    for (int i = 0; i < marks.size(); ++i)
        entry.byPoint[keyOf(QPointF(marks[i].market, marks[i].cost))].append(i);
    m_marks.insert(series, entry);
    m_segmentSeries.append(series);
    connectSeries(series);
}

void ScreeningMatrixChart::setGateLines(QLineSeries* market, QLineSeries* cost, double marketGate,
                                        double costGate)
{
    m_marketGate = market;
    m_costGate = cost;
    m_marketGateValue = marketGate;
    m_costGateValue = costGate;
}

void ScreeningMatrixChart::setHighlight(QScatterSeries* series, const MatrixPoint& project)
{
    m_highlight = series;
    m_highlightId = project.projectId;
    SeriesMarks entry;
    entry.marks = {project};
    entry.byPoint[keyOf(QPointF(project.market, project.cost))].append(0);
    m_marks.insert(series, entry);
    connectSeries(series);
}

void ScreeningMatrixChart::setQuadrantLabels(const std::array<QString, 4>& texts,
                                             const std::array<QColor, 4>& colours)
{
    QFont font = this->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    for (std::size_t i = 0; i < texts.size(); ++i) {
        // A pale plate under the text keeps it legible over a crowded matrix; both sit above
        // the marks.
        auto* plate = new QGraphicsRectItem(this);
        plate->setBrush(QColor(255, 255, 255, 210));
        plate->setPen(Qt::NoPen);
        plate->setZValue(kLabelZ);
        auto* item = new QGraphicsSimpleTextItem(texts[i], plate);
        item->setFont(font);
        item->setBrush(colours[i].darker(115));
        item->setPos(kPlatePadding, kPlatePadding / 2);
        plate->setRect(QRectF(QPointF(0, 0), item->boundingRect().size() +
                                                 QSizeF(2 * kPlatePadding, kPlatePadding)));
        m_quadrantLabels[i] = item;
    }
    placeQuadrantLabels();
}

void ScreeningMatrixChart::connectSeries(QScatterSeries* series)
{
    connect(series, &QXYSeries::clicked, this, [this, series](const QPointF& point) {
        const QList<MatrixPoint> marks = marksAt(series, point);
        if (!marks.isEmpty())
            emit projectClicked(marks.first().projectId);
    });
    connect(series, &QXYSeries::hovered, this, [this, series](const QPointF& point, bool state) {
        if (state)
            QToolTip::showText(QCursor::pos(), tooltipAt(series, point));
        else
            QToolTip::hideText();
    });
}

void ScreeningMatrixChart::connectLegend()
{
    for (QLegendMarker* marker : legend()->markers()) {
        QAbstractSeries* series = marker->series();
        if (series == m_marketGate || series == m_costGate) {
            marker->setVisible(false);
            continue;
        }
        const auto it = m_marks.constFind(series);
        if (it == m_marks.constEnd() || it->segmentKey.isEmpty())
            continue; // the highlighted project stays put
        const QString key = it->segmentKey;
        dimLegendMarker(marker, series->isVisible());
        if (!series->isVisible())
            marker->setVisible(true);
        connect(marker, &QLegendMarker::clicked, this,
                [this, key, series] { setSegmentVisible(key, !series->isVisible()); });
    }
}

void ScreeningMatrixChart::dimLegendMarker(QLegendMarker* marker, bool visible)
{
    const int alpha = visible ? 255 : 80;
    QBrush label = marker->labelBrush();
    label.setColor(withAlpha(label.color(), alpha));
    marker->setLabelBrush(label);
    QBrush brush = marker->brush();
    brush.setColor(withAlpha(brush.color(), alpha));
    marker->setBrush(brush);
}

void ScreeningMatrixChart::placeQuadrantLabels()
{
    if (!m_marketGate || !m_quadrantLabels[0])
        return;
    const QRectF area = plotArea();
    const QPointF gate = mapToPosition(QPointF(m_marketGateValue, m_costGateValue), m_marketGate);
    // Each label goes in the outer corner of its quadrant: pursue top right, market gap top
    // left, cost gap bottom right, decline bottom left. A quadrant squeezed to nothing by a
    // gate at 0 or 100 has no label.
    const std::array<QRectF, 4> quadrants{
        QRectF(QPointF(gate.x(), area.top()), QPointF(area.right(), gate.y())),
        QRectF(area.topLeft(), gate),
        QRectF(gate, area.bottomRight()),
        QRectF(QPointF(area.left(), gate.y()), QPointF(gate.x(), area.bottom())),
    };
    for (std::size_t i = 0; i < quadrants.size(); ++i) {
        QGraphicsItem* plate = m_quadrantLabels[i]->parentItem();
        const QRectF q = quadrants[i].normalized();
        const QSizeF size = plate->boundingRect().size();
        const bool fits = q.width() >= size.width() + 2 * kLabelPadding &&
                          q.height() >= size.height() + 2 * kLabelPadding;
        plate->setVisible(fits);
        const bool right = i == 0 || i == 2;
        const bool top = i == 0 || i == 1;
        const qreal x = right ? q.right() - size.width() - kLabelPadding : q.left() + kLabelPadding;
        const qreal y = top ? q.top() + kLabelPadding : q.bottom() - size.height() - kLabelPadding;
        plate->setPos(x, y);
    }
}

} // namespace tollgate
