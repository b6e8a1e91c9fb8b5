#pragma once

#include "domain/Scorecard.h"

#include <QList>
#include <QString>

namespace tollgate
{

// Blind scoring (docs/compare-and-blind-scoring.md): while an analyst's latest scorecard of a
// project is a draft (not submitted), the other analysts' scorecards of that project are
// hidden from them, so nobody anchors on someone else's scores. Pure rules; the storage
// applies them in every read that takes a viewing analyst.

// Whether `viewer`'s latest scorecard among `scorecards` (one project's) is not submitted.
// False when the viewer has none: someone who has not started a screening, such as a partner
// reading the file, is not scoring and sees everything.
bool hasDraft(const QList<Scorecard>& scorecards, const QString& viewer);

// What `viewer` may see of one project's scorecards when blind scoring is on: all of them, or
// only the viewer's own while hasDraft(). Order is kept.
QList<Scorecard> visibleTo(const QList<Scorecard>& scorecards, const QString& viewer);

} // namespace tollgate
