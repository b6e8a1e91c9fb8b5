#pragma once

#include "core/Progress.h"

#include <atomic>

namespace tollgate
{

// What long work on its own thread and the progress dialog on the GUI thread share: how far
// the work has come, and whether the user asked it to stop. Lock-free, so neither side waits.
class TaskProgress
{
public:
    void report(qint64 done, qint64 total)
    {
        m_total.store(total);
        m_done.store(done);
    }
    void requestStop() { m_stop.store(true); }
    bool stopRequested() const { return m_stop.load(); }
    qint64 done() const { return m_done.load(); }
    qint64 total() const { return m_total.load(); }

    // A core progress callback that reports here and says "stop" once Cancel was pressed.
    ProgressCallback callback()
    {
        return [this](qint64 done, qint64 total) {
            report(done, total);
            return !stopRequested();
        };
    }

private:
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0}; // 0: not known yet, the bar just moves
    std::atomic<bool> m_stop{false};
};

} // namespace tollgate
