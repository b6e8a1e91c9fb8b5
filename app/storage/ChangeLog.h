#pragma once

#include "domain/Meeting.h"
#include "domain/Project.h"
#include "domain/Scorecard.h"
#include "storage/AuditLog.h"

namespace tollgate
{

// What an edit changed, field by field, as audit entries (SPEC §2: time, analyst, what, old
// value, new value). Field names follow the exchange formats ("stage", "M3.score",
// "cost.learning_rate", "agenda.votes.王志").

void recordProjectChanges(const Project& before, const Project& after, AuditBatch& batch);
void recordScorecardChanges(const Scorecard& before, const Scorecard& after, AuditBatch& batch);
void recordMeetingChanges(const Meeting& before, const Meeting& after, AuditBatch& batch);

// One line naming a scorecard in an audit entry: "陈思远 2026-05-14".
QString scorecardLabel(const Scorecard& s);

} // namespace tollgate
