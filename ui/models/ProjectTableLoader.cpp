#include "models/ProjectTableLoader.h"

#include "storage/Portfolio.h"

namespace tollgate
{

ProjectTableLoader::ProjectTableLoader(QObject* parent) : QObject(parent), m_read(this) {}

ProjectTableLoader::~ProjectTableLoader()
{
    m_read.wait(); // before this object is half gone
}

void ProjectTableLoader::start(const QString& path, const QList<Segment>& segments,
                               ProjectColumn order, bool checkFileFirst)
{
    m_read.start([this, path, segments, order, checkFileFirst]() -> std::function<void()> {
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
        return [this, columns, status] {
            if (status)
                emit loaded(columns);
            else
                emit failed(status.error());
        };
    });
}

} // namespace tollgate
