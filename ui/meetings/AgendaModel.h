#pragma once

#include "storage/Portfolio.h"

#include <QAbstractTableModel>
#include <QHash>

namespace tollgate
{

class MeetingRecorder;

// The agenda of the meeting a MeetingRecorder holds, one row per item in agenda order: the
// project with its segment, stage and verdict, and what the meeting recorded for it. Rows drag
// to reorder; projects dropped from the project table join the agenda where they fall. Every
// change goes through the recorder, so it is stored before the rows move. A closed meeting's
// agenda neither drags nor takes drops.
class AgendaModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        ProjectColumn,
        SegmentColumn,
        StageColumn,
        VerdictColumn,
        DecisionColumn,
        VotesColumn,
        NotesColumn,
        ColumnCount
    };
    static constexpr int ProjectIdRole = Qt::UserRole + 1; // qint64
    static constexpr int DecisionKeyRole = Qt::UserRole + 2;

    explicit AgendaModel(MeetingRecorder* recorder, QObject* parent = nullptr);

    // Names, segments, stages and verdicts of the projects (all of them, by id), and the
    // segments' display names by key.
    void setProjects(const QHash<qint64, ProjectSummary>& projects,
                     const QHash<QString, QString>& segmentNames = {});
    const QHash<qint64, ProjectSummary>& projects() const { return m_projects; }
    ProjectSummary projectAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

private:
    QString votesText(int row) const;

    MeetingRecorder* m_recorder;
    QHash<qint64, ProjectSummary> m_projects;
    QHash<QString, QString> m_segmentNames;
};

} // namespace tollgate
