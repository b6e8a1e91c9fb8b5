#include "models/ProjectTableLoader.h"

#include "storage/Portfolio.h"

#include <QMetaObject>

namespace tollgate
{

ProjectTableLoader::ProjectTableLoader(QObject* parent) : QObject(parent) {}

ProjectTableLoader::~ProjectTableLoader()
{
    if (m_worker.joinable())
        m_worker.join();
}

void ProjectTableLoader::start(const QString& path, const QList<Segment>& segments,
                               ProjectColumn order, bool checkFileFirst)
{
    if (m_worker.joinable())
        m_worker.join();
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_worker = std::thread([this, path, segments, order, checkFileFirst, generation] {
        auto columns = std::make_shared<ProjectColumns>();
        columns->setSegments(segments);
        ProjectTableRequest request;
        request.searchText = true;
        const auto append = [&columns](const ProjectTableRow& row) {
            columns->append(row);
        };
        Status status;
        if (checkFileFirst) {
            // The checks the GUI's open deferred (quick_check, evaluations of a past year made
            // again), by a full open on this thread; then the read through that connection.
            Result<std::unique_ptr<Portfolio>> checked =
                Portfolio::open(path, OpenMode::ExistingOnly, OpenCheck::Now);
            status =
                checked ? (*checked)->readProjectTable(request, append) : Status(checked.error());
        } else {
            status = Portfolio::readProjectTableFrom(path, request, append);
        }
        columns->prepareOrder(order); // so the GUI thread only filters
        // Back on the GUI thread; dropped with this object if it is gone by then.
        QMetaObject::invokeMethod(
            this, [this, generation, columns, status] { finish(generation, columns, status); },
            Qt::QueuedConnection);
    });
}

void ProjectTableLoader::finish(quint64 generation, const std::shared_ptr<ProjectColumns>& columns,
                                const Status& status)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    if (status)
        emit loaded(columns);
    else
        emit failed(status.error());
}

} // namespace tollgate
