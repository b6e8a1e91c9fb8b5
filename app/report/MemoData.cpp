#include "report/MemoData.h"

#include "scoring/Aggregation.h"

#include <algorithm>

namespace tollgate
{

namespace
{

// The decisions recorded for the project, one per meeting that had it on the agenda, oldest
// meeting first (meetings come by date, then id).
QList<MemoDecision> decisionsFor(qint64 projectId, const QList<Meeting>& meetings)
{
    QList<MemoDecision> decisions;
    for (const Meeting& meeting : meetings) {
        for (const AgendaItem& item : meeting.agenda) {
            if (item.projectId != projectId)
                continue;
            decisions.append(MemoDecision{meeting.id, meeting.title, meeting.date, meeting.status,
                                          meeting.attendees, item});
        }
    }
    std::stable_sort(decisions.begin(), decisions.end(),
                     [](const MemoDecision& a, const MemoDecision& b) { return a.date < b.date; });
    return decisions;
}

} // namespace

std::optional<double> MemoData::fundYearsLeft() const
{
    if (!project.fundEndYear)
        return std::nullopt;
    return double(*project.fundEndYear - asOfYear);
}

MemoData makeMemoData(const Project& project, const QList<Scorecard>& scorecards,
                      const Template& scoringTemplate, const QList<Segment>& segments,
                      const QList<ProjectSummary>& segmentPeers, const QList<Meeting>& meetings,
                      int asOfYear)
{
    MemoData data;
    data.project = project;
    data.scoringTemplate = scoringTemplate;
    data.scorecards = scorecards;
    data.latest = latestPerAnalyst(scorecards);
    data.standing = evaluateProject(scoringTemplate, project, scorecards, asOfYear);
    data.segments = segments;
    data.segmentPeers = segmentPeers;
    data.decisions = decisionsFor(project.id, meetings);
    data.asOfYear = asOfYear;
    for (const Segment& segment : segments)
        if (segment.key == project.segmentKey)
            data.segment = segment;
    if (data.standing.primary && !data.standing.primary->cost.isEmpty()) {
        const Result<CostParams> params = validateCostInputs(data.standing.primary->cost);
        if (params)
            data.costParams = *params;
        else
            data.costInputsProblem = params.error().message;
    }
    return data;
}

Result<MemoData> gatherMemoData(const Portfolio& portfolio, qint64 projectId, int asOfYear)
{
    const Result<Project> project = portfolio.project(projectId);
    if (!project)
        return project.error();
    const Result<QList<Scorecard>> scorecards = portfolio.scorecards(projectId);
    if (!scorecards)
        return scorecards.error();
    const Result<Template> scoringTemplate = portfolio.currentTemplate();
    if (!scoringTemplate)
        return scoringTemplate.error();
    const Result<QList<Segment>> segments = portfolio.segments();
    if (!segments)
        return segments.error();
    ProjectFilter peersFilter;
    peersFilter.segmentKey = project->segmentKey;
    peersFilter.includeArchived = project->archived;
    const Result<QList<ProjectSummary>> peers = portfolio.projectSummaries(peersFilter);
    if (!peers)
        return peers.error();
    const Result<QList<Meeting>> meetings = portfolio.meetings();
    if (!meetings)
        return meetings.error();
    return makeMemoData(*project, *scorecards, *scoringTemplate, *segments, *peers, *meetings,
                        asOfYear);
}

} // namespace tollgate
