#pragma once

#include "domain/Segment.h"
#include "storage/Portfolio.h"

#include <QList>

#include <vector>

namespace tollgate
{

// Project summaries made ready for repeated statistics: each summary's segment is resolved to
// an index into segments() once, here, so that every later pass (a filter change, an edit
// elsewhere) reads small integers instead of comparing segment keys — strings that, when read
// from a database, each sit in their own allocation and cost a cache miss apiece.
// A segment key the list does not know gets a plain entry of its own (named by its key, grey),
// appended after the list, so that no project is left out of the totals.
class SummaryTable
{
public:
    SummaryTable() = default;
    SummaryTable(QList<ProjectSummary> summaries, QList<Segment> segments);

    const QList<ProjectSummary>& summaries() const { return m_summaries; }
    const QList<Segment>& segments() const { return m_segments; }
    int segmentOf(qsizetype summary) const
    {
        return m_segmentOf[static_cast<std::size_t>(summary)];
    }
    qsizetype size() const { return m_summaries.size(); }

private:
    QList<ProjectSummary> m_summaries;
    QList<Segment> m_segments;
    std::vector<int> m_segmentOf; // per summary, an index into m_segments
};

} // namespace tollgate
