#pragma once

#include "core/Result.h"
#include "domain/Meeting.h"
#include "domain/Project.h"
#include "domain/Scorecard.h"
#include "domain/Template.h"

#include <QSet>
#include <QString>

namespace tollgate
{

// The checks a record passes before it is stored, so that a bad value is refused with a
// sentence naming its field instead of surfacing as a constraint failure. `path` prefixes the
// field names ("projects[3]." on an import, empty for a single edit).

Status checkAnalyst(const QString& analyst);
Status checkProject(const Project& p, const QSet<QString>& segmentKeys, const QString& path = {});
// Criterion keys must be those of the template the scorecard is scored on.
Status checkScorecard(const Scorecard& s, const Template& t, const QString& path = {});
// Agenda projects must be in `projectIds`; votes must come from attendees.
Status checkMeeting(const Meeting& m, const QSet<qint64>& projectIds, const QString& path = {});

} // namespace tollgate
