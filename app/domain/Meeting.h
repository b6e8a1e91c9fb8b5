#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace tollgate {

enum class MeetingStatus { Planned, InProgress, Closed };
enum class Decision { None, Approve, Decline, Defer, MoreDiligence };
enum class Vote { Yes, No, Abstain };

QString meetingStatusKey(MeetingStatus s); // planned, in-progress, closed
std::optional<MeetingStatus> meetingStatusFromKey(const QString& key);
QString decisionKey(Decision d); // "", approve, decline, defer, more-diligence
std::optional<Decision> decisionFromKey(const QString& key);
QString voteKey(Vote v); // yes, no, abstain
std::optional<Vote> voteFromKey(const QString& key);

// One project on a meeting's agenda, with what the meeting decided about it.
struct AgendaItem {
    qint64 id = 0;
    qint64 projectId = 0;
    int position = 0;
    Decision decision = Decision::None;
    QString conditions;
    QString notes;
    QMap<QString, Vote> votes; // by attendee
};

// A portfolio review meeting (SPEC §2). Closed meetings are read-only.
struct Meeting {
    qint64 id = 0;
    QString title;
    QDate date;
    QStringList attendees;
    MeetingStatus status = MeetingStatus::Planned;
    QList<AgendaItem> agenda; // in agenda order
    int rowVersion = 0;
};

} // namespace tollgate
