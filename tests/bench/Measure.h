#pragma once

#include <QElapsedTimer>
#include <QList>

#include <functional>

namespace tollgate::bench
{

// One timed run: wall time and this thread's CPU time, in milliseconds. On a shared machine
// the CPU time is the steadier figure of the work itself; the targets are wall times.
struct Sample {
    double wallMs = 0;
    double cpuMs = 0;
};

class Stopwatch
{
public:
    Stopwatch();
    Sample elapsed() const;

private:
    QElapsedTimer m_wall;
    double m_cpuStart;
};

// The runs of one operation and their medians.
struct Timing {
    QList<double> wallMs;
    QList<double> cpuMs;

    void add(const Sample& sample);
    double medianWallMs() const;
    double medianCpuMs() const;
};

double median(QList<double> values);

// Runs `operation` once to warm up (caches, lazily built structures), then `runs` times.
// `operation` times itself and returns the Sample, so it can leave its set-up and tear-down
// out of the figure. Without `warmUp` every run counts: for operations that start a fresh
// process each time, or are too long to run twice.
Timing measure(int runs, const std::function<Sample()>& operation, bool warmUp = true);

// Resident memory of this process in MB: the peak so far (VmHWM) and now (VmRSS).
double peakRssMb();
double currentRssMb();

// The 1-minute load average: how busy the shared machine was while measuring.
double loadAverage();

} // namespace tollgate::bench
