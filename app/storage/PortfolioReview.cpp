// The meeting outcomes that reach beyond the meeting's own record: a decision moving a project's
// stage, and the re-screening of a holding. Both are built on Portfolio's own edits, so they
// run in a transaction, check row versions and write the audit log like any other edit.
#include "storage/Portfolio.h"

#include "core/Clock.h"
#include "domain/DecisionStage.h"
#include "scoring/ScorecardOrder.h"
#include "storage/StorageText.h"

namespace tollgate
{

Result<Stage> Portfolio::applyDecisionStage(qint64 meetingId, qint64 projectId,
                                            const QString& analyst)
{
    const Result<Meeting> m = meeting(meetingId);
    if (!m)
        return m.error();
    const AgendaItem* item = nullptr;
    for (const AgendaItem& candidate : m->agenda) {
        if (candidate.projectId == projectId)
            item = &candidate;
    }
    if (!item) {
        return Error::of(ErrorKind::NotFound,
                         StorageText::tr("Project %1 is not on the agenda of “%2”.")
                             .arg(projectId)
                             .arg(m->title));
    }
    Result<Project> p = project(projectId);
    if (!p)
        return p.error();
    const std::optional<Stage> next = stageAfterDecision(item->decision, p->stage);
    if (!next) {
        return Error::at(
            QStringLiteral("decision"),
            StorageText::tr("The decision on “%1” does not change its stage.").arg(p->name));
    }
    p->stage = *next;
    if (Status updated = updateProject(*p, analyst); !updated)
        return updated.error();
    return *next;
}

Result<qint64> Portfolio::rescreen(qint64 projectId, const QString& analyst)
{
    const Result<Project> p = project(projectId);
    if (!p)
        return p.error();
    if (p->stage != Stage::Invested) {
        return Error::at(QStringLiteral("stage"),
                         StorageText::tr("Only invested projects are re-screened; “%1” is at "
                                         "the %2 stage.")
                             .arg(p->name, stageKey(p->stage)));
    }
    const Result<QList<Scorecard>> all = scorecards(projectId);
    if (!all)
        return all.error();
    const Scorecard* latest = nullptr;
    const Scorecard* latestOwn = nullptr;
    for (const Scorecard& s : *all) {
        if (!latest || isLaterScreening(s, *latest))
            latest = &s;
        if (s.analyst == analyst.trimmed() && (!latestOwn || isLaterScreening(s, *latestOwn)))
            latestOwn = &s;
    }
    Scorecard next;
    if (const Scorecard* base = latestOwn ? latestOwn : latest) {
        next = *base;
        next.templateId = 0; // re-screened on today's template
    }
    next.id = 0;
    next.projectId = projectId;
    next.analyst = analyst.trimmed();
    next.date = Clock::today();
    next.submitted = true;
    next.created = QDateTime();
    next.updated = QDateTime();
    next.rowVersion = 0;
    return addScorecard(next, analyst);
}

} // namespace tollgate
