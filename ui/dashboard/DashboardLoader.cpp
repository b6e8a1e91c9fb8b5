#include "dashboard/DashboardLoader.h"

#include "storage/Portfolio.h"

#include <QMetaObject>

namespace tollgate
{

DashboardLoader::DashboardLoader(QObject* parent) : QObject(parent) {}

DashboardLoader::~DashboardLoader()
{
    waitForRead();
}

void DashboardLoader::waitForRead()
{
    if (m_worker.joinable())
        m_worker.join();
}

void DashboardLoader::start(const QString& path, const QString& viewer,
                            const QList<Segment>& segments)
{
    waitForRead();
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_worker = std::thread([this, path, viewer, segments, generation] {
        auto table = std::make_shared<SummaryTable>(segments);
        const Status status = Portfolio::readDashboardFrom(
            path, viewer, table->keys(),
            [&table](const DashboardRow& row, QStringView name) { table->append(row, name); });
        table->finishReading();
        std::shared_ptr<const SummaryTable> result = std::move(table);
        // Back on the GUI thread; dropped with this object if it is gone by then.
        QMetaObject::invokeMethod(
            this, [this, generation, result, status] { finish(generation, result, status); },
            Qt::QueuedConnection);
    });
}

void DashboardLoader::finish(quint64 generation, const std::shared_ptr<const SummaryTable>& table,
                             const Status& status)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    if (status)
        emit loaded(table);
    else
        emit failed(status.error());
}

} // namespace tollgate
