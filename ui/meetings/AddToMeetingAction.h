#pragma once

class QAction;
class QTableView;

namespace tollgate
{

class MeetingsPage;

// Lets the project table feed meeting agendas: its rows drag out as project ids, and an
// "Add to meeting…" action (context menu, Ctrl+Shift+A) adds the selected projects to an open
// meeting. Returns the action, owned by the table.
QAction* installAddToMeeting(QTableView* projectTable, MeetingsPage* meetings);

} // namespace tollgate
