#pragma once

#include "domain/Meeting.h"

#include <QAbstractTableModel>

namespace tollgate
{

// The meetings of the database for the Meetings tab: status, date, title and the number of
// agenda items, newest first (the planned meeting on top, past ones below).
class MeetingListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StatusColumn, DateColumn, TitleColumn, ItemsColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;        // qint64 meeting id
    static constexpr int StatusKeyRole = Qt::UserRole + 2; // "planned", "in-progress", "closed"

    explicit MeetingListModel(QObject* parent = nullptr);

    void setMeetings(QList<Meeting> meetings);
    const Meeting& meetingAt(int row) const { return m_meetings.at(row); }
    int rowOfId(qint64 id) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Meeting> m_meetings;
};

} // namespace tollgate
