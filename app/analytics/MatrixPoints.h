#pragma once

#include "scoring/Verdict.h"

#include <QList>
#include <QSet>
#include <QString>

#include <vector>

namespace tollgate
{

class SummaryTable;

// One mark on the screening matrix (M on x, C on y). Unthinned, a mark is one project. After
// thinning, a mark stands for `count` projects that fall in the same grid cell, of any segment;
// it is drawn in the colour of the cell's most frequent segment and sits at the scores of that
// segment's first project in the cell (its representative, whose id and name it carries).
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

// Finer grids than this cannot be told apart on any screen (and would cost memory).
constexpr int kMaxCellsPerAxis = 400;

// What the matrix marks and how far it thins. Up to keepAllUpTo projects, every project gets its
// own mark (a pipeline of a few thousand shows each one). Beyond that, the 0..100 square is cut
// into cellsPerAxis² cells and each cell gets one mark. At the default 60 a cell is about the
// size of a marker on a dashboard-sized chart: marks in one cell would cover each other anyway,
// whatever their segment, so one mark per cell shows what the screen can show — and keeps the
// chart to at most 3 600 marks, which Qt Charts draws as one graphics item each.
// Projects of hidden segments (toggled off in the legend) get no marks and take no cells.
struct MatrixThinning {
    int cellsPerAxis = 60;
    int keepAllUpTo = 2000;
    QSet<QString> hiddenSegments; // segment keys
};

// A project that can be placed on the matrix (it has both scores): its scores and segment
// copied out of its table row, so thinning runs over the smallest records.
struct MatrixCandidate {
    double market = 0;
    double cost = 0;
    int segment = 0; // index into the statistics' segment list
    int row = 0;     // index into the table's rows
};

// The marks for the candidates: unthinned in input order, thinned in cell order. Linear in the
// number of candidates (plus the grid's cells).
QList<MatrixPoint> matrixPoints(const SummaryTable& table,
                                const std::vector<MatrixCandidate>& candidates,
                                const MatrixThinning& thinning);

} // namespace tollgate
