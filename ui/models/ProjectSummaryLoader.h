#pragma once

#include "core/Result.h"
#include "storage/Portfolio.h"

namespace tollgate
{

// One project's summary row, as Portfolio::projectSummaries would give it, read after an edit
// so the table updates that row instead of reloading every project. Its figures are those
// `viewer` may see (blind scoring, Portfolio::projectSummaries with a viewer).
Result<ProjectSummary> loadProjectSummary(const Portfolio& portfolio, qint64 id,
                                          const QString& viewer);

} // namespace tollgate
