#pragma once

#include "analytics/BoxPlot.h"
#include "analytics/MatrixPoints.h"
#include "analytics/SummaryFilter.h"
#include "analytics/SummaryTable.h"
#include "domain/Segment.h"
#include "scoring/Verdict.h"
#include "storage/Portfolio.h"

#include <QList>

#include <array>
#include <optional>

namespace tollgate
{

constexpr int kVerdictCount = 5; // Verdict::Incomplete .. Verdict::Decline

// What the dashboard shows about one segment (SPEC §5, charts 2–4), over the projects that
// pass the filter.
struct SegmentStatistics {
    Segment segment;
    int projects = 0;
    std::array<int, kVerdictCount> verdictCounts{}; // indexed by Verdict
    BoxPlotStats composite;                         // over the projects that have a composite
    std::optional<double> meanMarket;               // over the projects that have M
    std::optional<double> meanCost;                 // over the projects that have C
    int inPlay = 0;                                 // stage neither passed nor exited
    int inPlayWithTam = 0;                          // of those, how many have a TAM
    double tamInPlayCny = 0;                        // their TAM summed

    int verdictCount(Verdict v) const { return verdictCounts[static_cast<int>(v)]; }
};

// Everything behind the four per-segment charts: one entry per segment (every segment of the
// list, empty or not, in list order, then any segment key found only in the projects) and the
// marks of the screening matrix.
struct DashboardStatistics {
    QList<SegmentStatistics> segments;
    QList<MatrixPoint> matrix;
    int totalProjects = 0;   // summaries given
    int matchedProjects = 0; // summaries that passed the filter
    int plottedProjects = 0; // of those, with both M and C (placed on the matrix unless hidden)

    int segmentIndex(const QString& key) const; // -1 if absent
};

// The statistics of the projects that pass the filter, in one pass plus per-segment selection
// for the quartiles: about linear in the number of projects. The source does not matter: a
// SummaryTable read compactly from the storage (as the dashboard reads it) or made from
// summaries (Portfolio::projectSummaries or anywhere else) give the same statistics. Prepare a
// SummaryTable once to compute many times over the same projects (on each filter change).
DashboardStatistics computeDashboardStatistics(const SummaryTable& table,
                                               const SummaryFilter& filter = {},
                                               const MatrixThinning& thinning = {});
DashboardStatistics computeDashboardStatistics(const QList<ProjectSummary>& summaries,
                                               const QList<Segment>& segments,
                                               const SummaryFilter& filter = {},
                                               const MatrixThinning& thinning = {});

} // namespace tollgate
