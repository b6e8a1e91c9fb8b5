#pragma once

#include "core/Result.h"
#include "domain/Scorecard.h"

#include <QList>
#include <QUndoCommand>

#include <functional>
#include <memory>

namespace tollgate
{

class Session;

// Which stored scorecard a chain of undo commands works on. Undoing the command that created a
// scorecard deletes it and redoing it stores it again under a new id; every later command of
// that chain shares this handle, so it follows the new id.
struct ScorecardHandle {
    qint64 id = 0; // 0 while the scorecard is not stored
};

// Hands out one handle per stored scorecard, so commands created at different times for the
// same scorecard share it. Handles live as long as a command or the page holds them.
class ScorecardHandles
{
public:
    std::shared_ptr<ScorecardHandle> forId(qint64 id);

private:
    QList<std::weak_ptr<ScorecardHandle>> m_handles;
};

enum class ConflictChoice { Reload, Overwrite };

// What the commands need besides the Portfolio: who decides on a conflict (the scorecard was
// changed elsewhere since it was read) and who shows other errors. The page asks the user;
// tests answer directly.
struct ScorecardCommandContext {
    Session* session = nullptr;
    std::function<ConflictChoice(const Scorecard& stored, const Error& error)> resolveConflict;
    std::function<void(const Error& error)> reportError;
};

// Stores a new scorecard (the first edit of an analyst's screening, or "New screening");
// undo deletes it again.
class AddScorecardCommand : public QUndoCommand
{
public:
    AddScorecardCommand(std::shared_ptr<const ScorecardCommandContext> context,
                        std::shared_ptr<ScorecardHandle> handle, const Scorecard& scorecard,
                        const QString& text);
    void redo() override;
    void undo() override;

private:
    std::shared_ptr<const ScorecardCommandContext> m_context;
    std::shared_ptr<ScorecardHandle> m_handle;
    Scorecard m_scorecard;
};

// Changes a stored scorecard from `before` to `after`; undo changes it back. Each direction
// first checks that the stored scorecard still says what this command expects; if another
// window or process changed it meanwhile, the context decides: reload (this step is dropped)
// or overwrite. Consecutive commands with the same non-empty merge key fold into one step.
class UpdateScorecardCommand : public QUndoCommand
{
public:
    UpdateScorecardCommand(std::shared_ptr<const ScorecardCommandContext> context,
                           std::shared_ptr<ScorecardHandle> handle, const Scorecard& before,
                           const Scorecard& after, const QString& text,
                           const QString& mergeKey = QString());
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    void apply(const Scorecard& expected, const Scorecard& target);

    std::shared_ptr<const ScorecardCommandContext> m_context;
    std::shared_ptr<ScorecardHandle> m_handle;
    Scorecard m_before;
    Scorecard m_after;
    QString m_mergeKey;
};

} // namespace tollgate
