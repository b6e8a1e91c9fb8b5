#include "meetings/VotesModel.h"

#include "meetings/MeetingRecorder.h"
#include "report/MeetingText.h"

#include <QBrush>
#include <QColor>

namespace tollgate
{

VotesModel::VotesModel(MeetingRecorder* recorder, QObject* parent)
    : QAbstractTableModel(parent), m_recorder(recorder)
{
    // Votes change in place; attendees can change with an edit of the meeting: a reset keeps
    // it simple, and the view restores its current row.
    connect(m_recorder, &MeetingRecorder::meetingChanged, this, [this] {
        beginResetModel();
        if (m_row >= m_recorder->meeting().agenda.size())
            m_row = -1;
        endResetModel();
    });
}

void VotesModel::setItemRow(int row)
{
    beginResetModel();
    m_row = row >= 0 && row < m_recorder->meeting().agenda.size() ? row : -1;
    endResetModel();
}

QString VotesModel::attendeeAt(int row) const
{
    return m_recorder->meeting().attendees.value(row);
}

int VotesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_row < 0 ? 0 : int(m_recorder->meeting().attendees.size());
}

int VotesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VotesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString attendee = attendeeAt(index.row());
    const QMap<QString, Vote>& votes = m_recorder->meeting().agenda.at(m_row).votes;
    const auto vote = votes.constFind(attendee);
    const bool cast = vote != votes.constEnd();
    switch (role) {
    case VoteKeyRole:
        return cast ? voteKey(*vote) : QString();
    case Qt::DisplayRole:
        if (index.column() == AttendeeColumn)
            return attendee;
        return cast ? MeetingText::vote(*vote) : QStringLiteral("—");
    case Qt::ForegroundRole:
        if (index.column() == VoteColumn && cast) {
            switch (*vote) {
            case Vote::Yes:
                return QBrush(QColor(0x1b, 0x7f, 0x3b));
            case Vote::No:
                return QBrush(QColor(0xb0, 0x24, 0x18));
            case Vote::Abstain:
                return QBrush(QColor(0x6b, 0x6b, 0x6b));
            }
        }
        return {};
    default:
        return {};
    }
}

QVariant VotesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == AttendeeColumn ? tr("Attendee") : tr("Vote");
}

} // namespace tollgate
