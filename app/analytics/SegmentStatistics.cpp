#include "analytics/SegmentStatistics.h"

#include <cmath>
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
    result.totalProjects = static_cast<int>(table.size());
    const SummaryMatcher matcher(filter, table);

    std::vector<Running> running(static_cast<std::size_t>(table.segments().size()));
    for (qsizetype i = 0; i < table.segments().size(); ++i) {
        SegmentStatistics stats;
        stats.segment = table.segments()[i];
        result.segments.append(stats);
        running[static_cast<std::size_t>(i)].hidden =
            thinning.hiddenSegments.contains(stats.segment.key);
    }
    std::vector<MatrixCandidate> plotted;
    for (qsizetype i = 0; i < table.size(); ++i) {
        const DashboardRow& s = table.row(i);
        if (!matcher.matches(s))
            continue;
        ++result.matchedProjects;
        SegmentStatistics& stats = result.segments[s.segment];
        Running& r = running[static_cast<std::size_t>(s.segment)];
        const bool hasMarket = !std::isnan(s.market);
        const bool hasCost = !std::isnan(s.cost);

        ++stats.projects;
        ++stats.verdictCounts[static_cast<int>(s.verdict)];
        if (hasMarket) {
            r.marketSum += s.market;
            ++r.marketCount;
        }
        if (hasCost) {
            r.costSum += s.cost;
            ++r.costCount;
        }
        if (!std::isnan(s.composite))
            r.composites.push_back(s.composite);
        if (stageInPlay(s.stage)) {
            ++stats.inPlay;
            if (!std::isnan(s.tamCny)) {
                ++stats.inPlayWithTam;
                stats.tamInPlayCny += s.tamCny;
            }
        }
        if (hasMarket && hasCost) {
            ++result.plottedProjects;
            if (!r.hidden)
                plotted.push_back({s.market, s.cost, s.segment, static_cast<int>(i)});
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
    result.matrix = matrixPoints(table, plotted, thinning);
    return result;
}

} // namespace tollgate
