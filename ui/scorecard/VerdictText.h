#pragma once

#include "scoring/Verdict.h"

#include <QString>

namespace tollgate
{

// What the form says about the outcomes of SPEC §4, in the UI language. Their names and
// colours: DisplayNames::verdict and charts/VerdictStyle.h.
QString verdictExplanation(Verdict v); // one sentence: what the verdict means

// The reason shown for a red flag id of scoring/Evaluation.h (RedFlag::…).
QString redFlagReason(const QString& flagId);

} // namespace tollgate
