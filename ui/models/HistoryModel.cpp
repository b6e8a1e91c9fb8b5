#include "models/HistoryModel.h"

#include "models/AuditText.h"
#include "models/DateText.h"

namespace tollgate
{

HistoryModel::HistoryModel(QObject* parent) : QAbstractTableModel(parent) {}

void HistoryModel::setEntries(const QList<AuditEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry& e = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && (index.column() == OldValue || index.column() == NewValue))
        return index.column() == OldValue ? e.oldValue : e.newValue;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Time:
        return displayDateTime(e.at);
    case Analyst:
        return e.analyst;
    case Field:
        return AuditText::what(e);
    case OldValue:
        return e.oldValue.isEmpty() ? QStringLiteral("—") : AuditText::value(e, e.oldValue);
    case NewValue:
        return e.newValue.isEmpty() ? QStringLiteral("—") : AuditText::value(e, e.newValue);
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Analyst:
        return tr("Analyst");
    case Field:
        return tr("Field");
    case OldValue:
        return tr("Old value");
    case NewValue:
        return tr("New value");
    default:
        return {};
    }
}

} // namespace tollgate
