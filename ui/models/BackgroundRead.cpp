#include "models/BackgroundRead.h"

#include <QMetaObject>

namespace tollgate
{

BackgroundRead::BackgroundRead(QObject* receiver) : m_receiver(receiver) {}

BackgroundRead::~BackgroundRead()
{
    wait();
}

void BackgroundRead::wait()
{
    if (m_worker.joinable())
        m_worker.join();
}

void BackgroundRead::start(std::function<std::function<void()>()> read)
{
    wait();
    const quint64 generation = ++m_generation;
    m_running = true;
    m_worker = std::thread([this, read = std::move(read), generation] {
        std::function<void()> deliver = read();
        QMetaObject::invokeMethod(
            m_receiver,
            [this, generation, deliver] {
                if (generation != m_generation)
                    return; // a later read is under way; its result is the one to show
                m_running = false;
                deliver();
            },
            Qt::QueuedConnection);
    });
}

} // namespace tollgate
