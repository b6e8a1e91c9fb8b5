#pragma once

#include "core/Result.h"
#include "domain/Portfolio.h"
#include "domain/Segment.h"
#include "domain/Template.h"
#include "scoring/ProjectEvaluation.h"

#include <QByteArray>
#include <QList>

#include <array>
#include <optional>

namespace tollgate
{

// One segment's line of the summary sheet (filled by the caller from the dashboard's
// statistics, so the workbook and the charts count the same way).
struct XlsxSegmentRow {
    Segment segment;
    int projects = 0;
    std::array<int, 5> verdictCounts{}; // indexed by Verdict
    std::optional<double> meanMarket;
    std::optional<double> meanCost;
    std::optional<double> medianComposite;
    int inPlay = 0;
    double tamInPlayCny = 0;
};

// Everything the workbook shows.
struct XlsxExport {
    Template currentTemplate;
    QList<Segment> segments;
    QList<ProjectBundle> projects;
    QList<ProjectEvaluation> evaluations; // one per project, in the same order
    QList<XlsxSegmentRow> segmentRows;
};

// The portfolio as an Excel workbook (docs/compare-and-blind-scoring.md, "Excel export"):
// sheet "Projects" (the project table's columns, the money and market figures and every
// criterion's mean over the analysts), sheet "Scorecards" (every scorecard, one row each) and
// sheet "Segments" (the per-segment summary). Each sheet's header row is frozen and filtered;
// money is shown in CNY, scores with one decimal, criterion means with two.
Result<QByteArray> writePortfolioXlsx(const XlsxExport& content);

} // namespace tollgate
