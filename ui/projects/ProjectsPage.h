#pragma once

#include <QWidget>

class QLabel;
class QSplitter;
class QTableView;
class QTreeView;

namespace tollgate
{

class ProjectDetail;
class ProjectFilterBar;
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

    void reloadAll();
    void selectProject(qint64 id); // clears filters that hide it
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

protected:
    void showEvent(QShowEvent* event) override;

private:
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
    qint64 m_current = 0; // the project shown in the detail
    bool m_splitterRestored = false;
};

} // namespace tollgate
