#pragma once

#include "analytics/SummaryTable.h"
#include "core/Result.h"
#include "models/BackgroundRead.h"

#include <QObject>

#include <memory>

namespace tollgate
{

// Reads every project as the dashboard needs it (Portfolio::readDashboardFrom: compact rows, as
// the viewing analyst sees them) on a worker thread over a connection of its own, then hands
// the table to the GUI thread: at 100 000 projects the read is a few hundred milliseconds the
// GUI no longer waits for. One read at a time; the page asks again once one has finished.
class DashboardLoader : public QObject
{
    Q_OBJECT
public:
    explicit DashboardLoader(QObject* parent = nullptr);
    ~DashboardLoader() override; // waits for the worker

    // Starts a read; one still running is waited for and its result dropped.
    void start(const QString& path, const QString& viewer, const QList<Segment>& segments);
    bool isLoading() const { return m_read.isRunning(); }
    // Waits until the worker has read (its result is then on its way to this thread): lets a
    // test change the file knowing the read missed the change.
    void waitForRead() { m_read.wait(); }

signals:
    void loaded(std::shared_ptr<const tollgate::SummaryTable> table);
    void failed(const tollgate::Error& error);

private:
    BackgroundRead m_read;
};

} // namespace tollgate
