#pragma once

#include "scoring/Verdict.h"

#include <QColor>
#include <QList>

namespace tollgate
{

// The one table of how a verdict looks, for every screen: the project table, the detail and
// the form's banner, the charts and the images of the memo. One hue per verdict, so a colour
// means the same outcome everywhere; the name is the core's verdictDisplayName.
//
// Okabe–Ito hues, which stay apart for the common colour blindnesses and side by side in a
// stacked bar: pursue green, market gap blue, cost gap orange, decline vermilion, incomplete
// grey. Each has a fill for chart marks and a darker ink of the same hue for text on white
// and for banners under white text (contrast at least 4.5 : 1).
struct VerdictStyle {
    QColor fill;
    QColor ink;
};

VerdictStyle verdictStyle(Verdict v);

// Shorthands for the two uses.
inline QColor verdictChartColour(Verdict v)
{
    return verdictStyle(v).fill;
}
inline QColor verdictTextColour(Verdict v)
{
    return verdictStyle(v).ink;
}

// Verdicts in the order charts stack and lists name them: the good outcome first.
QList<Verdict> verdictDisplayOrder();

} // namespace tollgate
