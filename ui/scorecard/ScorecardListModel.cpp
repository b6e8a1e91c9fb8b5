#include "scorecard/ScorecardListModel.h"

#include "core/Clock.h"
#include "models/DateText.h"
#include "scorecard/EvaluationBanner.h"
#include "scorecard/VerdictText.h"
#include "scoring/Aggregation.h"
#include "scoring/ProjectEvaluation.h"
#include "scoring/ScorecardOrder.h"

#include <QFont>

#include <algorithm>

namespace tollgate
{

ScorecardListModel::ScorecardListModel(QObject* parent) : QAbstractTableModel(parent) {}

void ScorecardListModel::setScorecards(const Template& t, const Project& project,
                                       const QList<Scorecard>& scorecards,
                                       const QString& currentAnalyst)
{
    beginResetModel();
    m_rows.clear();
    QList<qint64> latestIds;
    for (const Scorecard& s : latestPerAnalyst(scorecards))
        latestIds.append(s.id);
    for (const Scorecard& s : scorecards) {
        Row row;
        row.scorecard = s;
        row.evaluation = evaluateProject(t, project, {s}, Clock::currentYear()).evaluation;
        row.latest = latestIds.contains(s.id);
        row.own = s.analyst == currentAnalyst;
        m_rows.append(row);
    }
    std::sort(m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) {
        return isLaterScreening(a.scorecard, b.scorecard);
    });
    endResetModel();
}

int ScorecardListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ScorecardListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScorecardListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == ScorecardIdRole)
        return row.scorecard.id;
    if (role == IsLatestRole)
        return row.latest;
    if (role == Qt::FontRole && row.own) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ForegroundRole && !row.latest)
        return QColor(Qt::gray);
    if (role == Qt::ToolTipRole) {
        return row.latest
                   ? tr("%1's latest screening: it counts in the aggregate.")
                         .arg(row.scorecard.analyst)
                   : tr("An earlier screening by %1, kept as history.").arg(row.scorecard.analyst);
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == MarketColumn || index.column() == CostColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case AnalystColumn:
        return row.own ? tr("%1 (you)").arg(row.scorecard.analyst) : row.scorecard.analyst;
    case DateColumn:
        return displayDate(row.scorecard.date);
    case MarketColumn:
        return formatQuestionScore(row.evaluation.market);
    case CostColumn:
        return formatQuestionScore(row.evaluation.cost);
    case VerdictColumn:
        return verdictDisplayName(row.evaluation.verdict);
    }
    return {};
}

QVariant ScorecardListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AnalystColumn:
        return tr("Analyst");
    case DateColumn:
        return tr("Date");
    case MarketColumn:
        return tr("M");
    case CostColumn:
        return tr("C");
    case VerdictColumn:
        return tr("Verdict");
    }
    return {};
}

qint64 ScorecardListModel::scorecardId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).scorecard.id : 0;
}

int ScorecardListModel::rowOf(qint64 scorecardId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).scorecard.id == scorecardId)
            return i;
    return -1;
}

} // namespace tollgate
