#include "charts/SegmentCategories.h"

#include "charts/ChartStyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCursor>
#include <QToolTip>

#include <algorithm>

namespace tollgate
{

SegmentCategories::SegmentCategories(const DashboardStatistics& stats, bool chinese, bool topDown,
                                     const Keep& keep)
{
    for (const SegmentStatistics& s : stats.segments) {
        if (keep && !keep(s))
            continue;
        m_segments.append(s);
        m_labels.append(segmentAxisLabel(s.segment, chinese));
    }
    if (topDown) {
        std::reverse(m_segments.begin(), m_segments.end());
        std::reverse(m_labels.begin(), m_labels.end());
    }
}

QBarCategoryAxis* SegmentCategories::makeAxis() const
{
    auto* axis = new QBarCategoryAxis;
    axis->append(m_labels);
    // Qt elides a category label to "…" as soon as its band is lower than the text; a name
    // that touches its neighbour reads better than no name at all.
    axis->setTruncateLabels(false);
    return axis;
}

void SegmentCategories::connectTooltip(QBarSet* set,
                                       std::function<QString(const SegmentStatistics&)> text) const
{
    const QList<SegmentStatistics> segments = m_segments; // the chart outlives this object
    QObject::connect(set, &QBarSet::hovered, set, [segments, text](bool status, int index) {
        if (status && index >= 0 && index < segments.size())
            QToolTip::showText(QCursor::pos(), text(segments.at(index)));
        else
            QToolTip::hideText();
    });
}

} // namespace tollgate
