#include "analytics/SummaryTable.h"

#include <QHash>

namespace tollgate
{

SummaryTable::SummaryTable(QList<ProjectSummary> summaries, QList<Segment> segments)
    : m_summaries(std::move(summaries)), m_segments(std::move(segments))
{
    QHash<QString, int> index;
    for (int i = 0; i < m_segments.size(); ++i)
        index.insert(m_segments[i].key, i);

    m_segmentOf.reserve(static_cast<std::size_t>(m_summaries.size()));
    const QString* lastKey = nullptr; // consecutive summaries often share a segment
    int last = -1;
    for (const ProjectSummary& s : m_summaries) {
        if (!lastKey || *lastKey != s.segmentKey) {
            auto it = index.constFind(s.segmentKey);
            if (it == index.constEnd()) {
                it = index.insert(s.segmentKey, static_cast<int>(m_segments.size()));
                m_segments.append(Segment{s.segmentKey, s.segmentKey, s.segmentKey,
                                          QStringLiteral("#999999"),
                                          static_cast<int>(m_segments.size())});
            }
            lastKey = &s.segmentKey;
            last = *it;
        }
        m_segmentOf.push_back(last);
    }
}

} // namespace tollgate
