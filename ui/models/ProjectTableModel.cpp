#include "models/ProjectTableModel.h"

#include "charts/VerdictStyle.h"
#include "models/DateText.h"
#include "models/DisplayNames.h"
#include "models/ProjectIdsMime.h"

#include <QBrush>
#include <QDateTime>
#include <QFont>

#include <algorithm>

namespace tollgate
{

ProjectTableModel::ProjectTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ProjectTableModel::setSegments(const QList<Segment>& segments)
{
    beginResetModel();
    m_columns.setSegments(segments);
    m_visible = m_columns.select(m_query, static_cast<ProjectColumn>(m_sortColumn), m_sortOrder);
    endResetModel();
}

void ProjectTableModel::load(const QList<ProjectSummary>& summaries)
{
    beginResetModel();
    m_complete = true;
    m_expecting = false;
    m_pendingUpserts.clear();
    m_pendingRemovals.clear();
    m_columns.load(summaries);
    m_visible = m_columns.select(m_query, static_cast<ProjectColumn>(m_sortColumn), m_sortOrder);
    endResetModel();
    emit contentsChanged();
}

void ProjectTableModel::showFirstScreen(ProjectColumns head, int total)
{
    beginResetModel();
    head.setSegments(m_columns.segments());
    m_columns = std::move(head);
    m_visible.resize(static_cast<size_t>(m_columns.size()));
    for (int i = 0; i < m_columns.size(); ++i)
        m_visible[i] = i; // read in the model's order and under its query already
    m_total = total;
    m_complete = false;
    endResetModel();
}

void ProjectTableModel::expectRows()
{
    m_expecting = true;
    m_pendingUpserts.clear();
    m_pendingRemovals.clear();
}

void ProjectTableModel::adopt(ProjectColumns all)
{
    for (const ProjectSummary& summary : std::as_const(m_pendingUpserts))
        all.upsert(summary);
    for (const qint64 id : std::as_const(m_pendingRemovals))
        all.remove(id);
    m_pendingUpserts.clear();
    m_pendingRemovals.clear();
    m_expecting = false;
    std::vector<int> rows =
        all.select(m_query, static_cast<ProjectColumn>(m_sortColumn), m_sortOrder);
    const int shown = rowCount();
    m_complete = true;
    showRows(std::move(rows), &all, shown);
    emit contentsChanged();
}

void ProjectTableModel::upsertProject(const ProjectSummary& summary)
{
    if (m_expecting)
        m_pendingUpserts.append(summary);
    if (!m_complete)
        return;
    m_columns.upsert(summary);
    reselect();
    emit contentsChanged();
}

void ProjectTableModel::removeProject(qint64 id)
{
    if (m_expecting)
        m_pendingRemovals.append(id);
    if (!m_complete)
        return;
    if (m_columns.indexOfId(id) < 0)
        return;
    // Removal renumbers the store, so the view starts over; the page reselects by id.
    beginResetModel();
    m_columns.remove(id);
    m_visible = m_columns.select(m_query, static_cast<ProjectColumn>(m_sortColumn), m_sortOrder);
    endResetModel();
    emit contentsChanged();
}

void ProjectTableModel::setQuery(const ProjectQuery& query)
{
    const bool narrowing = m_query.narrows(query);
    m_query = query;
    if (!m_complete)
        return; // applied by adopt()
    refilter(narrowing ? &m_visible : nullptr);
}

void ProjectTableModel::refilter(const std::vector<int>* candidates)
{
    std::vector<int> rows = m_columns.select(m_query, static_cast<ProjectColumn>(m_sortColumn),
                                             m_sortOrder, candidates);
    beginResetModel();
    m_visible = std::move(rows);
    endResetModel();
}

void ProjectTableModel::reselect()
{
    showRows(m_columns.select(m_query, static_cast<ProjectColumn>(m_sortColumn), m_sortOrder),
             nullptr, rowCount());
}

void ProjectTableModel::showRows(std::vector<int> rows, ProjectColumns* replacement, int shown)
{
    if (static_cast<int>(rows.size()) != shown) {
        // A row appeared or left the filter: a layout change may not change the row count.
        beginResetModel();
        if (replacement)
            m_columns = std::move(*replacement);
        m_visible = std::move(rows);
        endResetModel();
        return;
    }
    // The same rows in another order keep their selection and current index: persistent
    // indexes move with their project ids.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    ids.reserve(before.size());
    for (const QModelIndex& index : before)
        ids.append(idAt(index.row()));
    if (replacement)
        m_columns = std::move(*replacement);
    m_visible = std::move(rows);
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype k = 0; k < before.size(); ++k) {
        const int row = rowOfId(ids.at(k));
        after.append(row < 0 ? QModelIndex() : index(row, before.at(k).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

qint64 ProjectTableModel::idAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_visible.size()))
        return 0;
    return m_columns.id(m_visible[row]);
}

int ProjectTableModel::rowOfId(qint64 id) const
{
    const int i = m_columns.indexOfId(id);
    if (i < 0)
        return -1;
    for (size_t row = 0; row < m_visible.size(); ++row)
        if (m_visible[row] == i)
            return static_cast<int>(row);
    return -1;
}

int ProjectTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    const int shown = static_cast<int>(m_visible.size());
    return m_complete ? shown : std::max(shown, m_total);
}

int ProjectTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(ProjectColumn::Count);
}

