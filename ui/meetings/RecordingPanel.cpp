#include "meetings/RecordingPanel.h"

#include "meetings/MeetingRecorder.h"
#include "meetings/VotesModel.h"
#include "report/MeetingText.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace tollgate
{

RecordingPanel::RecordingPanel(MeetingRecorder* recorder, QWidget* parent)
    : QWidget(parent), m_recorder(recorder), m_model(new VotesModel(recorder, this)),
      m_votes(new QTableView), m_decision(new QLabel), m_conditions(new QLineEdit),
      m_notes(new QLineEdit), m_readOnly(new QLabel)
{
    m_votes->setObjectName(QStringLiteral("votesTable"));
    m_votes->setModel(m_model);
    m_votes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_votes->setSelectionMode(QAbstractItemView::SingleSelection);
    m_votes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_votes->verticalHeader()->hide();
    m_votes->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_votes->setAccessibleName(tr("Votes"));
    m_decision->setObjectName(QStringLiteral("decisionLabel"));
    QFont big = m_decision->font();
    big.setPointSize(22);
    big.setBold(true);
    m_decision->setFont(big);
    m_conditions->setObjectName(QStringLiteral("conditionsLineEdit"));
    m_conditions->setPlaceholderText(tr("Conditions of the decision"));
    m_notes->setObjectName(QStringLiteral("notesLineEdit"));
    m_notes->setPlaceholderText(tr("Notes"));
    m_readOnly->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnly->setText(tr("This meeting is closed: its record is read-only."));
    m_readOnly->setStyleSheet(QStringLiteral("color: #b02418; font-weight: bold;"));

    auto* fields = new QFormLayout;
    fields->addRow(tr("Decision:"), m_decision);
    fields->addRow(tr("&Conditions:"), m_conditions);
    fields->addRow(tr("N&otes:"), m_notes);
    fields->addRow(m_readOnly);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_votes, 2);
    layout->addLayout(fields, 3);

    connect(m_conditions, &QLineEdit::editingFinished, this, [this] {
        if (m_row >= 0 && !m_recorder->isReadOnly())
            m_recorder->setConditions(m_row, m_conditions->text().trimmed());
    });
    connect(m_notes, &QLineEdit::editingFinished, this, [this] {
        if (m_row >= 0 && !m_recorder->isReadOnly())
            m_recorder->setNotes(m_row, m_notes->text().trimmed());
    });
    connect(m_recorder, &MeetingRecorder::meetingChanged, this, &RecordingPanel::refresh);
    connect(m_votes->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    m_attendee = current.row();
            });
    setTabOrder(m_votes, m_conditions);
    setTabOrder(m_conditions, m_notes);
}

void RecordingPanel::setItemRow(int row)
{
    m_row = row;
    m_model->setItemRow(row);
    // Every attendee's vote in sight: the table is never shorter than its rows.
    m_votes->setMinimumHeight(m_votes->horizontalHeader()->sizeHint().height() +
                              m_model->rowCount() *
                                  m_votes->verticalHeader()->defaultSectionSize() +
                              2 * m_votes->frameWidth());
    setCurrentAttendee(0);
    refresh();
}

void RecordingPanel::refresh()
{
    const QList<AgendaItem>& agenda = m_recorder->meeting().agenda;
    const bool valid = m_row >= 0 && m_row < agenda.size();
    const AgendaItem item = valid ? agenda.at(m_row) : AgendaItem();
    m_decision->setText(MeetingText::decision(item.decision));
    // Text being typed stays as it is until it is stored.
    if (!m_conditions->hasFocus())
        m_conditions->setText(item.conditions);
    if (!m_notes->hasFocus())
        m_notes->setText(item.notes);
    const bool readOnly = m_recorder->isReadOnly();
    m_conditions->setReadOnly(readOnly);
    m_notes->setReadOnly(readOnly);
    m_readOnly->setVisible(readOnly);
    if (m_model->itemRow() != m_row)
        m_model->setItemRow(m_row);
    setCurrentAttendee(m_attendee);
}

int RecordingPanel::currentAttendee() const
{
    return m_votes->currentIndex().isValid() ? m_votes->currentIndex().row() : -1;
}

void RecordingPanel::setCurrentAttendee(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_attendee = row;
    m_votes->setCurrentIndex(m_model->index(row, VotesModel::AttendeeColumn));
}

void RecordingPanel::voteForCurrent(std::optional<Vote> vote)
{
    const int attendee = currentAttendee();
    if (m_row < 0 || attendee < 0 || m_recorder->isReadOnly())
        return;
    if (m_recorder->setVote(m_row, m_model->attendeeAt(attendee), vote))
        setCurrentAttendee(std::min(attendee + 1, m_model->rowCount() - 1));
}

void RecordingPanel::decide(Decision decision)
{
    if (m_row >= 0 && !m_recorder->isReadOnly())
        m_recorder->setDecision(m_row, decision);
}

void RecordingPanel::focusVotes()
{
    m_votes->setFocus(Qt::OtherFocusReason);
}

bool RecordingPanel::isEditingText() const
{
    return m_conditions->hasFocus() || m_notes->hasFocus();
}

} // namespace tollgate
