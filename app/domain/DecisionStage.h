#pragma once

#include "domain/Meeting.h"
#include "domain/Stage.h"

#include <optional>

namespace tollgate
{

// Where a meeting's decision moves a project in the pipeline (SPEC §2, issue 6): approve takes
// it to the next stage (committee → invested), decline to passed, more diligence from the
// committee back to diligence. Empty when the decision leaves the stage as it is (defer, no
// decision, an approval of a holding under review). Applied only after the user confirms.
std::optional<Stage> stageAfterDecision(Decision decision, Stage current);

} // namespace tollgate
