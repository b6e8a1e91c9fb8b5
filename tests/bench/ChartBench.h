#pragma once

#include "Measure.h"

#include <QString>

namespace tollgate::bench
{

struct ChartFigures {
    Timing read;  // the dashboard's compact read of every project from the database
    Timing build; // statistics and the four segment charts from those projects
    int projects = 0;
    double peakRssMb = 0; // VmHWM after the dashboard phase
    double rssMb = 0;     // VmRSS with the dashboard's projects held
    QString error;
};

// The dashboard's segment charts (SPEC §5, charts 1–4) from the projects of `database`, read
// as the dashboard's loader reads them (Portfolio::readDashboard, no viewer), through the app's
// own statistics and chart builders.
ChartFigures measureCharts(const QString& database, int runs);

} // namespace tollgate::bench
