#pragma once

#include "analytics/Comparison.h"
#include "domain/Segment.h"
#include "domain/Template.h"

#include <QAbstractTableModel>
#include <QList>

namespace tollgate
{

// The comparison as a table: one column per project, one row per figure of
// analytics/Comparison.h. Read-only; the best value of each row is flagged for the delegate.
class ComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        IsBestRole = Qt::UserRole + 1, // bool: this cell holds the row's best value
        RankValueRole,                 // double or invalid: what the row ranks by
        DisagreementRole               // bool: a criterion whose analysts' spread is ≥ 2
    };

    explicit ComparisonModel(QObject* parent = nullptr);

    void setComparison(const Template& t, const QList<Segment>& segments,
                       const QList<ComparedProject>& projects, bool chinese);

    const QList<ComparedProject>& projects() const { return m_projects; }
    const QList<ComparisonRow>& comparisonRows() const { return m_rows; }
    // The row of a kind (the first, for criteria: pass the key), or -1.
    int rowOf(ComparisonRowKind kind, const QString& criterionKey = QString()) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString rowLabel(const ComparisonRow& row) const;
    QString cellText(const ComparisonRow& row, const ComparedProject& p) const;
    QString cellToolTip(const ComparisonRow& row, const ComparedProject& p) const;

    Template m_template;
    QList<Segment> m_segments;
    QList<ComparedProject> m_projects;
    QList<ComparisonRow> m_rows;
    QList<QList<int>> m_best; // per row, the best columns
    bool m_chinese = false;
};

} // namespace tollgate
