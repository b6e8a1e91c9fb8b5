#pragma once

#include "core/Result.h"
#include "domain/Meeting.h"
#include "domain/Project.h"
#include "domain/Scorecard.h"
#include "domain/Segment.h"
#include "domain/Template.h"
#include "scoring/CostModel.h"
#include "scoring/ProjectEvaluation.h"
#include "storage/Portfolio.h"

#include <QList>
#include <QString>

#include <optional>

namespace tollgate
{

// One decision a meeting recorded about the project, for the memo's decision history.
struct MemoDecision {
    qint64 meetingId = 0;
    QString meetingTitle;
    QDate date;
    MeetingStatus status = MeetingStatus::Planned;
    QStringList attendees;
    AgendaItem item; // decision, votes, conditions and notes
};

// Everything one project's memo shows, read from the portfolio in one go so that laying it out
// touches no database (and a meeting pack can gather several before printing any).
struct MemoData {
    Project project;
    std::optional<Segment> segment; // nullopt when the key is not in the segment list
    Template scoringTemplate;       // the template the project is evaluated against
    QList<Scorecard> scorecards;    // every scorecard, oldest first
    QList<Scorecard> latest;        // each analyst's latest, by analyst (what the aggregate uses)
    ProjectEvaluation standing;     // aggregate, evaluation, primary scorecard
    std::optional<CostParams> costParams; // the primary scorecard's cost inputs, when valid
    QString costInputsProblem;            // why the given cost inputs were refused, else empty
    QList<ProjectSummary> segmentPeers;   // the projects of the same segment, for the matrix
    QList<Segment> segments;              // the full list, for the matrix's colours
    QList<MemoDecision> decisions;        // oldest meeting first
    int asOfYear = 0;                     // the year the fund-end comparisons are made in

    // Years from asOfYear to the fund's end, when the project names a fund end year.
    std::optional<double> fundYearsLeft() const;
};

// Reads the project, its scorecards, the current template, its segment's peers and every
// meeting that had it on the agenda. An unknown id is ErrorKind::NotFound.
Result<MemoData> gatherMemoData(const Portfolio& portfolio, qint64 projectId, int asOfYear);

// The same from data already in hand (tests, and callers that hold the objects): evaluates the
// project and fills the derived fields.
MemoData makeMemoData(const Project& project, const QList<Scorecard>& scorecards,
                      const Template& scoringTemplate, const QList<Segment>& segments,
                      const QList<ProjectSummary>& segmentPeers, const QList<Meeting>& meetings,
                      int asOfYear);

} // namespace tollgate
