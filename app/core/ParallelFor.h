#pragma once

#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace tollgate
{

// Runs work(begin, end) over [0, count) in one slice per processor core, the calling thread
// taking the first slice, and returns when every slice is done. For pure computations over data
// that is only read while it runs (scoring 100 000 projects): each slice writes only its own
// part of the output. Small counts run in the calling thread alone.
template <typename Work>
void parallelFor(qsizetype count, Work&& work)
{
    constexpr qsizetype kSmallestSlice = 2000; // below this, starting a thread costs more
    const qsizetype cores = std::max(1, QThread::idealThreadCount());
    const qsizetype slices = std::clamp<qsizetype>(count / kSmallestSlice, 1, cores);
    if (slices <= 1) {
        work(qsizetype(0), count);
        return;
    }
    const qsizetype step = (count + slices - 1) / slices;
    QThreadPool pool;
    pool.setMaxThreadCount(static_cast<int>(slices - 1));
    for (qsizetype slice = 1; slice < slices; ++slice) {
        const qsizetype begin = slice * step;
        const qsizetype end = std::min(count, begin + step);
        pool.start([&work, begin, end] { work(begin, end); });
    }
    work(qsizetype(0), std::min(count, step));
    pool.waitForDone();
}

} // namespace tollgate
