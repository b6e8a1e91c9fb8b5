#include "models/ProjectSummaryLoader.h"

#include "core/Clock.h"
#include "scoring/ProjectEvaluation.h"
#include "storage/CachedEvaluation.h"

namespace tollgate
{

Result<ProjectSummary> loadProjectSummary(const Portfolio& portfolio, qint64 id,
                                          const QString& viewer)
{
    const Result<Project> project = portfolio.project(id);
    if (!project)
        return project.error();
    const Result<QList<Scorecard>> scorecards = portfolio.scorecards(id, viewer);
    if (!scorecards)
        return scorecards.error();
    const Result<Template> t = portfolio.currentTemplate();
    if (!t)
        return t.error();
    // The same fields the storage caches in the project row, from the same function.
    const CachedEvaluation e =
        cachedEvaluation(evaluateProject(*t, *project, *scorecards, Clock::currentYear()), t->id,
                         Clock::currentYear());

    ProjectSummary s;
    s.id = project->id;
    s.name = project->name;
    s.segmentKey = project->segmentKey;
    s.stage = project->stage;
    s.city = project->city;
    s.tags = project->tags;
    s.description = project->description;
    s.leadAnalyst = project->leadAnalyst;
    setEvaluatedFields(s, e);
    s.updated = project->updated;
    s.archived = project->archived;
    return s;
}

} // namespace tollgate
