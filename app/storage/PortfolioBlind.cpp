// The reads of Portfolio that take a viewing analyst (blind scoring, storage/Portfolio.h).

#include "storage/Portfolio.h"

#include "core/Clock.h"
#include "scoring/BlindScoring.h"
#include "scoring/ProjectEvaluation.h"
#include "storage/CachedEvaluation.h"
#include "storage/Database.h"
#include "storage/ProjectRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/TemplateRepository.h"

#include <QHash>

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

// The evaluated fields of a summary replaced by those of the viewer's own scorecards, through
// the same function the storage caches project rows with.
Status evaluateOwn(Database& db, const Template& t, const QList<Scorecard>& own,
                   ProjectSummary& summary)
{
    Result<Project> project = ProjectRepository(db).byId(summary.id);
    if (!project)
        return project.error();
    const int year = Clock::currentYear();
    setEvaluatedFields(summary,
                       cachedEvaluation(evaluateProject(t, *project, own, year), t.id, year));
    return {};
}

bool keeps(const ProjectFilter& filter, const ProjectSummary& s)
{
    return !filter.verdict || s.verdict == *filter.verdict;
}

} // namespace

Result<bool> Portfolio::blindScoring() const
{
    Result<QString> stored =
        SettingsRepository(*m_db).value(SettingKey::BlindScoring, QStringLiteral("0"));
    if (!stored)
        return stored.error();
    return *stored == QStringLiteral("1");
}

Result<QList<Scorecard>> Portfolio::scorecards(qint64 projectId, const QString& viewer) const
{
    Result<QList<Scorecard>> all = scorecards(projectId);
    if (!all || viewer.isEmpty())
        return all;
    Result<bool> blind = blindScoring();
    if (!blind)
        return blind.error();
    return *blind ? visibleTo(*all, viewer) : *all;
}

Result<bool> Portfolio::othersHiddenFrom(qint64 projectId, const QString& viewer) const
{
    Result<QList<Scorecard>> all = scorecards(projectId);
    if (!all)
        return all.error();
    Result<bool> blind = blindScoring();
    if (!blind)
        return blind.error();
    return *blind && !viewer.isEmpty() && hasDraft(*all, viewer);
}

Result<QList<ProjectSummary>> Portfolio::projectSummaries(const ProjectFilter& filter,
                                                          const QString& viewer) const
{
    Result<bool> blind = blindScoring();
    if (!blind)
        return blind.error();
    if (!*blind || viewer.isEmpty())
        return projectSummaries(filter);
    Database& db = *m_db;
    Result<QHash<qint64, QList<Scorecard>>> drafts = draftsOf(db, viewer);
    if (!drafts)
        return drafts.error();
    if (drafts->isEmpty())
        return projectSummaries(filter);
    // A verdict filter applies to what the viewer sees, so it runs after the re-evaluation.
    ProjectFilter wider = filter;
    wider.verdict.reset();
    Result<QList<ProjectSummary>> summaries = projectSummaries(wider);
    if (!summaries)
        return summaries;
    Result<Template> t = TemplateRepository(db).current();
    if (!t)
        return t.error();
    QList<ProjectSummary> shown;
    shown.reserve(summaries->size());
    for (ProjectSummary& s : *summaries) {
        const auto own = drafts->constFind(s.id);
        if (own != drafts->constEnd()) {
            if (Status evaluated = evaluateOwn(db, *t, *own, s); !evaluated)
                return evaluated.error();
        }
        if (keeps(filter, s))
            shown.append(std::move(s));
    }
    return shown;
}

} // namespace tollgate
