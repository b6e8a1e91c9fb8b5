#pragma once

#include "core/Result.h"
#include "storage/CachedEvaluation.h"

#include <QHash>
#include <QString>

namespace tollgate
{

class Database;

// Blind scoring's rule for reads of many projects (docs/compare-and-blind-scoring.md): while it
// is on, a project whose viewer's latest scorecard is a draft shows the viewer only their own
// scorecards, so its M, C, verdict and the rest are those of the viewer's own scorecards. This
// returns, by project id, the evaluation `viewer` sees for each project where that differs from
// the stored one; empty when blind scoring is off, for no viewer, or when the viewer has no
// draft. Both the summaries (Portfolio::projectSummaries) and the dashboard's compact read
// (storage/DashboardRead.h) put these in place of the stored evaluation.
Result<QHash<qint64, CachedEvaluation>> evaluationsSeenBy(Database& db, const QString& viewer);

} // namespace tollgate
