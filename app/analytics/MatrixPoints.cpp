#include "analytics/MatrixPoints.h"

#include "storage/Portfolio.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace tollgate
{

namespace
{

MatrixPoint pointOf(const ProjectSummary& s, int segment)
{
    MatrixPoint p;
    p.projectId = s.id;
    p.name = s.name;
    p.segment = segment;
    p.market = *s.market;
    p.cost = *s.cost;
    p.composite = s.composite.value_or(std::sqrt(p.market * p.cost));
    p.verdict = s.verdict;
    return p;
}

int cellOf(double score, int cells)
{
    const int c = static_cast<int>(std::floor(score / 100.0 * cells));
    return std::clamp(c, 0, cells - 1); // 100 belongs to the last cell
}

} // namespace

QList<MatrixPoint> matrixPoints(const std::vector<const ProjectSummary*>& candidates,
                                const std::vector<int>& segmentOfCandidate,
                                const MatrixThinning& thinning)
{
    QList<MatrixPoint> points;
    const std::size_t n = candidates.size();
    if (static_cast<qint64>(n) <= thinning.keepAllUpTo || thinning.cellsPerAxis <= 0) {
        points.reserve(static_cast<qsizetype>(n));
        for (std::size_t i = 0; i < n; ++i)
            points.append(pointOf(*candidates[i], segmentOfCandidate[i]));
        return points;
    }

    const qint64 cells = thinning.cellsPerAxis;
    std::unordered_map<qint64, qsizetype> markOfCell; // cell key -> index in points
    markOfCell.reserve(std::min<std::size_t>(n, 1 << 16));
    for (std::size_t i = 0; i < n; ++i) {
        const ProjectSummary& s = *candidates[i];
        const qint64 key =
            (segmentOfCandidate[i] * cells + cellOf(*s.market, thinning.cellsPerAxis)) * cells +
            cellOf(*s.cost, thinning.cellsPerAxis);
        const auto [it, inserted] = markOfCell.try_emplace(key, points.size());
        if (inserted)
            points.append(pointOf(s, segmentOfCandidate[i]));
        else
            ++points[it->second].count;
    }
    return points;
}

} // namespace tollgate
