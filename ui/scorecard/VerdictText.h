#pragma once

#include "scoring/Verdict.h"

#include <QColor>
#include <QString>

namespace tollgate
{

// How the form names and colours the outcomes of SPEC §4, in the UI language.
QString verdictDisplayName(Verdict v);
QColor verdictColour(Verdict v);       // banner background
QString verdictExplanation(Verdict v); // one sentence: what the verdict means

// The reason shown for a red flag id of scoring/Evaluation.h (RedFlag::…).
QString redFlagReason(const QString& flagId);

} // namespace tollgate
