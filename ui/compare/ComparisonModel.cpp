#include "compare/ComparisonModel.h"

#include "charts/VerdictStyle.h"
#include "models/DisplayNames.h"
#include "projects/MoneyText.h"
#include "scoring/OutcomeText.h"

#include <QLocale>

#include <cmath>

namespace tollgate
{

ComparisonModel::ComparisonModel(QObject* parent) : QAbstractTableModel(parent) {}

void ComparisonModel::setComparison(const Template& t, const QList<Segment>& segments,
                                    const QList<ComparedProject>& projects, bool chinese)
{
    beginResetModel();
    m_template = t;
    m_segments = segments;
    m_projects = projects;
    m_chinese = chinese;
    m_rows = tollgate::comparisonRows(t);
    m_best.clear();
    for (const ComparisonRow& row : std::as_const(m_rows))
        m_best.append(bestColumns(row, m_projects));
    endResetModel();
}

int ComparisonModel::rowOf(ComparisonRowKind kind, const QString& criterionKey) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].kind == kind && m_rows[r].criterionKey == criterionKey)
            return r;
    return -1;
}

int ComparisonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComparisonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_projects.size());
}

QString ComparisonModel::rowLabel(const ComparisonRow& row) const
{
    switch (row.kind) {
    case ComparisonRowKind::Segment:
        return tr("Segment");
    case ComparisonRowKind::Stage:
        return tr("Stage");
    case ComparisonRowKind::Market:
        return tr("Market (M)");
    case ComparisonRowKind::Cost:
        return tr("Cost (C)");
    case ComparisonRowKind::Composite:
        return tr("Composite");
    case ComparisonRowKind::Verdict:
        return tr("Verdict");
    case ComparisonRowKind::Criterion: {
        const Criterion* c = m_template.criterion(row.criterionKey);
        return c ? QStringLiteral("%1 %2").arg(c->key, c->displayName(m_chinese))
                 : row.criterionKey;
    }
    case ComparisonRowKind::Tam:
        return tr("TAM");
    case ComparisonRowKind::YearsToProfitable:
        return tr("Years to profitable cost");
    case ComparisonRowKind::RedFlags:
        return tr("Red flags");
    }
    return {};
}

QString ComparisonModel::cellText(const ComparisonRow& row, const ComparedProject& p) const
{
    const Evaluation& e = p.standing.evaluation;
    switch (row.kind) {
    case ComparisonRowKind::Segment:
        for (const Segment& s : m_segments)
            if (s.key == p.project.segmentKey)
                return DisplayNames::segmentShortName(s);
        return p.project.segmentKey;
    case ComparisonRowKind::Stage:
        return DisplayNames::stage(p.project.stage);
    case ComparisonRowKind::Market:
        return DisplayNames::score(e.market);
    case ComparisonRowKind::Cost:
        return DisplayNames::score(e.cost);
    case ComparisonRowKind::Composite:
        return DisplayNames::score(e.composite);
    case ComparisonRowKind::Verdict:
        return DisplayNames::verdict(e.verdict);
    case ComparisonRowKind::Criterion: {
        const CriterionAggregate* a = criterionOf(p, row.criterionKey);
        if (!a || !a->mean)
            return QStringLiteral("—");
        const QString mean = QLocale().toString(*a->mean, 'f', 1);
        if (a->count < 2)
            return mean;
        return tr("%1 (spread %2)").arg(mean).arg(a->spread());
    }
    case ComparisonRowKind::Tam: {
        const std::optional<double> tam = rankValue(row, p);
        return tam ? MoneyText::format(qint64(std::llround(*tam)), AppSettings::currencyDisplay())
                   : QStringLiteral("—");
    }
    case ComparisonRowKind::YearsToProfitable:
        if (!e.costModelGiven)
            return QStringLiteral("—");
        return e.yearsToProfitableCost ? QLocale().toString(*e.yearsToProfitableCost, 'f', 2)
                                       : tr("not within horizon");
    case ComparisonRowKind::RedFlags:
        return QLocale().toString(int(e.redFlags.size()));
    }
    return {};
}

QString ComparisonModel::cellToolTip(const ComparisonRow& row, const ComparedProject& p) const
{
    if (row.kind == ComparisonRowKind::RedFlags) {
        QStringList reasons;
        for (const QString& flag : p.standing.evaluation.redFlags)
            reasons << redFlagReason(flag);
        return reasons.join(QLatin1Char('\n'));
    }
    if (row.kind == ComparisonRowKind::Criterion) {
        const CriterionAggregate* a = criterionOf(p, row.criterionKey);
        if (a && a->count > 0)
            return tr("%n analyst(s) scored it, from %1 to %2.", nullptr, a->count)
                .arg(a->min)
                .arg(a->max);
    }
    return {};
}

QVariant ComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_projects.size())
        return {};
    const ComparisonRow& row = m_rows[index.row()];
    const ComparedProject& p = m_projects[index.column()];
    switch (role) {
    case Qt::DisplayRole:
        return cellText(row, p);
    case Qt::ToolTipRole: {
        const QString tip = cellToolTip(row, p);
        return tip.isEmpty() ? QVariant() : tip;
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ForegroundRole:
        if (row.kind == ComparisonRowKind::Verdict)
            return verdictTextColour(p.standing.evaluation.verdict);
        return {};
    case IsBestRole:
        return m_best[index.row()].contains(index.column());
    case RankValueRole: {
        const std::optional<double> v = rankValue(row, p);
        return v ? QVariant(*v) : QVariant();
    }
    case DisagreementRole: {
        const CriterionAggregate* a =
            row.kind == ComparisonRowKind::Criterion ? criterionOf(p, row.criterionKey) : nullptr;
        return a && a->disagreement();
    }
    default:
        return {};
    }
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_projects.size())
            return {};
        if (role == Qt::DisplayRole)
            return m_projects[section].project.name;
        if (role == Qt::ToolTipRole)
            return m_projects[section].project.description;
        return {};
    }
    if (section < 0 || section >= m_rows.size())
        return {};
    if (role == Qt::DisplayRole)
        return rowLabel(m_rows[section]);
    if (role == Qt::ToolTipRole && m_rows[section].kind == ComparisonRowKind::Criterion) {
        const Criterion* c = m_template.criterion(m_rows[section].criterionKey);
        if (!c)
            return {};
        return QStringLiteral("%1 %2\n%3")
            .arg(c->key, c->displayName(m_chinese), c->displayName(!m_chinese));
    }
    return {};
}

} // namespace tollgate
