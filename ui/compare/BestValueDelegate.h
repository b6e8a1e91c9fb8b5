#pragma once

#include <QColor>
#include <QStyledItemDelegate>

namespace tollgate
{

// Paints the comparison's cells: the best value of a row (ComparisonModel::IsBestRole) bold on
// a green ground, a criterion the analysts disagree on (DisagreementRole) with an amber mark.
class BestValueDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QColor bestBackground() { return QColor(0xd4, 0xf0, 0xd8); }
    static QColor disagreementColour() { return QColor(0xe0, 0x8a, 0x00); }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace tollgate
