#pragma once

#include "scoring/Verdict.h"

#include <QList>
#include <QString>

#include <vector>

namespace tollgate
{

struct ProjectSummary;

// One mark on the screening matrix (M on x, C on y). After thinning, a mark stands for
// `count` projects of its segment that fall in the same grid cell; it sits at the scores of
// its representative project, whose id and name it carries.
struct MatrixPoint {
    qint64 projectId = 0;
    QString name;
    int segment = 0; // index into the statistics' segment list
    double market = 0;
    double cost = 0;
    double composite = 0;
    Verdict verdict = Verdict::Incomplete;
    int count = 1;
};

// How far to thin. Up to keepAllUpTo marks are all kept (a pipeline of a few thousand projects
// shows every project). Beyond that, the 0..100 square is cut into cellsPerAxis² cells per
// segment — at the default 100 a cell is one score point, a few pixels on a screen, so marks in
// one cell cannot be told apart — and each cell keeps its first project and a count.
struct MatrixThinning {
    int cellsPerAxis = 100;
    int keepAllUpTo = 2000;
};

// The marks for the given candidates (summaries with both scores, each with its segment index),
// in input order of their representatives. Linear in the number of candidates.
QList<MatrixPoint> matrixPoints(const std::vector<const ProjectSummary*>& candidates,
                                const std::vector<int>& segmentOfCandidate,
                                const MatrixThinning& thinning);

} // namespace tollgate
