#pragma once

#include "core/Result.h"
#include "domain/Meeting.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace tollgate
{

class Portfolio;
struct ProjectSummary;

// One agenda item as the minutes record it: the project by name, what was decided, and each
// attendee's vote in the order the attendees are listed.
struct MinutesItem {
    int number = 0; // 1-based agenda number
    qint64 projectId = 0;
    QString projectName;
    Decision decision = Decision::None;
    QList<QPair<QString, Vote>> votes; // attendees who voted, in attendee order
    QStringList notVoted;              // attendees with no recorded vote
    int yes = 0;
    int no = 0;
    int abstain = 0;
    QString conditions;
    QString notes;
};

// The minutes of a meeting: plain, structured, generated only from what was recorded.
struct MeetingMinutes {
    QString title;
    QDate date;
    QStringList attendees;
    MeetingStatus status = MeetingStatus::Planned;
    QList<MinutesItem> items;
};

// `projectNames` maps project ids to names; a project missing from it is named by its id.
MeetingMinutes buildMinutes(const Meeting& meeting, const QHash<qint64, QString>& projectNames);
// The minutes of a stored meeting, with its projects' names read from the portfolio. The
// projects read for them are left in `projects` when given (the meeting pack shows more of them).
Result<MeetingMinutes> minutesOf(const Portfolio& portfolio, qint64 meetingId,
                                 QHash<qint64, ProjectSummary>* projects = nullptr);
// Every project's summary (archived ones too), by id: names for the minutes, standing for the
// pack. One read of the project table, however long the agenda.
Result<QHash<qint64, ProjectSummary>> summariesById(const Portfolio& portfolio);
MeetingMinutes buildMinutes(const Meeting& meeting, const QHash<qint64, ProjectSummary>& projects);

// Plain text, one block per item, in the user's language.
QString minutesText(const MeetingMinutes& minutes);
// An HTML fragment (all user text escaped) for the meeting pack and the minutes view.
QString minutesHtml(const MeetingMinutes& minutes);

} // namespace tollgate
