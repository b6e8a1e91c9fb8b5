#include "dashboard/DashboardLoader.h"

#include "storage/Portfolio.h"

namespace tollgate
{

DashboardLoader::DashboardLoader(QObject* parent) : QObject(parent), m_read(this) {}

DashboardLoader::~DashboardLoader()
{
    m_read.wait(); // before this object is half gone
}

void DashboardLoader::start(const QString& path, const QString& viewer,
                            const QList<Segment>& segments)
{
    m_read.start([this, path, viewer, segments]() -> std::function<void()> {
        auto table = std::make_shared<SummaryTable>(segments);
        const Status status = Portfolio::readDashboardFrom(
            path, viewer, table->keys(),
            [&table](const DashboardRow& row, QStringView name) { table->append(row, name); });
        table->finishReading();
        std::shared_ptr<const SummaryTable> result = std::move(table);
        return [this, result, status] {
            if (status)
                emit loaded(result);
            else
                emit failed(status.error());
        };
    });
}

} // namespace tollgate
