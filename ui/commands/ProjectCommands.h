#pragma once

#include "core/Result.h"
#include "domain/Project.h"
#include "domain/Scorecard.h"

#include <QList>
#include <QUndoCommand>

#include <memory>

namespace tollgate
{

class Session;

// How a project command's last redo or undo went, shared with whoever pushed it: a command
// whose first redo fails is removed from the stack (and deleted) inside QUndoStack::push.
struct CommandOutcome {
    Status status;
    qint64 projectId = 0; // the project's current id after the command
};

// Base of the undoable project edits. Each redo and undo is one Portfolio call (its own
// transaction), followed by a Session notification so every view refreshes.
class ProjectCommand : public QUndoCommand
{
public:
    std::shared_ptr<CommandOutcome> outcome() const { return m_outcome; }

protected:
    ProjectCommand(Session* session, const QString& text);
    // Records the result; a failure makes the command obsolete so the stack drops it, and
    // is reported to the user unless it is the first redo (the caller shows that one) or the
    // user chose to keep the other version of a conflicting record.
    void finish(const Status& status, qint64 projectId);

    Session* m_session;

private:
    std::shared_ptr<CommandOutcome> m_outcome;
    bool m_firstRun = true;
};

// Changes a project's fields from `before` (as the editor read it) to `after`.
class EditProjectCommand : public ProjectCommand
{
public:
    EditProjectCommand(Session* session, const Project& before, const Project& after,
                       const QString& text);
    void redo() override;
    void undo() override;

private:
    Status apply(const Project& to, const Project& from);

    qint64 m_firstId;
    Project m_before;
    Project m_after;
};

// Creates a project; undo deletes it, redo creates it again (under a new id).
class CreateProjectCommand : public ProjectCommand
{
public:
    CreateProjectCommand(Session* session, const Project& project);
    void redo() override;
    void undo() override;

private:
    Project m_project;
    qint64 m_firstId = 0;
};

// Deletes a project with its scorecards; undo stores both again (under a new id).
class DeleteProjectCommand : public ProjectCommand
{
public:
    DeleteProjectCommand(Session* session, qint64 projectId, const QString& name);
    void redo() override;
    void undo() override;

private:
    qint64 m_firstId;
    Project m_project;
    QList<Scorecard> m_scorecards;
};

// Pushes a project command onto the session's undo stack and returns how it went.
CommandOutcome pushProjectCommand(Session& session, ProjectCommand* command);

// Whether two projects hold the same data (ignoring ids, versions and times).
bool sameProjectContent(const Project& a, const Project& b);

} // namespace tollgate
