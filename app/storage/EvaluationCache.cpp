#include "storage/EvaluationCache.h"

#include "core/Clock.h"
#include "scoring/ProjectEvaluation.h"
#include "storage/ProjectRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/TemplateRepository.h"

namespace tollgate
{

Status EvaluationCache::refresh(qint64 projectId)
{
    Result<Template> t = TemplateRepository(m_db).current();
    if (!t)
        return t.error();
    ProjectRepository projects(m_db);
    Result<Project> project = projects.byId(projectId);
    if (!project)
        return project.error();
    Result<QList<Scorecard>> scorecards = ScorecardRepository(m_db).forProject(projectId);
    if (!scorecards)
        return scorecards.error();
    const int year = Clock::currentYear();
    const ProjectEvaluation e = evaluateProject(*t, *project, *scorecards, year);
    return projects.writeEvaluation(projectId, cachedEvaluation(e, t->id, year));
}

Result<int> EvaluationCache::refreshAll()
{
    Result<Template> t = TemplateRepository(m_db).current();
    if (!t)
        return t.error();
    ProjectRepository projects(m_db);
    Result<QList<Project>> all = projects.allForEvaluation();
    if (!all)
        return all.error();
    Result<QHash<qint64, QList<Scorecard>>> scorecards =
        ScorecardRepository(m_db).allForEvaluation();
    if (!scorecards)
        return scorecards.error();
    Result<QHash<qint64, CachedEvaluation>> cached = projects.evaluations();
    if (!cached)
        return cached.error();

    const int year = Clock::currentYear();
    const QList<Scorecard> none;
    int changed = 0;
    for (const Project& p : std::as_const(*all)) {
        const auto own = scorecards->constFind(p.id);
        const ProjectEvaluation e =
            evaluateProject(*t, p, own == scorecards->constEnd() ? none : *own, year);
        const CachedEvaluation fresh = cachedEvaluation(e, t->id, year);
        if (cached->value(p.id) == fresh)
            continue;
        if (Status written = projects.writeEvaluation(p.id, fresh); !written)
            return written.error();
        ++changed;
    }
    return changed;
}

} // namespace tollgate
