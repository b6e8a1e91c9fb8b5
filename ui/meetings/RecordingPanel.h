#pragma once

#include "domain/Meeting.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace tollgate
{

class MeetingRecorder;
class VotesModel;

// Present mode's record of the item on screen: each attendee's vote, the decision, conditions
// and notes, all entered from the keyboard (PresentWindow maps the keys). Text is stored when
// the field is left or Enter is pressed. Disabled, with a note, once the meeting is closed.
class RecordingPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RecordingPanel(MeetingRecorder* recorder, QWidget* parent = nullptr);

    void setItemRow(int row); // the agenda row being recorded
    int itemRow() const { return m_row; }

    // The attendee whose vote the next key records (the votes table's current row).
    int currentAttendee() const;
    void setCurrentAttendee(int row);
    // Records `vote` for the current attendee and moves on to the next one.
    void voteForCurrent(std::optional<Vote> vote);
    void decide(Decision decision);
    void focusVotes();
    bool isEditingText() const; // focus in the conditions or notes field

    QTableView* votesTable() const { return m_votes; }
    VotesModel* votesModel() const { return m_model; }
    QLabel* decisionLabel() const { return m_decision; }
    QLineEdit* conditionsEdit() const { return m_conditions; }
    QLineEdit* notesEdit() const { return m_notes; }

private:
    void refresh();

    MeetingRecorder* m_recorder;
    VotesModel* m_model;
    QTableView* m_votes;
    QLabel* m_decision;
    QLineEdit* m_conditions;
    QLineEdit* m_notes;
    QLabel* m_readOnly;
    int m_row = -1;
    int m_attendee = 0; // kept across the model resets that follow each stored vote
};

} // namespace tollgate
