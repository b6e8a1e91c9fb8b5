#pragma once

#include "analytics/SegmentStatistics.h"

#include <QList>
#include <QSet>
#include <QWidget>

#include <memory>

class QLabel;
class QTimer;

namespace tollgate
{

class ChartPanel;
class DashboardFilterBar;
class DashboardLoader;
class ScreeningMatrixChart;
class Session;

// The Dashboard tab (SPEC §5 charts 1–4): the filter bar over the screening matrix, verdicts per
// segment, composite distribution with mean M and C, and TAM in play. It reads the portfolio
// through the Session in the storage's compact form, aggregates in the core (analytics/), and
// rebuilds its charts when the filter changes or the Session reports an edit — at once when
// shown, else on the next show. From backgroundLoadThreshold() projects on, the read runs on a
// worker thread (DashboardLoader): the page says it is loading and keeps its charts until the
// new projects arrive; edits made meanwhile have them read once more when the read ends.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(Session* session, QWidget* parent = nullptr);
    ~DashboardPage() override;

    SummaryFilter filter() const;
    void setFilter(const SummaryFilter& filter);

    const DashboardStatistics& statistics() const { return m_statistics; }
    DashboardFilterBar* filterBar() const { return m_filterBar; }
    ChartPanel* matrixPanel() const { return m_matrix; }
    ChartPanel* verdictPanel() const { return m_verdicts; }
    ChartPanel* compositePanel() const { return m_composite; }
    ChartPanel* tamPanel() const { return m_tam; }
    ScreeningMatrixChart* matrixChart() const;
    // What went wrong on the last reload, empty if nothing did.
    QString errorMessage() const { return m_error; }
    // True from a reload on the worker until its projects are shown.
    bool isLoading() const;
    QLabel* loadingLabel() const { return m_loadingLabel; }
    DashboardLoader* loader() const { return m_loader; }

    static int backgroundLoadThreshold();
    static void setBackgroundLoadThreshold(int projects); // for tests of the worker's path

public slots:
    // Reads segments, gates and projects again, then rebuilds (later, when read on the worker).
    void reload();
    // Recomputes the statistics from the projects already read and rebuilds the charts.
    void rebuild();

signals:
    // A point of the screening matrix was clicked: open that project.
    void projectActivated(qint64 projectId);
    // The charts were rebuilt (after a reload, a filter change or an edit elsewhere).
    void refreshed();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void dataChanged();
    void showError(const QString& message);
    void adopt(std::shared_ptr<const SummaryTable> table);
    void onLoaded(const std::shared_ptr<const SummaryTable>& table);
    void onLoadFailed(const Error& error);

    Session* m_session;
    DashboardFilterBar* m_filterBar;
    QLabel* m_errorLabel;
    QLabel* m_loadingLabel;
    ChartPanel* m_matrix;
    ChartPanel* m_verdicts;
    ChartPanel* m_composite;
    ChartPanel* m_tam;
    QTimer* m_reloadTimer;  // coalesces a burst of change signals into one reload
    QTimer* m_rebuildTimer; // a rebuild asked for from inside a chart's own signal
    DashboardLoader* m_loader;

    std::shared_ptr<const SummaryTable> m_table; // the projects read at the last reload
    double m_marketGate = 60;
    double m_costGate = 60;
    DashboardStatistics m_statistics;
    QSet<QString> m_hiddenSegments; // toggled off in the matrix legend; kept across rebuilds
    QString m_error;
    bool m_stale = true;          // data changed while hidden
    bool m_reloadPending = false; // data changed while the worker read: read again after it
};

} // namespace tollgate
