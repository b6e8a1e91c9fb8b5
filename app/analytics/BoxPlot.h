#pragma once

#include <QList>

#include <vector>

namespace tollgate
{

// The five numbers of a box plot and what lies outside its whiskers.
//
// Quartiles use linear interpolation between order statistics (Hyndman & Fan type 7, the
// default of R, NumPy and Excel's QUARTILE.INC), so an analyst can check a chart in a
// spreadsheet: for n sorted values x[0..n-1], the p-quantile is x[h] + (h - floor h) *
// (x[floor h + 1] - x[floor h]) with h = (n - 1) p.
// Whiskers follow Tukey: they reach the most extreme values within 1.5 IQR of the box; values
// beyond are outliers.
struct BoxPlotStats {
    int count = 0; // values summarised; every other field is 0 when count is 0
    double minimum = 0;
    double lowerWhisker = 0;
    double lowerQuartile = 0;
    double median = 0;
    double upperQuartile = 0;
    double upperWhisker = 0;
    double maximum = 0;
    double mean = 0;
    int outlierCount = 0;
    // The outliers' distinct values after rounding to outlierResolution, ascending: many
    // projects at one score draw as one mark.
    QList<double> outliers;

    bool isEmpty() const { return count == 0; }
};

// The p-quantile (0 <= p <= 1) of the values by the method above. Reorders `values` (it uses
// selection, not a full sort); 0 for no values.
double quantile(std::vector<double>& values, double p);

// The box plot of the values; reorders `values`. Linear in the number of values.
BoxPlotStats boxPlotStats(std::vector<double>& values, double outlierResolution = 0.5);

} // namespace tollgate
