#include "scorecard/ScorecardCommands.h"

#include "scorecard/ScorecardContent.h"
#include "session/Session.h"

#include <QCoreApplication>

namespace tollgate
{

namespace
{

class CommandText
{
    Q_DECLARE_TR_FUNCTIONS(ScorecardCommands)
};

Error changedElsewhere()
{
    return Error::of(ErrorKind::Conflict,
                     CommandText::tr("This scorecard was changed in another window or by "
                                     "another analyst since it was opened."));
}

} // namespace

std::shared_ptr<ScorecardHandle> ScorecardHandles::forId(qint64 id)
{
    std::shared_ptr<ScorecardHandle> found;
    QList<std::weak_ptr<ScorecardHandle>> live;
    for (const std::weak_ptr<ScorecardHandle>& weak : std::as_const(m_handles)) {
        std::shared_ptr<ScorecardHandle> handle = weak.lock();
        if (!handle)
            continue; // nobody holds it any more
        live.append(weak);
        if (!found && id != 0 && handle->id == id)
            found = handle;
    }
    m_handles = live;
    if (!found) {
        found = std::make_shared<ScorecardHandle>();
        found->id = id;
        m_handles.append(found);
    }
    return found;
}

AddScorecardCommand::AddScorecardCommand(std::shared_ptr<const ScorecardCommandContext> context,
                                         std::shared_ptr<ScorecardHandle> handle,
                                         const Scorecard& scorecard, const QString& text)
    : m_context(std::move(context)), m_handle(std::move(handle)), m_scorecard(scorecard)
{
    setText(text);
    m_scorecard.id = 0;
    m_scorecard.rowVersion = 0;
}

void AddScorecardCommand::redo()
{
    Session* session = m_context->session;
    Result<qint64> id = session->portfolio().addScorecard(m_scorecard, session->analyst());
    if (!id.ok()) {
        m_context->reportError(id.error());
        setObsolete(true);
    } else {
        m_handle->id = *id;
    }
    session->notifyProjectChanged(m_scorecard.projectId);
}

void AddScorecardCommand::undo()
{
    Session* session = m_context->session;
    Portfolio& portfolio = session->portfolio();
    Result<Scorecard> stored = portfolio.scorecard(m_handle->id);
    if (stored.ok() && !sameContent(*stored, m_scorecard) &&
        m_context->resolveConflict(*stored, changedElsewhere()) == ConflictChoice::Reload) {
        setObsolete(true);
        session->notifyProjectChanged(m_scorecard.projectId);
        return;
    }
    if (stored.ok()) {
        const Status removed = portfolio.deleteScorecard(m_handle->id, session->analyst());
        if (!removed.ok()) {
            m_context->reportError(removed.error());
            setObsolete(true);
        }
    }
    m_handle->id = 0;
    session->notifyProjectChanged(m_scorecard.projectId);
}

UpdateScorecardCommand::UpdateScorecardCommand(
    std::shared_ptr<const ScorecardCommandContext> context, std::shared_ptr<ScorecardHandle> handle,
    const Scorecard& before, const Scorecard& after, const QString& text, const QString& mergeKey)
    : m_context(std::move(context)), m_handle(std::move(handle)), m_before(before), m_after(after),
      m_mergeKey(mergeKey)
{
    setText(text);
}

void UpdateScorecardCommand::redo()
{
    apply(m_before, m_after);
}

void UpdateScorecardCommand::undo()
{
    apply(m_after, m_before);
}

int UpdateScorecardCommand::id() const
{
    // One id for every scorecard update: mergeWith() decides by the merge key.
    return 0x5C0E;
}

bool UpdateScorecardCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const UpdateScorecardCommand*>(other);
    if (!next || m_mergeKey.isEmpty() || next->m_mergeKey != m_mergeKey ||
        next->m_handle != m_handle || next->isObsolete())
        return false;
    m_after = next->m_after;
    return true;
}

void UpdateScorecardCommand::apply(const Scorecard& expected, const Scorecard& target)
{
    Session* session = m_context->session;
    Portfolio& portfolio = session->portfolio();
    const qint64 projectId = target.projectId;

    // Two tries at most: the second only after the user chose to overwrite a change that
    // slipped in between reading the row version and writing.
    for (int attempt = 0; attempt < 2; ++attempt) {
        Result<Scorecard> stored = portfolio.scorecard(m_handle->id);
        if (!stored.ok()) {
            m_context->reportError(stored.error());
            setObsolete(true);
            break;
        }
        if (sameContent(*stored, target))
            break; // already says what this step wants: nothing to store, nothing to audit
        if (attempt == 0 && !sameContent(*stored, expected) &&
            m_context->resolveConflict(*stored, changedElsewhere()) == ConflictChoice::Reload) {
            setObsolete(true);
            break;
        }
        Scorecard write = target;
        write.id = stored->id;
        write.rowVersion = stored->rowVersion;
        const Status status = portfolio.updateScorecard(write, session->analyst());
        if (status.ok())
            break;
        if (status.error().kind == ErrorKind::Conflict && attempt == 0 &&
            m_context->resolveConflict(*stored, status.error()) == ConflictChoice::Overwrite)
            continue;
        if (status.error().kind != ErrorKind::Conflict)
            m_context->reportError(status.error());
        setObsolete(true);
        break;
    }
    session->notifyProjectChanged(projectId);
}

} // namespace tollgate
