#include "meetings/AddToMeetingAction.h"

#include "meetings/MeetingsPage.h"
#include "models/ProjectTableModel.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QTableView>

namespace tollgate
{

QAction* installAddToMeeting(QTableView* projectTable, MeetingsPage* meetings)
{
    projectTable->setDragEnabled(true);
    projectTable->setDragDropMode(QAbstractItemView::DragOnly);
    auto* action = new QAction(MeetingsPage::tr("Add to &meeting…"), projectTable);
    action->setObjectName(QStringLiteral("addToMeetingAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    projectTable->addAction(action);
    // The table's other context-menu entries are its actions too.
    projectTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    QObject::connect(action, &QAction::triggered, meetings, [projectTable, meetings] {
        QList<qint64> ids;
        const QModelIndexList rows = projectTable->selectionModel()->selectedRows();
        for (const QModelIndex& row : rows)
            ids << row.data(ProjectTableModel::IdRole).toLongLong();
        if (ids.isEmpty() && projectTable->currentIndex().isValid())
            ids << projectTable->currentIndex().data(ProjectTableModel::IdRole).toLongLong();
        meetings->addProjectsInteractively(ids);
    });
    return action;
}

} // namespace tollgate
