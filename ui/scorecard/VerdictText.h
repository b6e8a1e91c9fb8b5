#pragma once

#include "scoring/OutcomeText.h" // verdictExplanation, redFlagReason
#include "scoring/Verdict.h"

#include <QColor>
#include <QString>

namespace tollgate
{

// How the form names and colours the outcomes of SPEC §4, in the UI language.
QString verdictDisplayName(Verdict v);
QColor verdictColour(Verdict v); // banner background

} // namespace tollgate
