#include "analytics/BoxPlot.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tollgate
{

namespace
{

// The k-th smallest value of values[from..]: selection puts it in place and everything
// smaller before it, so later calls for larger k can start after it.
double select(std::vector<double>& values, std::size_t from, std::size_t k)
{
    std::nth_element(values.begin() + static_cast<std::ptrdiff_t>(from),
                     values.begin() + static_cast<std::ptrdiff_t>(k), values.end());
    return values[k];
}

// The smallest value after position k, once select(k) has put everything larger after k.
double nextAfter(const std::vector<double>& values, std::size_t k)
{
    return *std::min_element(values.begin() + static_cast<std::ptrdiff_t>(k) + 1, values.end());
}

// Type 7 quantile with a lower bound for the selection: positions before `from` already hold
// values no larger than the answer.
double quantileFrom(std::vector<double>& values, std::size_t from, double p, std::size_t* at)
{
    const double h = (static_cast<double>(values.size()) - 1.0) * std::clamp(p, 0.0, 1.0);
    const auto lo = static_cast<std::size_t>(std::floor(h));
    const double low = select(values, from, lo);
    *at = lo;
    const double fraction = h - static_cast<double>(lo);
    if (fraction == 0.0 || lo + 1 >= values.size())
        return low;
    return low + fraction * (nextAfter(values, lo) - low);
}

} // namespace

double quantile(std::vector<double>& values, double p)
{
    if (values.empty())
        return 0;
    std::size_t at = 0;
    return quantileFrom(values, 0, p, &at);
}

BoxPlotStats boxPlotStats(std::vector<double>& values, double outlierResolution)
{
    BoxPlotStats stats;
    if (values.empty())
        return stats;
    stats.count = static_cast<int>(values.size());

    // Quartiles in increasing order, each selection starting where the last one stopped.
    std::size_t at = 0;
    stats.lowerQuartile = quantileFrom(values, 0, 0.25, &at);
    stats.median = quantileFrom(values, at, 0.5, &at);
    stats.upperQuartile = quantileFrom(values, at, 0.75, &at);

    const double iqr = stats.upperQuartile - stats.lowerQuartile;
    const double lowFence = stats.lowerQuartile - 1.5 * iqr;
    const double highFence = stats.upperQuartile + 1.5 * iqr;
    stats.minimum = values.front();
    stats.maximum = values.front();
    stats.lowerWhisker = stats.lowerQuartile;
    stats.upperWhisker = stats.upperQuartile;
    double sum = 0;
    std::vector<double> outliers;
    for (double v : values) {
        sum += v;
        stats.minimum = std::min(stats.minimum, v);
        stats.maximum = std::max(stats.maximum, v);
        if (v < lowFence || v > highFence) {
            ++stats.outlierCount;
            const double r =
                outlierResolution > 0 ? std::round(v / outlierResolution) * outlierResolution : v;
            outliers.push_back(r);
        } else {
            stats.lowerWhisker = std::min(stats.lowerWhisker, v);
            stats.upperWhisker = std::max(stats.upperWhisker, v);
        }
    }
    stats.mean = sum / static_cast<double>(values.size());
    std::sort(outliers.begin(), outliers.end());
    outliers.erase(std::unique(outliers.begin(), outliers.end()), outliers.end());
    stats.outliers = QList<double>(outliers.cbegin(), outliers.cend());
    return stats;
}

} // namespace tollgate
