#pragma once

#include "domain/Segment.h"
#include "scoring/Verdict.h"

#include <QColor>
#include <QList>
#include <QLocale>
#include <QString>

class QChart;
class QValueAxis;

namespace tollgate
{

// What every chart builder is told besides its data. Segment, verdict and stage names are
// written in Chinese or English: by default the UI language, but a memo may ask for either.
struct ChartOptions {
    // The UI speaks Chinese when QLocale's default is Chinese (as DisplayNames::chineseUi() says;
    // asked here directly so the charts library needs nothing else from ui/).
    bool chinese = QLocale().language() == QLocale::Chinese;
};

// A segment's name short enough for an axis: the English name without its parenthesis
// ("Sensors (image, tactile, MEMS)" -> "Sensors"); the Chinese name as it is.
QString segmentAxisLabel(const Segment& segment, bool chinese);

// One colour per verdict in every chart. Okabe–Ito hues, which stay apart for the common colour
// blindnesses and side by side in a stacked bar: pursue green, market gap blue, cost gap
// orange, decline vermilion, incomplete grey.
QColor verdictChartColour(Verdict v);

// Verdicts in the order charts stack and list them: the good outcome first.
QList<Verdict> verdictDisplayOrder();

// The title, fonts, background and legend every chart shares; no animation, so a chart is
// complete the moment it is built (for rendering to an image as much as for speed).
void applyChartStyle(QChart* chart, const QString& title);

// A 0..100 score axis with a tick every `step` points (10 on the matrix, where positions are
// read against the gates; 20 on smaller charts, where 11 labels would crowd).
QValueAxis* scoreAxis(const QString& title, int step = 10);

// A count axis from 0 to at least `maximum`, ticks on whole numbers at a round step (1, 2, 5,
// 10, 20, …) so that no tick falls between two integers.
void setCountRange(QValueAxis* axis, double maximum);

// A number for a label or tooltip in the UI language's digits: 66.7, 1,234.
QString formatNumber(double value, int decimals);

} // namespace tollgate
