#include "scorecard/AggregateModel.h"

#include "scorecard/EvaluationBanner.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace tollgate
{

namespace
{

const QColor kDisagreementBackground(0xff, 0xe0, 0xb2);
const QColor kDisagreementText(0xb7, 0x1c, 0x1c);

QString formatMean(std::optional<double> mean)
{
    if (!mean)
        return QStringLiteral("—");
    return QLocale().toString(*mean, 'g', 3);
}

} // namespace

AggregateModel::AggregateModel(QObject* parent) : QAbstractTableModel(parent) {}

void AggregateModel::setAggregate(const Template& t, const QList<Scorecard>& latest,
                                  const Evaluation& projectEvaluation, bool chinese)
{
    beginResetModel();
    m_rows.clear();
    m_analysts.clear();
    m_aggregate = tollgate::aggregate(t, latest);
    for (const Scorecard& s : latest)
        m_analysts.append(s.analyst);

    for (const Criterion& c : t.criteria) {
        const CriterionAggregate agg = m_aggregate.criteria.value(c.key);
        Row row;
        row.key = c.key;
        row.label = c.key + QStringLiteral("  ") + c.displayName(chinese);
        row.mean = agg.mean;
        row.spread = agg.spread();
        row.disagreement = agg.disagreement();
        for (const Scorecard& s : latest) {
            const std::optional<int> score = s.score(c.key);
            row.perAnalyst.append(score ? std::optional<double>(*score) : std::nullopt);
        }
        m_rows.append(row);
    }

    const QList<std::pair<Question, QString>> questions{{Question::Market, tr("Market (M)")},
                                                        {Question::Cost, tr("Cost (C)")}};
    for (const auto& [question, label] : questions) {
        Row row;
        row.key = question == Question::Market ? QStringLiteral("M") : QStringLiteral("C");
        row.label = label;
        row.questionRow = true;
        row.mean = question == Question::Market ? projectEvaluation.market : projectEvaluation.cost;
        std::optional<double> low;
        std::optional<double> high;
        for (const Scorecard& s : latest) {
            const std::optional<double> q = questionScore(t, question, scoresOf(s));
            row.perAnalyst.append(q);
            if (q) {
                low = low ? std::min(*low, *q) : *q;
                high = high ? std::max(*high, *q) : *q;
            }
        }
        row.spread = low ? static_cast<int>(std::lround(*high - *low)) : 0;
        m_rows.append(row);
    }
    endResetModel();
}

int AggregateModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AggregateModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstAnalystColumn + static_cast<int>(m_analysts.size());
}

QVariant AggregateModel::displayValue(const Row& row, int column) const
{
    switch (column) {
    case CriterionColumn:
        return row.label;
    case MeanColumn:
        return row.questionRow ? formatQuestionScore(row.mean) : formatMean(row.mean);
    case SpreadColumn:
        if (!row.mean && !row.questionRow)
            return QStringLiteral("—");
        if (row.disagreement)
            return tr("%1 ⚠ disagree").arg(row.spread);
        return QString::number(row.spread);
    default:
        break;
    }
    const std::optional<double> value = row.perAnalyst.value(column - FirstAnalystColumn);
    return row.questionRow ? formatQuestionScore(value) : formatMean(value);
}

QVariant AggregateModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, column);
    case DisagreementRole:
        return row.disagreement;
    case CriterionKeyRole:
        return row.key;
    case ValueRole: {
        std::optional<double> value;
        if (column == MeanColumn)
            value = row.mean;
        else if (column == SpreadColumn)
            value = static_cast<double>(row.spread);
        else if (column >= FirstAnalystColumn)
            value = row.perAnalyst.value(column - FirstAnalystColumn);
        return value ? QVariant(*value) : QVariant();
    }
    case Qt::BackgroundRole:
        if (row.disagreement)
            return QBrush(kDisagreementBackground);
        return {};
    case Qt::ForegroundRole:
        if (row.disagreement && column == SpreadColumn)
            return QBrush(kDisagreementText);
        return {};
    case Qt::FontRole:
        if (row.questionRow || (row.disagreement && column == SpreadColumn)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column != CriterionColumn)
            return QVariant::fromValue(Qt::AlignCenter);
        return {};
    case Qt::ToolTipRole:
        if (row.disagreement)
            return tr("The analysts' scores of %1 are %2 points apart: talk it through before "
                      "the committee.")
                .arg(row.key)
                .arg(row.spread);
        return {};
    default:
        return {};
    }
}

QVariant AggregateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CriterionColumn:
        return tr("Criterion");
    case MeanColumn:
        return tr("Mean");
    case SpreadColumn:
        return tr("Spread");
    default:
        return m_analysts.value(section - FirstAnalystColumn);
    }
}

int AggregateModel::rowOf(const QString& criterionKey) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).key == criterionKey)
            return i;
    return -1;
}

int AggregateModel::columnOf(const QString& analyst) const
{
    const int i = static_cast<int>(m_analysts.indexOf(analyst));
    return i < 0 ? -1 : FirstAnalystColumn + i;
}

} // namespace tollgate
