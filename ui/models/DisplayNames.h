#pragma once

#include "domain/Segment.h"
#include "domain/Stage.h"
#include "scoring/Verdict.h"

#include <QString>

#include <optional>

namespace tollgate
{

// How the widgets name and colour the core's enums, in the UI language. The core only knows
// stable keys; people see these.
namespace DisplayNames
{
// True when the UI speaks Chinese (QLocale's default, set from --lang or the settings), so
// segment names and rubric texts come in Chinese too.
bool chineseUi();

// A segment's name without its parenthesised examples ("Sensors" for "Sensors (image, tactile,
// MEMS)"), for the narrow segment tree and table column; the full name goes in the tooltip.
QString segmentShortName(const Segment& segment);
QString segmentFullName(const Segment& segment);

// The core's names (stageDisplayName, verdictDisplayName) in the UI language. Colours of a
// verdict: charts/VerdictStyle.h.
QString stage(Stage stage);
QString verdict(Verdict verdict);
// A question score or composite as the table shows it: one decimal, "—" when not scored.
QString score(std::optional<double> value);
} // namespace DisplayNames

} // namespace tollgate
