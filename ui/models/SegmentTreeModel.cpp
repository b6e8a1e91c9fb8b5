#include "models/SegmentTreeModel.h"

#include "models/DisplayNames.h"

#include <QColor>

#include <algorithm>

namespace tollgate
{

SegmentTreeModel::SegmentTreeModel(QObject* parent) : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Segments")});
}

void SegmentTreeModel::refresh(const QList<Segment>& segments, const QHash<QString, int>& counts)
{
    const bool same = segments.size() == m_segments.size() &&
                      std::equal(segments.begin(), segments.end(), m_segments.begin(),
                                 [](const Segment& a, const Segment& b) {
                                     return a.key == b.key && a.nameEn == b.nameEn &&
                                            a.nameZh == b.nameZh && a.colour == b.colour;
                                 });
    if (!same || rowCount() == 0) {
        rebuild(segments);
        setSavedFilters(m_saved);
    }
    QStandardItem* all = item(0);
    const int total = counts.value(QString());
    all->setText(label(tr("All projects"), total));
    all->setData(total, CountRole);
    for (int row = 0; row < all->rowCount(); ++row) {
        QStandardItem* child = all->child(row);
        const int count = counts.value(child->data(SegmentKeyRole).toString());
        child->setText(label(DisplayNames::segmentShortName(m_segments.at(row)), count));
        child->setData(count, CountRole);
    }
}

QModelIndex SegmentTreeModel::indexOfKey(const QString& key) const
{
    if (rowCount() == 0)
        return {};
    QStandardItem* all = item(0);
    if (key.isEmpty())
        return all->index();
    for (int row = 0; row < all->rowCount(); ++row)
        if (all->child(row)->data(SegmentKeyRole).toString() == key)
            return all->child(row)->index();
    return {};
}

void SegmentTreeModel::rebuild(const QList<Segment>& segments)
{
    m_segments = segments;
    removeRows(0, rowCount());
    auto* all = new QStandardItem;
    all->setEditable(false);
    all->setData(QString(), SegmentKeyRole);
    for (const Segment& s : segments) {
        auto* child = new QStandardItem;
        child->setEditable(false);
        child->setData(s.key, SegmentKeyRole);
        child->setData(QColor(s.colour), Qt::DecorationRole);
        child->setToolTip(DisplayNames::chineseUi() ? s.nameEn : s.nameZh);
        child->setData(DisplayNames::segmentFullName(s) + QLatin1Char('\n') + child->toolTip(),
                       Qt::ToolTipRole);
        all->appendRow(child);
    }
    appendRow(all);
}

void SegmentTreeModel::setSavedFilters(const QList<SavedFilter>& filters)
{
    m_saved = filters;
    if (rowCount() == 0)
        return; // added with the segments
    if (rowCount() > 1)
        removeRow(1);
    if (filters.isEmpty())
        return;
    auto* branch = new QStandardItem(tr("Saved filters"));
    branch->setEditable(false);
    branch->setSelectable(false);
    for (qsizetype i = 0; i < filters.size(); ++i) {
        auto* child = new QStandardItem(filters.at(i).name);
        child->setEditable(false);
        child->setData(static_cast<int>(i), SavedFilterRole);
        child->setToolTip(tr("A saved filter: click to apply it; right-click to delete it"));
        branch->appendRow(child);
    }
    appendRow(branch);
}

QModelIndex SegmentTreeModel::indexOfSavedFilter(int index) const
{
    if (rowCount() < 2 || index < 0 || index >= item(1)->rowCount())
        return {};
    return item(1)->child(index)->index();
}

QString SegmentTreeModel::label(const QString& name, int count)
{
    return QStringLiteral("%1 (%2)").arg(name).arg(count);
}

} // namespace tollgate
