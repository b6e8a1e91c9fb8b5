#include "commands/ProjectCommands.h"

#include "commands/EditFeedback.h"
#include "session/Session.h"

#include <QCoreApplication>

namespace tollgate
{

namespace
{
// The translation context of this file's messages ("ProjectCommands" in the .ts files): a class, so
// lupdate files the strings under the same context the program looks them up in.
class ProjectCommandsText
{
    Q_DECLARE_TR_FUNCTIONS(ProjectCommands)
};
} // namespace

bool sameProjectContent(const Project& a, const Project& b)
{
    return a.name == b.name && a.segmentKey == b.segmentKey && a.stage == b.stage &&
           a.round == b.round && a.valuationCny == b.valuationCny && a.askCny == b.askCny &&
           a.city == b.city && a.foundedYear == b.foundedYear && a.description == b.description &&
           a.tags == b.tags && a.leadAnalyst == b.leadAnalyst && a.exitRoute == b.exitRoute &&
           a.expectedExitYear == b.expectedExitYear && a.fundEndYear == b.fundEndYear &&
           a.dominantIncumbent == b.dominantIncumbent && a.archived == b.archived;
}

ProjectCommand::ProjectCommand(Session* session, const QString& text)
    : QUndoCommand(text), m_session(session), m_outcome(std::make_shared<CommandOutcome>())
{
}

void ProjectCommand::finish(const Status& status, qint64 projectId)
{
    m_outcome->status = status;
    m_outcome->projectId = projectId;
    const bool firstRun = m_firstRun;
    m_firstRun = false;
    if (status)
        return;
    setObsolete(true);
    if (!firstRun && status.error().kind != ErrorKind::Conflict)
        EditFeedback::reportError(status.error());
}

EditProjectCommand::EditProjectCommand(Session* session, const Project& before,
                                       const Project& after, const QString& text)
    : ProjectCommand(session, text), m_firstId(before.id), m_before(before), m_after(after)
{
}

void EditProjectCommand::redo()
{
    finish(apply(m_after, m_before), m_session->currentProjectId(m_firstId));
}

void EditProjectCommand::undo()
{
    finish(apply(m_before, m_after), m_session->currentProjectId(m_firstId));
}

Status EditProjectCommand::apply(const Project& to, const Project& from)
{
    Portfolio& portfolio = m_session->portfolio();
    const qint64 id = m_session->currentProjectId(m_firstId);
    Project write = to;
    write.id = id;
    // Two tries at most: a conflict found on reading, or one that slipped in between the
    // read and the write, is put to the user once.
    for (int attempt = 0; attempt < 2; ++attempt) {
        const Result<Project> current = portfolio.project(id);
        if (!current)
            return current.error();
        if (attempt > 0 || !sameProjectContent(*current, from)) {
            if (EditFeedback::askAboutConflict(current->name) == ConflictAnswer::Reload) {
                m_session->notifyProjectChanged(id);
                return Error::of(ErrorKind::Conflict,
                                 ProjectCommandsText::tr("Kept the other version of the project."));
            }
        }
        write.rowVersion = current->rowVersion;
        const Status stored = portfolio.updateProject(write, m_session->analyst());
        if (stored) {
            m_session->notifyProjectChanged(id);
            return stored;
        }
        if (stored.error().kind != ErrorKind::Conflict)
            return stored;
    }
    return Error::of(ErrorKind::Conflict,
                     ProjectCommandsText::tr("The project keeps changing elsewhere; try again."));
}

CreateProjectCommand::CreateProjectCommand(Session* session, const Project& project)
    : ProjectCommand(session, ProjectCommandsText::tr("Create project “%1”").arg(project.name)),
      m_project(project)
{
}

void CreateProjectCommand::redo()
{
    const Result<qint64> id = m_session->portfolio().createProject(m_project, m_session->analyst());
    if (!id) {
        finish(id.error(), 0);
        return;
    }
    if (m_firstId == 0)
        m_firstId = *id;
    m_session->setCurrentProjectId(m_firstId, *id);
    m_session->notifyProjectChanged(*id);
    finish({}, *id);
}

void CreateProjectCommand::undo()
{
    const qint64 id = m_session->currentProjectId(m_firstId);
    const Status removed = m_session->portfolio().deleteProject(id, m_session->analyst());
    if (removed)
        m_session->notifyProjectRemoved(id);
    finish(removed, id);
}

DeleteProjectCommand::DeleteProjectCommand(Session* session, qint64 projectId, const QString& name)
    : ProjectCommand(session, ProjectCommandsText::tr("Delete project “%1”").arg(name)),
      m_firstId(projectId)
{
}

void DeleteProjectCommand::redo()
{
    Portfolio& portfolio = m_session->portfolio();
    const qint64 id = m_session->currentProjectId(m_firstId);
    // Keep everything needed to bring the project back on undo.
    const Result<Project> project = portfolio.project(id);
    if (!project) {
        finish(project.error(), id);
        return;
    }
    const Result<QList<Scorecard>> scorecards = portfolio.scorecards(id);
    if (!scorecards) {
        finish(scorecards.error(), id);
        return;
    }
    const Status removed = portfolio.deleteProject(id, m_session->analyst());
    if (removed) {
        m_project = *project;
        m_scorecards = *scorecards;
        m_session->notifyProjectRemoved(id);
    }
    finish(removed, id);
}

void DeleteProjectCommand::undo()
{
    Portfolio& portfolio = m_session->portfolio();
    Project again = m_project;
    again.id = 0;
    again.rowVersion = 0;
    const Result<qint64> id = portfolio.createProject(again, m_session->analyst());
    if (!id) {
        finish(id.error(), 0);
        return;
    }
    m_session->setCurrentProjectId(m_firstId, *id);
    Status status;
    for (Scorecard s : m_scorecards) {
        s.id = 0;
        s.rowVersion = 0;
        s.projectId = *id;
        const Result<qint64> added = portfolio.addScorecard(s, m_session->analyst());
        if (!added && status)
            status = added.error();
    }
    m_session->notifyProjectChanged(*id);
    finish(status, *id);
}

CommandOutcome pushProjectCommand(Session& session, ProjectCommand* command)
{
    const std::shared_ptr<CommandOutcome> outcome = command->outcome();
    session.undoStack()->push(command); // runs redo(); deletes the command if it failed
    return *outcome;
}

} // namespace tollgate
