#pragma once

#include "domain/Project.h"
#include "domain/Scorecard.h"
#include "domain/Template.h"
#include "scoring/Evaluation.h"

#include <QAbstractTableModel>

namespace tollgate
{

// Every scorecard of one project, newest first: who screened it, when, with what M, C and
// verdict, and whether it is that analyst's latest (the one the aggregate uses).
class ScorecardListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AnalystColumn, DateColumn, MarketColumn, CostColumn, VerdictColumn, ColumnCount };
    static constexpr int ScorecardIdRole = Qt::UserRole + 1;
    static constexpr int IsLatestRole = Qt::UserRole + 2;

    explicit ScorecardListModel(QObject* parent = nullptr);

    void setScorecards(const Template& scoringTemplate, const Project& project,
                       const QList<Scorecard>& scorecards, const QString& currentAnalyst);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    qint64 scorecardId(int row) const;
    int rowOf(qint64 scorecardId) const; // -1 when absent

private:
    struct Row {
        Scorecard scorecard;
        Evaluation evaluation;
        bool latest = false;
        bool own = false;
    };
    QList<Row> m_rows;
};

} // namespace tollgate
