#pragma once

#include "Measure.h"

#include <QString>

namespace tollgate::bench
{

struct ChartFigures {
    Timing read;  // the dashboard's read of every project summary from the database
    Timing build; // statistics and the four segment charts from those summaries
    int projects = 0;
    QString error;
};

// The dashboard's segment charts (SPEC §5, charts 1–4) from the summaries of `database`,
// through the app's own statistics and chart builders.
ChartFigures measureCharts(const QString& database, int runs);

} // namespace tollgate::bench
