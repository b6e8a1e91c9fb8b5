#include "storage/EvaluationCache.h"

#include "core/Clock.h"
#include "scoring/ProjectEvaluation.h"
#include "storage/ProjectRepository.h"
#include "storage/Rescoring.h"
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
    return rescoreAll(m_db);
}

} // namespace tollgate
