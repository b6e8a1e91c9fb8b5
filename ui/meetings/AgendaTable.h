#pragma once

#include <QTableView>

namespace tollgate
{

// The agenda as a table: rows drag to reorder and take projects dropped from the project table;
// Alt+Up and Alt+Down move the current item, Delete takes it off the agenda.
class AgendaTable : public QTableView
{
    Q_OBJECT
public:
    explicit AgendaTable(QWidget* parent = nullptr);

signals:
    void moveRequested(int from, int to);
    void removeRequested(int row);

protected:
    void keyPressEvent(QKeyEvent* event) override;
};

} // namespace tollgate
