#pragma once

#include "core/Result.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace tollgate
{

class AgendaModel;
class AgendaTable;
class MeetingListModel;
class MeetingRecorder;
class PresentWindow;
class Session;

// The Meetings tab (SPEC §5): the meetings on the left (status, date, title); the selected
// one's details and agenda on the right, with the commands to plan it (new, edit, add, reorder,
// remove), run it (present), close it (read-only after, with the stage changes its decisions
// call for) and export it (minutes, meeting pack).
class MeetingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit MeetingsPage(Session* session, QWidget* parent = nullptr);
    ~MeetingsPage() override;

    void reload();                 // meetings and projects, keeping the selection
    void selectMeeting(qint64 id); // 0: none
    qint64 selectedMeeting() const;

    // The commands, as the buttons and shortcuts run them.
    void newMeeting();
    void editMeeting();
    void deleteMeeting();
    PresentWindow* present(); // full screen; nullptr without a meeting
    void closeMeeting();
    void showMinutes();
    void exportPack();
    void rescreenSelected();
    // Adds projects to an open meeting, asking which when there are several (the "Add to
    // meeting…" action of the project table).
    void addProjectsInteractively(const QList<qint64>& projectIds);
    // Adds projects to the selected meeting's agenda.
    Status addProjects(const QList<qint64>& projectIds);

    MeetingListModel* meetingModel() const { return m_meetings; }
    QTableView* meetingTable() const { return m_meetingTable; }
    AgendaModel* agendaModel() const { return m_agenda; }
    AgendaTable* agendaTable() const { return m_agendaTable; }
    MeetingRecorder* recorder() const { return m_recorder; }
    QLabel* detailsLabel() const { return m_details; }
    QLabel* readOnlyLabel() const { return m_readOnly; }
    QPushButton* presentButton() const { return m_present; }
    QPushButton* closeButton() const { return m_close; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* removeButton() const { return m_remove; }

signals:
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void loadProjects();
    void onMeetingSelected();
    void updateDetails();
    void showError(const QString& title, const Error& error);
    void confirmStageChanges();
    void moveCurrent(int from, int to);

    Session* m_session;
    MeetingRecorder* m_recorder;
    MeetingListModel* m_meetings;
    QTableView* m_meetingTable;
    AgendaModel* m_agenda;
    AgendaTable* m_agendaTable;
    QLabel* m_details;
    QLabel* m_readOnly;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_delete;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_remove;
    QPushButton* m_present;
    QPushButton* m_close;
    QPushButton* m_minutes;
    QPushButton* m_pack;
    QPushButton* m_rescreen;
    QPointer<PresentWindow> m_presenting;
    bool m_projectsStale = true;
};

} // namespace tollgate
