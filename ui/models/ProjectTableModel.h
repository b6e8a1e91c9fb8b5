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
    void upsertProject(const ProjectSummary& summary);
    void removeProject(qint64 id);

    void setQuery(const ProjectQuery& query);
    const ProjectQuery& query() const { return m_query; }
    const ProjectColumns& columns() const { return m_columns; }

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
    void refilter(const std::vector<int>* candidates);

    ProjectColumns m_columns;
    ProjectQuery m_query;
    std::vector<int> m_visible; // indexes into m_columns, in display order
    int m_sortColumn = static_cast<int>(ProjectColumn::Composite);
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder; // best projects first
};

} // namespace tollgate
