#pragma once

#include "models/ProjectColumns.h"

#include <QAbstractTableModel>

#include <vector>

namespace tollgate
{

// The project table of the main window (SPEC §5) over a ProjectColumns store. Filtering and
// sorting happen here, on vectors of row indexes, instead of in a QSortFilterProxyModel: at
// 100 000 projects a proxy's per-row string work would miss the 16 ms a keystroke may take.
class ProjectTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 project id
        VerdictKeyRole,            // "pursue", … for tests and delegates
        SortValueRole              // the raw number or text the column sorts by
    };

    explicit ProjectTableModel(QObject* parent = nullptr);

    void setSegments(const QList<Segment>& segments);
    void load(const QList<ProjectSummary>& summaries);
    // The first screen while the rest loads: `head` holds the first rows under the model's
    // query and order, `total` how many rows that query has. rowCount() is `total`; rows past
    // the head are blank until adopt(). Queries, sorts and edits meanwhile wait for adopt().
    void showFirstScreen(ProjectColumns head, int total);
    // A load of every row has started elsewhere (ProjectTableLoader): edits from now on are
    // also kept for adopt(), as the load may have read their rows before they changed.
    void expectRows();
    // Every row, loaded elsewhere: replaces the store, then applies the edits, query and order
    // that arrived meanwhile. The same rows keep their selection.
    void adopt(ProjectColumns all);
    void upsertProject(const ProjectSummary& summary);
    void removeProject(qint64 id);

    void setQuery(const ProjectQuery& query);
    const ProjectQuery& query() const { return m_query; }
    const ProjectColumns& columns() const { return m_columns; }
    // False while only the first screen of rows is loaded and the rest is on its way.
    bool isComplete() const { return m_complete; }

    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const; // -1 when filtered out or absent
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Rows drag out as project ids (models/ProjectIdsMime.h), e.g. onto a meeting's agenda.
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;

signals:
    // The set of projects changed (load, edit, removal): segment counts and analyst lists
    // built from columns() need a refresh.
    void contentsChanged();

private:
    QVariant display(int i, ProjectColumn column) const;
    QVariant sortValue(int i, ProjectColumn column) const;
    void reselect(); // filter and order again after the data changed, keeping persistent rows
    // Shows `rows` (of `replacement` when given, else of the current store) where `shown` rows
    // were: a layout change that moves persistent indexes with their projects when the count
    // stays, else a reset.
    void showRows(std::vector<int> rows, ProjectColumns* replacement, int shown);
    void refilter(const std::vector<int>* candidates);

    ProjectColumns m_columns;
    ProjectQuery m_query;
    std::vector<int> m_visible;             // indexes into m_columns, in display order
    bool m_complete = true;                 // false while showing a first screen
    int m_total = 0;                        // the row count announced with the first screen
    bool m_expecting = false;               // a background load is on its way
    QList<ProjectSummary> m_pendingUpserts; // edits that arrived while expecting rows
    QList<qint64> m_pendingRemovals;
    int m_sortColumn = static_cast<int>(ProjectColumn::Composite);
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder; // best projects first
};

} // namespace tollgate
