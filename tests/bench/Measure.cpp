#include "Measure.h"

#include <QFile>

#include <algorithm>
#include <ctime>

namespace tollgate::bench
{

namespace
{
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

// A "Vm…: N kB" line of /proc/self/status, in MB.
double statusMb(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}
} // namespace

Stopwatch::Stopwatch() : m_cpuStart(threadCpuMs())
{
    m_wall.start();
}

Sample Stopwatch::elapsed() const
{
    return Sample{static_cast<double>(m_wall.nsecsElapsed()) / 1e6, threadCpuMs() - m_cpuStart};
}

void Timing::add(const Sample& sample)
{
    wallMs.append(sample.wallMs);
    cpuMs.append(sample.cpuMs);
}

double Timing::medianWallMs() const
{
    return median(wallMs);
}

double Timing::medianCpuMs() const
{
    return median(cpuMs);
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

Timing measure(int runs, const std::function<Sample()>& operation, bool warmUp)
{
    if (warmUp)
        (void)operation();
    Timing timing;
    for (int run = 0; run < runs; ++run)
        timing.add(operation());
    return timing;
}

double peakRssMb()
{
    return statusMb("VmHWM");
}

double currentRssMb()
{
    return statusMb("VmRSS");
}

double loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().split(' ').value(0).toDouble();
}

} // namespace tollgate::bench
