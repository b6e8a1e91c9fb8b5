#pragma once

#include "domain/Scorecard.h"
#include "domain/Template.h"
#include "scoring/Aggregation.h"
#include "scoring/Evaluation.h"

#include <QAbstractTableModel>

namespace tollgate
{

// The aggregate of SPEC §4 as a table: one row per criterion with the mean over the analysts
// who scored it, the spread (max − min) and each analyst's score from their latest scorecard;
// a spread of 2 or more is a disagreement and is highlighted. Two closing rows give the
// question scores M and C, of the aggregate and of each analyst.
class AggregateModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CriterionColumn, MeanColumn, SpreadColumn, FirstAnalystColumn };
    static constexpr int DisagreementRole = Qt::UserRole + 1; // bool
    static constexpr int ValueRole = Qt::UserRole + 2;        // double, or invalid when none
    static constexpr int CriterionKeyRole = Qt::UserRole + 3; // "M3", or "M" / "C"

    explicit AggregateModel(QObject* parent = nullptr);

    // `latest` is each analyst's latest scorecard (scoring/Aggregation.h latestPerAnalyst);
    // `projectEvaluation` is the project's evaluation from that aggregate.
    void setAggregate(const Template& scoringTemplate, const QList<Scorecard>& latest,
                      const Evaluation& projectEvaluation, bool chinese);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int rowOf(const QString& criterionKey) const; // -1 when absent
    int columnOf(const QString& analyst) const;   // -1 when absent
    const Aggregate& aggregate() const { return m_aggregate; }

private:
    struct Row {
        QString key;
        QString label;
        bool questionRow = false;
        std::optional<double> mean;
        int spread = 0;
        bool disagreement = false;
        QList<std::optional<double>> perAnalyst; // in the order of m_analysts
    };
    QVariant displayValue(const Row& row, int column) const;

    QStringList m_analysts;
    QList<Row> m_rows;
    Aggregate m_aggregate;
};

} // namespace tollgate