QVariant ProjectTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() >= static_cast<int>(m_visible.size()))
        return {}; // past the first screen, still loading
    const int i = m_visible[index.row()];
    const auto column = static_cast<ProjectColumn>(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(i, column);
    case Qt::ToolTipRole:
        if (column == ProjectColumn::Segment)
            if (const Segment* s = m_columns.segment(i))
                return DisplayNames::segmentFullName(*s);
        if (column == ProjectColumn::Name)
            return display(i, column);
        return {};
    case Qt::TextAlignmentRole:
        if (column == ProjectColumn::Market || column == ProjectColumn::Cost ||
            column == ProjectColumn::Composite || column == ProjectColumn::RedFlags)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (column == ProjectColumn::Verdict)
            return QBrush(verdictTextColour(m_columns.verdict(i)));
        if (column == ProjectColumn::RedFlags && m_columns.redFlagCount(i) > 0)
            return QBrush(verdictTextColour(Verdict::Decline));
        if (m_columns.archived(i))
            return QBrush(Qt::gray);
        return {};
    case Qt::FontRole:
        if (column == ProjectColumn::Verdict) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::DecorationRole:
        if (column == ProjectColumn::Segment)
            if (const Segment* s = m_columns.segment(i))
                return QColor(s->colour);
        return {};
    case IdRole:
        return m_columns.id(i);
    case VerdictKeyRole:
        return verdictKey(m_columns.verdict(i));
    case SortValueRole:
        return sortValue(i, column);
    default:
        return {};
    }
}

QVariant ProjectTableModel::display(int i, ProjectColumn column) const
{
    switch (column) {
    case ProjectColumn::Name:
        return m_columns.name(i);
    case ProjectColumn::Segment: {
        const Segment* s = m_columns.segment(i);
        return s ? DisplayNames::segmentShortName(*s) : m_columns.segmentKey(i);
    }
    case ProjectColumn::Stage:
        return DisplayNames::stage(m_columns.stage(i));
    case ProjectColumn::Market:
        return DisplayNames::score(m_columns.market(i));
    case ProjectColumn::Cost:
        return DisplayNames::score(m_columns.cost(i));
    case ProjectColumn::Composite:
        return DisplayNames::score(m_columns.composite(i));
    case ProjectColumn::Verdict:
        return DisplayNames::verdict(m_columns.verdict(i));
    case ProjectColumn::RedFlags:
        return m_columns.redFlagCount(i);
    case ProjectColumn::LeadAnalyst:
        return m_columns.leadAnalyst(i);
    case ProjectColumn::Updated: {
        const qint64 updated = m_columns.updatedMs(i);
        if (updated == 0)
            return QString();
        return displayDate(QDateTime::fromMSecsSinceEpoch(updated).toLocalTime().date());
    }
    case ProjectColumn::Count:
        break;
    }
    return {};
}

QVariant ProjectTableModel::sortValue(int i, ProjectColumn column) const
{
    auto number = [](std::optional<double> v) {
        return v ? QVariant(*v) : QVariant();
    };
    switch (column) {
    case ProjectColumn::Market:
        return number(m_columns.market(i));
    case ProjectColumn::Cost:
        return number(m_columns.cost(i));
    case ProjectColumn::Composite:
        return number(m_columns.composite(i));
    case ProjectColumn::Updated: {
        const qint64 updated = m_columns.updatedMs(i);
        return updated == 0 ? QVariant()
                            : QVariant(QDateTime::fromMSecsSinceEpoch(updated, Qt::UTC));
    }
    case ProjectColumn::Stage:
        return static_cast<int>(m_columns.stage(i));
    default:
        return display(i, column);
    }
}

QVariant ProjectTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (static_cast<ProjectColumn>(section)) {
        case ProjectColumn::Market:
            return tr("Market score M (question 1), 0–100");
        case ProjectColumn::Cost:
            return tr("Cost score C (question 2), 0–100");
        case ProjectColumn::Composite:
            return tr("Composite √(M × C), for ranking");
        case ProjectColumn::RedFlags:
            return tr("Number of red flags");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<ProjectColumn>(section)) {
    case ProjectColumn::Name:
        return tr("Name");
    case ProjectColumn::Segment:
        return tr("Segment");
    case ProjectColumn::Stage:
        return tr("Stage");
    case ProjectColumn::Market:
        return tr("M");
    case ProjectColumn::Cost:
        return tr("C");
    case ProjectColumn::Composite:
        return tr("Composite");
    case ProjectColumn::Verdict:
        return tr("Verdict");
    case ProjectColumn::RedFlags:
        return tr("Red flags");
    case ProjectColumn::LeadAnalyst:
        return tr("Lead analyst");
    case ProjectColumn::Updated:
        return tr("Updated");
    case ProjectColumn::Count:
        break;
    }
    return {};
}

void ProjectTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= static_cast<int>(ProjectColumn::Count))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (m_complete)
        reselect(); // else adopt() sorts
}

Qt::ItemFlags ProjectTableModel::flags(const QModelIndex& index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base;
}

QStringList ProjectTableModel::mimeTypes() const
{
    return {projectIdsMimeType()};
}

QMimeData* ProjectTableModel::mimeData(const QModelIndexList& indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex& index : indexes) {
        const qint64 id = idAt(index.row());
        if (index.isValid() && !ids.contains(id))
            ids.append(id);
    }
    return projectIdsMimeData(ids);
}

} // namespace tollgate
