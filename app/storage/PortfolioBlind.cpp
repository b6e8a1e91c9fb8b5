// The reads of Portfolio that take a viewing analyst (blind scoring, storage/Portfolio.h).

#include "storage/Portfolio.h"

#include "scoring/BlindScoring.h"
#include "storage/CachedEvaluation.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "storage/ViewerEvaluations.h"

#include <QHash>

namespace tollgate
{

namespace
{

bool keeps(const ProjectFilter& filter, const ProjectSummary& s)
{
    return !filter.verdict || s.verdict == *filter.verdict;
}

Status readDashboardAs(Database& db, const QString& viewer, DashboardKeys& keys,
                       const DashboardVisitor& visit)
{
    Result<QHash<qint64, CachedEvaluation>> seen = evaluationsSeenBy(db, viewer);
    if (!seen)
        return seen.error();
    return readDashboardRows(db, *seen, keys, visit);
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
    Result<QHash<qint64, CachedEvaluation>> seen = evaluationsSeenBy(*m_db, viewer);
    if (!seen)
        return seen.error();
    if (seen->isEmpty())
        return projectSummaries(filter);
    // A verdict filter applies to what the viewer sees, so it runs after the re-evaluation.
    ProjectFilter wider = filter;
    wider.verdict.reset();
    Result<QList<ProjectSummary>> summaries = projectSummaries(wider);
    if (!summaries)
        return summaries;
    QList<ProjectSummary> shown;
    shown.reserve(summaries->size());
    for (ProjectSummary& s : *summaries) {
        const auto own = seen->constFind(s.id);
        if (own != seen->constEnd())
            setEvaluatedFields(s, *own);
        if (keeps(filter, s))
            shown.append(std::move(s));
    }
    return shown;
}

Status Portfolio::readDashboard(const QString& viewer, DashboardKeys& keys,
                                const DashboardVisitor& visit) const
{
    return readDashboardAs(*m_db, viewer, keys, visit);
}

Status Portfolio::readDashboardFrom(const QString& path, const QString& viewer, DashboardKeys& keys,
                                    const DashboardVisitor& visit)
{
    Result<std::unique_ptr<Database>> db = connectionForReading(path);
    if (!db)
        return db.error();
    return readDashboardAs(**db, viewer, keys, visit);
}

} // namespace tollgate
