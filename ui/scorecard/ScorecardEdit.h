#pragma once

#include "domain/Scorecard.h"

#include <QString>

namespace tollgate
{

// One change made on the form, as the undo stack stores it: the scorecard before and after,
// a short description for the Edit menu, and a merge key. Consecutive edits with the same
// non-empty merge key (one visit to an evidence field) fold into one undo step.
struct ScorecardEdit {
    Scorecard before;
    Scorecard after;
    QString description;
    QString mergeKey;
};

} // namespace tollgate
