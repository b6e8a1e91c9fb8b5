#include "compare/BestValueDelegate.h"

#include "compare/ComparisonModel.h"

#include <QPainter>

namespace tollgate
{

void BestValueDelegate::initStyleOption(QStyleOptionViewItem* option,
                                        const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(ComparisonModel::IsBestRole).toBool()) {
        option->backgroundBrush = bestBackground();
        option->font.setBold(true);
    }
}

void BestValueDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (!index.data(ComparisonModel::DisagreementRole).toBool())
        return;
    // A bar down the cell's left edge: visible in print and to colour-blind readers alike,
    // and explained by the tooltip.
    painter->save();
    painter->fillRect(QRectF(option.rect.left(), option.rect.top(), 4, option.rect.height()),
                      disagreementColour());
    painter->restore();
}

} // namespace tollgate
