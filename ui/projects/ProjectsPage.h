#pragma once

#include "core/Result.h"
#include "domain/Segment.h"

#include <QWidget>

#include <memory>

class QLabel;
class QSplitter;
class QTableView;
class QTreeView;

namespace tollgate
{

class ProjectDetail;
class ProjectColumns;
class ProjectFilterBar;
class ProjectTableLoader;
class ProjectTableModel;
class SegmentTreeModel;
class Session;

// The Projects tab (SPEC §5): segment tree with counts on the left, the filter bar and the
// project table in the middle, the selected project's detail on the right.
class ProjectsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectsPage(Session* session, QWidget* parent = nullptr);

    // Reads every project again. Up to backgroundLoadThreshold() projects are read at once on
    // the GUI thread; a larger table shows its first screen from an indexed read and loads the
    // rest on a worker thread (tableModel()->isComplete() tells when it is in).
    void reloadAll();
    static int backgroundLoadThreshold();
    static void setBackgroundLoadThreshold(int projects); // for tests of the large-table path
    void selectProject(qint64 id);                        // clears filters that hide it
    qint64 selectedProject() const;
    // Every selected project, in table order (Compare takes 2–6 of them).
    QList<qint64> selectedProjects() const;
    QString selectedSegment() const;
    // Keeps the current search, filters and segment under `name` in "Saved filters".
    void saveCurrentFilter(const QString& name);
    void deleteSavedFilter(int index);

    // Splitter sizes and the table's column widths, order and sort, kept in the settings.
    void saveState() const;
    void restoreState();
    // Shares the width out: the tree and the table get these fractions, the detail the rest.
    void setPaneProportions(double tree, double table);

    ProjectTableModel* tableModel() const { return m_model; }
    SegmentTreeModel* segmentModel() const { return m_segments; }
    QTableView* table() const { return m_table; }
    QTreeView* segmentTree() const { return m_tree; }
    ProjectFilterBar* filterBar() const { return m_filterBar; }
    ProjectDetail* detail() const { return m_detail; }

signals:
    // The worker's read failed, or the file failed its deferred quick_check (ErrorKind::Damaged):
    // the window decides what to offer.
    void loadFailed(const tollgate::Error& error);

protected:
    void showEvent(QShowEvent* event) override;

private:
    bool showFirstScreen(const QList<Segment>& segments, int projects);
    void loadNow(const QList<Segment>& segments);
    void onLoaded(const std::shared_ptr<ProjectColumns>& columns);
    void applyQuery();
    void refreshCounts();
    void onProjectChanged(qint64 id);
    void onSelectionChanged();
    void restoreSelection();
    void onTreeCurrentChanged(const QModelIndex& current);
    void askToSaveFilter();
    void showTreeMenu(const QPoint& position);

    Session* m_session;
    ProjectTableModel* m_model;
    SegmentTreeModel* m_segments;
    QSplitter* m_splitter;
    QTreeView* m_tree;
    ProjectFilterBar* m_filterBar;
    QTableView* m_table;
    QLabel* m_count;
    ProjectDetail* m_detail;
    ProjectTableLoader* m_loader;
    qint64 m_current = 0; // the project shown in the detail
    bool m_splitterRestored = false;
    bool m_fileChecked = false; // the deferred quick_check has passed
};

} // namespace tollgate
