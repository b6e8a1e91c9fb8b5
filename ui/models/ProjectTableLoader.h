#pragma once

#include "core/Result.h"
#include "models/BackgroundRead.h"
#include "models/ProjectColumns.h"

#include <QObject>

#include <memory>

namespace tollgate
{

// Reads every row of the project table on a worker thread, over a connection of its own, into
// a ProjectColumns store with its search text built and its current order computed, then hands
// the store to the GUI thread: the first screen stays responsive while 100 000 rows load.
// When asked, the checks that Portfolio::open deferred (the quick_check, and evaluations made
// again when the year has turned) run first on that thread, by a full open of the file.
class ProjectTableLoader : public QObject
{
    Q_OBJECT
public:
    explicit ProjectTableLoader(QObject* parent = nullptr);
    ~ProjectTableLoader() override; // waits for the worker

    // Starts a load; a load still running is waited for and its result dropped.
    void start(const QString& path, const QList<Segment>& segments, ProjectColumn order,
               bool checkFileFirst);
    bool isLoading() const { return m_read.isRunning(); }

signals:
    void loaded(std::shared_ptr<tollgate::ProjectColumns> columns);
    void failed(const tollgate::Error& error); // ErrorKind::Damaged when the check failed

private:
    BackgroundRead m_read;
};

} // namespace tollgate
