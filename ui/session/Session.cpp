#include "session/Session.h"

namespace tollgate
{

Session::Session(std::unique_ptr<Portfolio> portfolio, const QString& analyst, QObject* parent)
    : QObject(parent), m_portfolio(std::move(portfolio)), m_undoStack(new QUndoStack(this)),
      m_analyst(analyst)
{
}

Session::~Session() = default;

void Session::setAnalyst(const QString& analyst)
{
    if (analyst == m_analyst)
        return;
    m_analyst = analyst;
    emit analystChanged(analyst);
}

void Session::notifyProjectChanged(qint64 projectId)
{
    emit projectChanged(projectId);
}

void Session::notifyProjectRemoved(qint64 projectId)
{
    emit projectRemoved(projectId);
}

void Session::notifyProjectsReset()
{
    emit projectsReset();
}

qint64 Session::currentProjectId(qint64 firstId) const
{
    return m_projectIds.value(firstId, firstId);
}

void Session::setCurrentProjectId(qint64 firstId, qint64 currentId)
{
    if (firstId == currentId)
        m_projectIds.remove(firstId);
    else
        m_projectIds.insert(firstId, currentId);
}

void Session::followProject(QObject* view, std::function<qint64()> shownProject,
                            std::function<void()> reload, std::function<void()> removed)
{
    connect(this, &Session::projectChanged, view, [shownProject, reload](qint64 id) {
        if (id == shownProject())
            reload();
    });
    connect(this, &Session::projectRemoved, view, [shownProject, removed](qint64 id) {
        if (id == shownProject())
            removed();
    });
    connect(this, &Session::projectsReset, view, [reload] { reload(); });
}

} // namespace tollgate
