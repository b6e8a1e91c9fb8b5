#pragma once

#include "scoring/Verdict.h"

#include <QString>

namespace tollgate
{

// The words for the outcomes of SPEC §4 in the current language (the installed translation), for
// every front end alike: the form, the project table, charts, the memo and the command line.

// One sentence: what a verdict means.
QString verdictExplanation(Verdict v);

// A red flag id of scoring/Evaluation.h (RedFlag::…): its short name for lists
// ("export-control exposure of inputs") and the sentence giving its reason. An unknown id is
// returned as it is.
QString redFlagName(const QString& flagId);
QString redFlagReason(const QString& flagId);

} // namespace tollgate
