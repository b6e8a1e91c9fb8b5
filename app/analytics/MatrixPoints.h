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
// Finer grids than this cannot be told apart on any screen (and would cost memory).
constexpr int kMaxCellsPerAxis = 400;

struct MatrixThinning {
    int cellsPerAxis = 100;
    int keepAllUpTo = 2000;
};

// A project that can be placed on the matrix (it has both scores): its scores and segment
// copied out of its summary, so thinning runs over small records instead of whole summaries.
struct MatrixCandidate {
    double market = 0;
    double cost = 0;
    int segment = 0; // index into the statistics' segment list
    int summary = 0; // index into the summaries
};

// The marks for the candidates, in input order of their representatives. Linear in the number
// of candidates.
QList<MatrixPoint> matrixPoints(const QList<ProjectSummary>& summaries,
                                const std::vector<MatrixCandidate>& candidates,
                                const MatrixThinning& thinning);

} // namespace tollgate
