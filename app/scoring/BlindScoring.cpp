#include "scoring/BlindScoring.h"

#include "scoring/ScorecardOrder.h"

namespace tollgate
{

bool hasDraft(const QList<Scorecard>& scorecards, const QString& viewer)
{
    const Scorecard* latest = nullptr;
    for (const Scorecard& s : scorecards)
        if (s.analyst == viewer && (!latest || isLaterScreening(s, *latest)))
            latest = &s;
    return latest && !latest->submitted;
}

QList<Scorecard> visibleTo(const QList<Scorecard>& scorecards, const QString& viewer)
{
    if (!hasDraft(scorecards, viewer))
        return scorecards;
    QList<Scorecard> own;
    for (const Scorecard& s : scorecards)
        if (s.analyst == viewer)
            own.append(s);
    return own;
}

} // namespace tollgate
