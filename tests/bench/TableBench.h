#pragma once

#include "Measure.h"

#include <QString>

namespace tollgate::bench
{

// The figures of the project table, measured on the real Projects page (model, filter bar,
// table view) on the offscreen platform.
struct TableFigures {
    Timing firstScreen; // open the file → the first screen of rows painted
    Timing ready;       // open the file → every row loaded and searchable
    Timing keystroke;   // one typed character → the table repainted with the matches
    Timing sort;        // a click on "Composite" (orders not cached) → the table repainted
    int rows = 0;       // rows the table shows unfiltered
    int visibleRows = 0;
    double peakRssMb = 0; // of this process, with the table open after searching and sorting
    QString error;        // empty when every check passed
};

// Opens `database` in a fresh Projects page for every run, as the app does on start.
TableFigures measureTable(const QString& database, int runs);

} // namespace tollgate::bench
