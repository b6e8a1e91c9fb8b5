#pragma once

#include <QWidget>

class QTableView;

namespace tollgate
{

class HistoryModel;
class Session;

// The History tab of a project: its audit log, newest first, refreshed after every edit.
class HistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryView(Session* session, QWidget* parent = nullptr);

    void setProject(qint64 projectId);
    HistoryModel* model() const { return m_model; }

private:
    void reload();

    Session* m_session;
    HistoryModel* m_model;
    QTableView* m_table;
    qint64 m_projectId = 0;
};

} // namespace tollgate
