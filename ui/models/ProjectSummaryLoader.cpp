#include "models/ProjectSummaryLoader.h"

#include "core/Clock.h"
#include "scoring/ProjectEvaluation.h"

namespace tollgate
{

Result<ProjectSummary> loadProjectSummary(const Portfolio& portfolio, qint64 id)
{
    const Result<Project> project = portfolio.project(id);
    if (!project)
        return project.error();
    const Result<QList<Scorecard>> scorecards = portfolio.scorecards(id);
    if (!scorecards)
        return scorecards.error();
    const Result<Template> t = portfolio.currentTemplate();
    if (!t)
        return t.error();
    const ProjectEvaluation pe = evaluateProject(*t, *project, *scorecards, Clock::currentYear());

    ProjectSummary s;
    s.id = project->id;
    s.name = project->name;
    s.segmentKey = project->segmentKey;
    s.stage = project->stage;
    s.city = project->city;
    s.tags = project->tags;
    s.description = project->description;
    s.leadAnalyst = project->leadAnalyst;
    s.market = pe.evaluation.market;
    s.cost = pe.evaluation.cost;
    s.composite = pe.evaluation.composite;
    s.verdict = pe.evaluation.verdict;
    s.redFlags = pe.evaluation.redFlags;
    if (pe.primary)
        s.tamCny = pe.primary->market.tamCny;
    s.costModelGiven = pe.evaluation.costModelGiven;
    s.yearsToProfitableCost = pe.evaluation.yearsToProfitableCost;
    s.updated = project->updated;
    s.archived = project->archived;
    return s;
}

} // namespace tollgate
