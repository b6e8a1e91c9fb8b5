#include "analytics/SegmentStatistics.h"

#include <QHash>

#include <vector>

namespace tollgate
{

int DashboardStatistics::segmentIndex(const QString& key) const
{
    for (int i = 0; i < segments.size(); ++i)
        if (segments[i].segment.key == key)
            return i;
    return -1;
}

namespace
{

// Sums that become means at the end.
struct Running {
    double marketSum = 0;
    int marketCount = 0;
    double costSum = 0;
    int costCount = 0;
    std::vector<double> composites;
    bool hidden = false; // no matrix marks for this segment
};

// Maps segment keys to indices, adding a plain entry (named by its key, grey) for a key the
// list does not know so that no project is left out of the totals.
class SegmentIndex
{
public:
    SegmentIndex(const QList<Segment>& segments, QList<SegmentStatistics>* out) : m_out(out)
    {
        for (const Segment& s : segments)
            add(s);
    }

    // `key` must outlive the next call: it is remembered by address, not copied (a copy per
    // project costs more than the lookup it saves).
    int indexOf(const QString& key)
    {
        // Consecutive summaries often share a segment; skip the hash lookup then.
        if (m_lastKey && *m_lastKey == key)
            return m_last;
        auto it = m_index.constFind(key);
        const int index = it != m_index.constEnd()
                              ? *it
                              : add(Segment{key, key, key, QStringLiteral("#999999"),
                                            static_cast<int>(m_out->size())});
        m_lastKey = &key;
        m_last = index;
        return index;
    }

private:
    int add(const Segment& s)
    {
        const int index = static_cast<int>(m_out->size());
        SegmentStatistics stats;
        stats.segment = s;
        m_out->append(stats);
        m_index.insert(s.key, index);
        return index;
    }

    QList<SegmentStatistics>* m_out;
    QHash<QString, int> m_index;
    const QString* m_lastKey = nullptr;
    int m_last = -1;
};

} // namespace

DashboardStatistics computeDashboardStatistics(const QList<ProjectSummary>& summaries,
                                               const QList<Segment>& segments,
                                               const SummaryFilter& filter,
                                               const MatrixThinning& thinning)
{
    DashboardStatistics result;
    result.totalProjects = static_cast<int>(summaries.size());
    SegmentIndex index(segments, &result.segments);
    const SummaryMatcher matcher(filter);

    std::vector<Running> running;
    auto track = [&](int seg) {
        while (running.size() <= static_cast<std::size_t>(seg)) {
            Running r;
            r.hidden = thinning.hiddenSegments.contains(
                result.segments[static_cast<qsizetype>(running.size())].segment.key);
            running.push_back(std::move(r));
        }
    };
    track(static_cast<int>(result.segments.size()) - 1);
    std::vector<MatrixCandidate> plotted;
    for (qsizetype i = 0; i < summaries.size(); ++i) {
        const ProjectSummary& s = summaries[i];
        if (!matcher.matches(s))
            continue;
        ++result.matchedProjects;
        const int seg = index.indexOf(s.segmentKey);
        track(seg);
        SegmentStatistics& stats = result.segments[seg];
        Running& r = running[static_cast<std::size_t>(seg)];

        ++stats.projects;
        ++stats.verdictCounts[static_cast<int>(s.verdict)];
        if (s.market) {
            r.marketSum += *s.market;
            ++r.marketCount;
        }
        if (s.cost) {
            r.costSum += *s.cost;
            ++r.costCount;
        }
        if (s.composite)
            r.composites.push_back(*s.composite);
        if (stageInPlay(s.stage)) {
            ++stats.inPlay;
            if (s.tamCny) {
                ++stats.inPlayWithTam;
                stats.tamInPlayCny += *s.tamCny;
            }
        }
        if (s.market && s.cost) {
            ++result.plottedProjects;
            if (!r.hidden)
                plotted.push_back({*s.market, *s.cost, seg, static_cast<int>(i)});
        }
    }

    for (qsizetype i = 0; i < result.segments.size(); ++i) {
        SegmentStatistics& stats = result.segments[i];
        Running& r = running[static_cast<std::size_t>(i)];
        if (r.marketCount > 0)
            stats.meanMarket = r.marketSum / r.marketCount;
        if (r.costCount > 0)
            stats.meanCost = r.costSum / r.costCount;
        stats.composite = boxPlotStats(r.composites);
    }
    result.matrix = matrixPoints(summaries, plotted, thinning);
    return result;
}

} // namespace tollgate
