#pragma once

#include "analytics/SegmentStatistics.h"

#include <QList>

#include <functional>

class QBarCategoryAxis;
class QBarSet;

namespace tollgate
{

// The segments of a per-segment chart as axis categories: which segments (all, or those a
// predicate keeps), in which order (a horizontal chart lists its first category at the bottom,
// so `topDown` reverses them to read like the segment list), and hover tooltips per bar.
class SegmentCategories
{
public:
    using Keep = std::function<bool(const SegmentStatistics&)>;
    SegmentCategories(const DashboardStatistics& stats, bool chinese, bool topDown,
                      const Keep& keep = {});

    // A new axis with the segment labels; the chart that adds it owns it.
    QBarCategoryAxis* makeAxis() const;
    // The statistics of each category, in category order.
    const QList<SegmentStatistics>& segments() const { return m_segments; }
    QString label(int category) const { return m_labels.at(category); }
    int size() const { return static_cast<int>(m_segments.size()); }

    // Shows text(segment of the hovered bar) as a tooltip while a bar of the set is hovered.
    void connectTooltip(QBarSet* set, std::function<QString(const SegmentStatistics&)> text) const;

private:
    QList<SegmentStatistics> m_segments;
    QStringList m_labels;
};

} // namespace tollgate
