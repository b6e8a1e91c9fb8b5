#pragma once

#include "storage/Portfolio.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QUndoStack>

#include <functional>

#include <memory>

namespace tollgate
{

// One open database as the widgets see it: the Portfolio, the undo stack every edit goes
// through, and the analyst who is editing. Widgets never keep their own Portfolio; they hold
// a Session and listen to its signals, so an edit made in one view refreshes the others.
class Session : public QObject
{
    Q_OBJECT
public:
    Session(std::unique_ptr<Portfolio> portfolio, const QString& analyst,
            QObject* parent = nullptr);
    ~Session() override;

    Portfolio& portfolio() const { return *m_portfolio; }
    QUndoStack* undoStack() const { return m_undoStack; }
    QString analyst() const { return m_analyst; }
    void setAnalyst(const QString& analyst);

    // Called by the undo commands after an edit (or its undo) was stored.
    void notifyProjectChanged(qint64 projectId);
    void notifyProjectRemoved(qint64 projectId);
    void notifyProjectsReset(); // many projects changed at once: import, template change

    // Undoing a deletion (or redoing a creation) stores the project again under a new id.
    // Undo commands keep the id they first saw and resolve it here to the current one.
    qint64 currentProjectId(qint64 firstId) const;
    void setCurrentProjectId(qint64 firstId, qint64 currentId);

    // Keeps a view of one project current for as long as `view` lives: `reload` when the
    // project it shows (`shownProject()`) changed or many projects did, `removed` when that
    // project was deleted.
    void followProject(QObject* view, std::function<qint64()> shownProject,
                       std::function<void()> reload, std::function<void()> removed);

signals:
    void projectChanged(qint64 projectId); // the project or one of its scorecards changed
    void projectRemoved(qint64 projectId);
    void projectsReset();
    void analystChanged(const QString& analyst);

private:
    std::unique_ptr<Portfolio> m_portfolio;
    QUndoStack* m_undoStack;
    QString m_analyst;
    QHash<qint64, qint64> m_projectIds; // first id -> current id, only for re-created projects
};

} // namespace tollgate
