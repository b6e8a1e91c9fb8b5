#pragma once

// What the dashboard's charts show, counted from the charts themselves, for the tests that
// compare a page with the statistics it was built from.

#include "charts/ScreeningMatrixChart.h"

#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QScatterSeries>

namespace tollgate::test
{

// The marks drawn on the screening matrix, over every segment.
inline int plottedMarks(ScreeningMatrixChart* chart)
{
    int total = 0;
    for (QScatterSeries* s : chart->allSegmentSeries())
        total += static_cast<int>(s->count());
    return total;
}

// The projects counted by the verdict bars: every bar's every verdict.
inline double barTotal(QChart* chart)
{
    double total = 0;
    auto* series = qobject_cast<QHorizontalStackedBarSeries*>(chart->series().first());
    for (QBarSet* set : series->barSets())
        total += set->sum();
    return total;
}

} // namespace tollgate::test
