#include "analytics/MatrixPoints.h"

#include "storage/Portfolio.h"

#include <algorithm>
#include <cmath>

namespace tollgate
{

namespace
{

MatrixPoint pointOf(const ProjectSummary& s, const MatrixCandidate& c)
{
    MatrixPoint p;
    p.projectId = s.id;
    p.name = s.name;
    p.segment = c.segment;
    p.market = c.market;
    p.cost = c.cost;
    p.composite = s.composite.value_or(std::sqrt(c.market * c.cost));
    p.verdict = s.verdict;
    return p;
}

int cellOf(double score, int cells)
{
    const int c = static_cast<int>(std::floor(score / 100.0 * cells));
    return std::clamp(c, 0, cells - 1); // 100 belongs to the last cell
}

} // namespace

QList<MatrixPoint> matrixPoints(const QList<ProjectSummary>& summaries,
                                const std::vector<MatrixCandidate>& candidates,
                                const MatrixThinning& thinning)
{
    QList<MatrixPoint> points;
    if (static_cast<qint64>(candidates.size()) <= thinning.keepAllUpTo ||
        thinning.cellsPerAxis <= 0) {
        points.reserve(static_cast<qsizetype>(candidates.size()));
        for (const MatrixCandidate& c : candidates)
            points.append(pointOf(summaries.at(c.summary), c));
        return points;
    }

    // One slot per segment and cell, holding the index of the cell's mark: a flat table is far
    // cheaper than a hash map here (at the default grid, 10 000 slots a segment).
    const int cells = std::min(thinning.cellsPerAxis, kMaxCellsPerAxis);
    int segments = 0;
    for (const MatrixCandidate& c : candidates)
        segments = std::max(segments, c.segment + 1);
    std::vector<int> markOfCell(static_cast<std::size_t>(segments) * cells * cells, -1);
    std::vector<int> counts; // projects per mark
    for (const MatrixCandidate& c : candidates) {
        const std::size_t slot =
            (static_cast<std::size_t>(c.segment) * cells + cellOf(c.market, cells)) * cells +
            cellOf(c.cost, cells);
        int& mark = markOfCell[slot];
        if (mark < 0) {
            mark = static_cast<int>(points.size());
            points.append(pointOf(summaries.at(c.summary), c));
            counts.push_back(1);
        } else {
            ++counts[static_cast<std::size_t>(mark)]; // a small array: stays in cache
        }
    }
    for (qsizetype i = 0; i < points.size(); ++i)
        points[i].count = counts[static_cast<std::size_t>(i)];
    return points;
}

} // namespace tollgate
