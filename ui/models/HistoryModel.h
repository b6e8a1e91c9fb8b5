#pragma once

#include "domain/AuditEntry.h"

#include <QAbstractTableModel>
#include <QList>

namespace tollgate
{

// A project's audit log as a table (SPEC §2): time, analyst, what changed, old → new.
// Newest first, as Portfolio::history returns it.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Analyst, Field, OldValue, NewValue, ColumnCount };

    explicit HistoryModel(QObject* parent = nullptr);

    void setEntries(const QList<AuditEntry>& entries);
    const AuditEntry& entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
};

} // namespace tollgate
