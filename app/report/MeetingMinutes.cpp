#include "report/MeetingMinutes.h"

#include "core/ListText.h"
#include "report/MeetingText.h"
#include "storage/Portfolio.h"

namespace tollgate
{

namespace
{

QString voteTally(const MinutesItem& item)
{
    return MeetingText::tr("Votes: %1 yes, %2 no, %3 abstain")
        .arg(item.yes)
        .arg(item.no)
        .arg(item.abstain);
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : MeetingText::tr("no date");
}

} // namespace

MeetingMinutes buildMinutes(const Meeting& meeting, const QHash<qint64, QString>& projectNames)
{
    MeetingMinutes minutes;
    minutes.title = meeting.title;
    minutes.date = meeting.date;
    minutes.attendees = meeting.attendees;
    minutes.status = meeting.status;
    for (qsizetype i = 0; i < meeting.agenda.size(); ++i) {
        const AgendaItem& agendaItem = meeting.agenda.at(i);
        MinutesItem item;
        item.number = static_cast<int>(i) + 1;
        item.projectId = agendaItem.projectId;
        item.projectName = projectNames.value(
            agendaItem.projectId, MeetingText::tr("Project %1").arg(agendaItem.projectId));
        item.decision = agendaItem.decision;
        item.conditions = agendaItem.conditions;
        item.notes = agendaItem.notes;
        // Attendees in the meeting's order first; votes by people no longer listed after them.
        QStringList voters = meeting.attendees;
        for (auto v = agendaItem.votes.constBegin(); v != agendaItem.votes.constEnd(); ++v) {
            if (!voters.contains(v.key()))
                voters << v.key();
        }
        for (const QString& name : std::as_const(voters)) {
            const auto v = agendaItem.votes.constFind(name);
            if (v == agendaItem.votes.constEnd()) {
                item.notVoted << name;
                continue;
            }
            item.votes.append({name, *v});
            item.yes += *v == Vote::Yes;
            item.no += *v == Vote::No;
            item.abstain += *v == Vote::Abstain;
        }
        minutes.items.append(item);
    }
    return minutes;
}

Result<QHash<qint64, ProjectSummary>> summariesById(const Portfolio& portfolio)
{
    ProjectFilter everything;
    everything.includeArchived = true;
    Result<QList<ProjectSummary>> summaries = portfolio.projectSummaries(everything);
    if (!summaries)
        return summaries.error();
    QHash<qint64, ProjectSummary> byId;
    byId.reserve(summaries->size());
    for (ProjectSummary& s : *summaries)
        byId.insert(s.id, std::move(s));
    return byId;
}

MeetingMinutes buildMinutes(const Meeting& meeting, const QHash<qint64, ProjectSummary>& projects)
{
    QHash<qint64, QString> names;
    for (const AgendaItem& item : meeting.agenda) {
        const auto p = projects.constFind(item.projectId);
        if (p != projects.constEnd())
            names.insert(item.projectId, p->name);
    }
    return buildMinutes(meeting, names);
}

Result<MeetingMinutes> minutesOf(const Portfolio& portfolio, qint64 meetingId,
                                 QHash<qint64, ProjectSummary>* projects)
{
    const Result<Meeting> meeting = portfolio.meeting(meetingId);
    if (!meeting)
        return meeting.error();
    Result<QHash<qint64, ProjectSummary>> read = summariesById(portfolio);
    if (!read)
        return read.error();
    const MeetingMinutes minutes = buildMinutes(*meeting, *read);
    if (projects)
        *projects = std::move(read).value();
    return minutes;
}

QString minutesText(const MeetingMinutes& minutes)
{
    QString text;
    text += MeetingText::tr("Minutes: %1").arg(minutes.title) + u'\n';
    text += MeetingText::tr("Date: %1").arg(dateText(minutes.date)) + u'\n';
    text += MeetingText::tr("Status: %1").arg(MeetingText::status(minutes.status)) + u'\n';
    text += MeetingText::tr("Attendees: %1")
                .arg(minutes.attendees.isEmpty() ? MeetingText::tr("none recorded")
                                                 : ListText::names(minutes.attendees)) +
            u'\n';
    if (minutes.items.isEmpty())
        text += u'\n' + MeetingText::tr("The agenda was empty.") + u'\n';
    for (const MinutesItem& item : minutes.items) {
        text += u'\n' + QStringLiteral("%1. %2").arg(item.number).arg(item.projectName) + u'\n';
        text += QStringLiteral("   ") +
                MeetingText::tr("Decision: %1").arg(MeetingText::decision(item.decision)) + u'\n';
        text += QStringLiteral("   ") + voteTally(item) + u'\n';
        for (const auto& [name, vote] : item.votes)
            text += QStringLiteral("     %1: %2").arg(name, MeetingText::vote(vote)) + u'\n';
        if (!item.notVoted.isEmpty()) {
            text += QStringLiteral("   ") +
                    MeetingText::tr("Did not vote: %1").arg(ListText::names(item.notVoted)) + u'\n';
        }
        if (!item.conditions.isEmpty())
            text += QStringLiteral("   ") + MeetingText::tr("Conditions: %1").arg(item.conditions) +
                    u'\n';
        if (!item.notes.isEmpty())
            text += QStringLiteral("   ") + MeetingText::tr("Notes: %1").arg(item.notes) + u'\n';
    }
    return text;
}

QString minutesHtml(const MeetingMinutes& minutes)
{
    const auto esc = [](const QString& s) {
        return s.toHtmlEscaped();
    };
    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(esc(MeetingText::tr("Minutes")));
    html += QStringLiteral("<p>%1<br/>%2<br/>%3</p>")
                .arg(esc(MeetingText::tr("Meeting: %1").arg(minutes.title)),
                     esc(MeetingText::tr("Date: %1").arg(dateText(minutes.date))),
                     esc(MeetingText::tr("Attendees: %1").arg(ListText::names(minutes.attendees))));
    if (minutes.items.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(MeetingText::tr("The agenda was empty.")));
    for (const MinutesItem& item : minutes.items) {
        html += QStringLiteral("<h3>%1. %2</h3>").arg(item.number).arg(esc(item.projectName));
        html +=
            QStringLiteral("<p><b>%1</b><br/>%2</p>")
                .arg(esc(MeetingText::tr("Decision: %1").arg(MeetingText::decision(item.decision))),
                     esc(voteTally(item)));
        if (!item.votes.isEmpty()) {
            html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">");
            for (const auto& [name, vote] : item.votes) {
                html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                            .arg(esc(name), esc(MeetingText::vote(vote)));
            }
            html += QStringLiteral("</table>");
        }
        if (!item.notVoted.isEmpty()) {
            html +=
                QStringLiteral("<p>%1</p>")
                    .arg(esc(
                        MeetingText::tr("Did not vote: %1").arg(ListText::names(item.notVoted))));
        }
        if (!item.conditions.isEmpty())
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(MeetingText::tr("Conditions: %1").arg(item.conditions)));
        if (!item.notes.isEmpty())
            html +=
                QStringLiteral("<p>%1</p>").arg(esc(MeetingText::tr("Notes: %1").arg(item.notes)));
    }
    return html;
}

} // namespace tollgate
