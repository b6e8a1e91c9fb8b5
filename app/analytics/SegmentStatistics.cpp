#include "analytics/SegmentStatistics.h"

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

} // namespace

DashboardStatistics computeDashboardStatistics(const QList<ProjectSummary>& summaries,
                                               const QList<Segment>& segments,
                                               const SummaryFilter& filter,
                                               const MatrixThinning& thinning)
{
    return computeDashboardStatistics(SummaryTable(summaries, segments), filter, thinning);
}

DashboardStatistics computeDashboardStatistics(const SummaryTable& table,
                                               const SummaryFilter& filter,
                                               const MatrixThinning& thinning)
{
    DashboardStatistics result;
    const QList<ProjectSummary>& summaries = table.summaries();
    result.totalProjects = static_cast<int>(summaries.size());
    const SummaryMatcher matcher(filter);

    std::vector<Running> running(static_cast<std::size_t>(table.segments().size()));
    for (qsizetype i = 0; i < table.segments().size(); ++i) {
        SegmentStatistics stats;
        stats.segment = table.segments()[i];
        result.segments.append(stats);
        running[static_cast<std::size_t>(i)].hidden =
            thinning.hiddenSegments.contains(stats.segment.key);
    }
    std::vector<MatrixCandidate> plotted;
    for (qsizetype i = 0; i < summaries.size(); ++i) {
        const ProjectSummary& s = summaries[i];
        if (!matcher.matches(s))
            continue;
        ++result.matchedProjects;
        const int seg = table.segmentOf(i);
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
