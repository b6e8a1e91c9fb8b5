#include "storage/ViewerEvaluations.h"

#include "core/Clock.h"
#include "scoring/BlindScoring.h"
#include "scoring/ProjectEvaluation.h"
#include "storage/Database.h"
#include "storage/ProjectRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/TemplateRepository.h"

namespace tollgate
{

namespace
{

// The projects whose other scorecards are hidden from `viewer`: those where the viewer's
// latest scorecard is a draft, with the viewer's own scorecards of each.
Result<QHash<qint64, QList<Scorecard>>> draftsOf(Database& db, const QString& viewer)
{
    Result<QList<Scorecard>> own = ScorecardRepository(db).byAnalyst(viewer);
    if (!own)
        return own.error();
    QHash<qint64, QList<Scorecard>> byProject;
    for (const Scorecard& s : std::as_const(*own))
        byProject[s.projectId].append(s);
    for (auto it = byProject.begin(); it != byProject.end();) {
        if (hasDraft(*it, viewer))
            ++it;
        else
            it = byProject.erase(it);
    }
    return byProject;
}

} // namespace

Result<QHash<qint64, CachedEvaluation>> evaluationsSeenBy(Database& db, const QString& viewer)
{
    QHash<qint64, CachedEvaluation> seen;
    if (viewer.isEmpty())
        return seen;
    Result<QString> blind =
        SettingsRepository(db).value(SettingKey::BlindScoring, QStringLiteral("0"));
    if (!blind)
        return blind.error();
    if (*blind != QStringLiteral("1"))
        return seen;
    Result<QHash<qint64, QList<Scorecard>>> drafts = draftsOf(db, viewer);
    if (!drafts)
        return drafts.error();
    if (drafts->isEmpty())
        return seen;
    Result<Template> t = TemplateRepository(db).current();
    if (!t)
        return t.error();
    // Through the same function the storage caches project rows with.
    const int year = Clock::currentYear();
    for (auto it = drafts->cbegin(); it != drafts->cend(); ++it) {
        Result<Project> project = ProjectRepository(db).byId(it.key());
        if (!project)
            return project.error();
        seen.insert(it.key(),
                    cachedEvaluation(evaluateProject(*t, *project, *it, year), t->id, year));
    }
    return seen;
}

} // namespace tollgate
