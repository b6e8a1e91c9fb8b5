#pragma once

#include <QObject>

#include <functional>
#include <thread>

namespace tollgate
{

// One read at a time on a worker thread, its result delivered on the receiver's thread by a
// queued call: what the project table's and the dashboard's loaders share. A read started later
// makes the result of an earlier one be dropped, so only the newest reaches the GUI.
class BackgroundRead
{
public:
    explicit BackgroundRead(QObject* receiver);
    ~BackgroundRead(); // waits for the worker
    BackgroundRead(const BackgroundRead&) = delete;
    BackgroundRead& operator=(const BackgroundRead&) = delete;

    // Runs `read` on a worker, once the previous read has finished; what it returns runs on the
    // receiver's thread afterwards, unless start() was called again in between. Dropped with
    // the receiver if it is gone by then.
    void start(std::function<std::function<void()>()> read);
    // Waits until the worker has read; its result is then on its way to the receiver.
    void wait();
    // From start() until its result is delivered (or dropped by a later start()).
    bool isRunning() const { return m_running; }

private:
    QObject* m_receiver;
    std::thread m_worker;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace tollgate
