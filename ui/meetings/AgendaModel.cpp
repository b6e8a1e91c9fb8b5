#include "meetings/AgendaModel.h"

#include "meetings/MeetingRecorder.h"
#include "models/DisplayNames.h"
#include "models/ProjectIdsMime.h"
#include "report/MeetingText.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

#include <algorithm>

namespace tollgate
{

namespace
{

// An agenda row dragged within the agenda.
QString agendaRowMimeType()
{
    return QStringLiteral("application/x-tollgate-agenda-row");
}

} // namespace

AgendaModel::AgendaModel(MeetingRecorder* recorder, QObject* parent)
    : QAbstractTableModel(parent), m_recorder(recorder)
{
    connect(m_recorder, &MeetingRecorder::meetingChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

void AgendaModel::setProjects(const QHash<qint64, ProjectSummary>& projects,
                              const QHash<QString, QString>& segmentNames)
{
    beginResetModel();
    m_projects = projects;
    m_segmentNames = segmentNames;
    endResetModel();
}

ProjectSummary AgendaModel::projectAt(int row) const
{
    const qint64 id = m_recorder->meeting().agenda.at(row).projectId;
    ProjectSummary s = m_projects.value(id);
    if (s.id == 0) {
        s.id = id;
        s.name = tr("Project %1").arg(id);
    }
    return s;
}

int AgendaModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_recorder->meeting().agenda.size());
}

int AgendaModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AgendaModel::votesText(int row) const
{
    int yes = 0;
    int no = 0;
    int abstain = 0;
    for (Vote v : m_recorder->meeting().agenda.at(row).votes) {
        yes += v == Vote::Yes;
        no += v == Vote::No;
        abstain += v == Vote::Abstain;
    }
    //: yes / no / abstain counts of an agenda item's votes
    return tr("%1 / %2 / %3").arg(yes).arg(no).arg(abstain);
}

QVariant AgendaModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgendaItem& item = m_recorder->meeting().agenda.at(index.row());
    if (role == ProjectIdRole)
        return item.projectId;
    if (role == DecisionKeyRole)
        return decisionKey(item.decision);
    if (role == Qt::TextAlignmentRole && index.column() == NumberColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const ProjectSummary p = projectAt(index.row());
    switch (index.column()) {
    case NumberColumn:
        return index.row() + 1;
    case ProjectColumn:
        return p.name;
    case SegmentColumn:
        return m_segmentNames.value(p.segmentKey, p.segmentKey);
    case StageColumn:
        return DisplayNames::stage(p.stage);
    case VerdictColumn:
        return DisplayNames::verdict(p.verdict);
    case DecisionColumn:
        return item.decision == Decision::None ? QString() : MeetingText::decision(item.decision);
    case VotesColumn:
        return votesText(index.row());
    case NotesColumn:
        return item.conditions.isEmpty()
                   ? item.notes
                   : tr("Conditions: %1").arg(item.conditions) + QStringLiteral(" · ") + item.notes;
    default:
        return {};
    }
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("#");
    case ProjectColumn:
        return tr("Project");
    case SegmentColumn:
        return tr("Segment");
    case StageColumn:
        return tr("Stage");
    case VerdictColumn:
        return tr("Verdict");
    case DecisionColumn:
        return tr("Decision");
    case VotesColumn:
        return tr("Yes / No / Abstain");
    case NotesColumn:
        return tr("Conditions and notes");
    default:
        return {};
    }
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (m_recorder->isReadOnly())
        return f;
    if (index.isValid())
        return f | Qt::ItemIsDragEnabled;
    return f | Qt::ItemIsDropEnabled; // drops land between rows, not on them
}

Qt::DropActions AgendaModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions AgendaModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList AgendaModel::mimeTypes() const
{
    return {agendaRowMimeType(), projectIdsMimeType()};
}

QMimeData* AgendaModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << indexes.first().row();
    auto* data = new QMimeData;
    data->setData(agendaRowMimeType(), bytes);
    return data;
}

bool AgendaModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int,
                                  const QModelIndex&) const
{
    return !m_recorder->isReadOnly() && data &&
           (data->hasFormat(agendaRowMimeType()) || data->hasFormat(projectIdsMimeType()));
}

bool AgendaModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                               const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    int target = row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount());
    if (data->hasFormat(agendaRowMimeType())) {
        int from = -1;
        QDataStream in(data->data(agendaRowMimeType()));
        in >> from;
        if (from < target)
            --target; // the dragged row no longer sits above the drop point
        target = std::min(target, rowCount() - 1);
        // Handled here, not by the view removing the source row: tell it nothing is left to do.
        m_recorder->moveItem(from, target);
        return false;
    }
    return m_recorder->addProjects(projectIdsFromMimeData(data), target).ok();
}

} // namespace tollgate
