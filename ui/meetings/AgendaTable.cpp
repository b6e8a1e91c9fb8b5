#include "meetings/AgendaTable.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace tollgate
{

AgendaTable::AgendaTable(QWidget* parent) : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setDragDropOverwriteMode(false);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
}

void AgendaTable::keyPressEvent(QKeyEvent* event)
{
    const int row = currentIndex().isValid() ? currentIndex().row() : -1;
    if (row >= 0 && event->modifiers() == Qt::AltModifier &&
        (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        const int to = event->key() == Qt::Key_Up ? row - 1 : row + 1;
        if (to >= 0 && to < model()->rowCount())
            emit moveRequested(row, to);
        event->accept();
        return;
    }
    if (row >= 0 && event->modifiers() == Qt::NoModifier && event->key() == Qt::Key_Delete) {
        emit removeRequested(row);
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace tollgate
