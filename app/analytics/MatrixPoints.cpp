#include "analytics/MatrixPoints.h"

#include "analytics/SummaryTable.h"

#include <algorithm>
#include <cmath>

namespace tollgate
{

namespace
{

MatrixPoint pointOf(const SummaryTable& table, const MatrixCandidate& c)
{
    const DashboardRow& row = table.row(c.row);
    MatrixPoint p;
    p.projectId = row.id;
    p.name = table.name(c.row);
    p.segment = c.segment;
    p.market = c.market;
    p.cost = c.cost;
    p.composite = std::isnan(row.composite) ? std::sqrt(c.market * c.cost) : row.composite;
    p.verdict = row.verdict;
    return p;
}

int cellOf(double score, int cells)
{
    const int c = static_cast<int>(std::floor(score / 100.0 * cells));
    return std::clamp(c, 0, cells - 1); // 100 belongs to the last cell
}

} // namespace

QList<MatrixPoint> matrixPoints(const SummaryTable& table,
                                const std::vector<MatrixCandidate>& candidates,
                                const MatrixThinning& thinning)
{
    QList<MatrixPoint> points;
    if (static_cast<qint64>(candidates.size()) <= thinning.keepAllUpTo ||
        thinning.cellsPerAxis <= 0) {
        points.reserve(static_cast<qsizetype>(candidates.size()));
        for (const MatrixCandidate& c : candidates)
            points.append(pointOf(table, c));
        return points;
    }

    // Count each segment's projects per cell and remember its first one there, in flat tables
    // (cells² × segments slots: far cheaper than hash maps at this size).
    const int cells = std::min(thinning.cellsPerAxis, kMaxCellsPerAxis);
    int segments = 0;
    for (const MatrixCandidate& c : candidates)
        segments = std::max(segments, c.segment + 1);
    const std::size_t slotCount = static_cast<std::size_t>(cells) * cells * segments;
    std::vector<int> countOf(slotCount, 0);
    std::vector<int> firstOf(slotCount, -1); // index into candidates
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const MatrixCandidate& c = candidates[i];
        const std::size_t cell =
            static_cast<std::size_t>(cellOf(c.market, cells)) * cells + cellOf(c.cost, cells);
        const std::size_t slot = cell * segments + static_cast<std::size_t>(c.segment);
        if (countOf[slot]++ == 0)
            firstOf[slot] = static_cast<int>(i);
    }

    // One mark per occupied cell, for its most frequent segment (the first on a tie).
    for (std::size_t cell = 0; cell < static_cast<std::size_t>(cells) * cells; ++cell) {
        int total = 0;
        std::size_t best = 0;
        for (int segment = 0; segment < segments; ++segment) {
            const std::size_t slot = cell * segments + static_cast<std::size_t>(segment);
            total += countOf[slot];
            if (countOf[slot] > countOf[cell * segments + best])
                best = static_cast<std::size_t>(segment);
        }
        if (total == 0)
            continue;
        const MatrixCandidate& representative =
            candidates[static_cast<std::size_t>(firstOf[cell * segments + best])];
        MatrixPoint point = pointOf(table, representative);
        point.count = total;
        points.append(point);
    }
    return points;
}

} // namespace tollgate
