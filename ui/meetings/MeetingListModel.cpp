#include "meetings/MeetingListModel.h"

#include "report/MeetingText.h"

#include <QFont>

#include <algorithm>

namespace tollgate
{

MeetingListModel::MeetingListModel(QObject* parent) : QAbstractTableModel(parent) {}

void MeetingListModel::setMeetings(QList<Meeting> meetings)
{
    // Storage gives them oldest first; the list reads best with the next meeting on top.
    std::stable_sort(meetings.begin(), meetings.end(), [](const Meeting& a, const Meeting& b) {
        return a.date != b.date ? a.date > b.date : a.id > b.id;
    });
    beginResetModel();
    m_meetings = std::move(meetings);
    endResetModel();
}

int MeetingListModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_meetings.size(); ++row) {
        if (m_meetings.at(row).id == id)
            return row;
    }
    return -1;
}

int MeetingListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_meetings.size());
}

int MeetingListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeetingListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Meeting& m = m_meetings.at(index.row());
    switch (role) {
    case IdRole:
        return m.id;
    case StatusKeyRole:
        return meetingStatusKey(m.status);
    case Qt::FontRole:
        if (m.status == MeetingStatus::InProgress) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatusColumn:
            return MeetingText::status(m.status);
        case DateColumn:
            return m.date.toString(Qt::ISODate);
        case TitleColumn:
            return m.title;
        case ItemsColumn:
            return int(m.agenda.size());
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == ItemsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant();
    default:
        return {};
    }
}

QVariant MeetingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case DateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Title");
    case ItemsColumn:
        return tr("Items");
    default:
        return {};
    }
}

} // namespace tollgate
