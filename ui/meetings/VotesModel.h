#pragma once

#include <QAbstractTableModel>

namespace tollgate
{

class MeetingRecorder;

// The votes of one agenda item, one row per attendee (the meeting's order): the attendee and
// their vote, empty until cast. Present mode shows it large and records into it from the
// keyboard; it reads through the recorder, so it always shows what is stored.
class VotesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AttendeeColumn, VoteColumn, ColumnCount };
    static constexpr int VoteKeyRole = Qt::UserRole + 1; // "yes", "no", "abstain" or ""

    explicit VotesModel(MeetingRecorder* recorder, QObject* parent = nullptr);

    void setItemRow(int row); // the agenda row whose votes to show; -1: none
    int itemRow() const { return m_row; }
    QString attendeeAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    MeetingRecorder* m_recorder;
    int m_row = -1;
};

} // namespace tollgate
