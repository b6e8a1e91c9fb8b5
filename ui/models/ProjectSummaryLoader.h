#pragma once

#include "core/Result.h"
#include "storage/Portfolio.h"

namespace tollgate
{

// One project's summary row, as Portfolio::projectSummaries would give it, read after an edit
// so the table updates that row instead of reloading every project.
Result<ProjectSummary> loadProjectSummary(const Portfolio& portfolio, qint64 id);

} // namespace tollgate
