#include "report/MeetingPack.h"

#include "report/MeetingText.h"
#include "scoring/ScorecardOrder.h"
#include "storage/Portfolio.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

#include <algorithm>

namespace tollgate
{

namespace
{

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString scoreText(const std::optional<double>& score)
{
    return score ? QString::number(*score, 'f', 1) : QStringLiteral("—");
}

QString pageBreak()
{
    return QStringLiteral("<div style=\"page-break-before: always\"></div>");
}

QString coverHtml(const MeetingMinutes& minutes, const QString& fundName)
{
    QString html;
    if (!fundName.isEmpty())
        html += QStringLiteral("<p align=\"center\">%1</p>").arg(esc(fundName));
    html += QStringLiteral("<p align=\"center\"><i>%1</i></p>")
                .arg(esc(MeetingText::tr("Meeting pack — Confidential")));
    html += QStringLiteral("<h1 align=\"center\">%1</h1>").arg(esc(minutes.title));
    html += QStringLiteral("<p align=\"center\">%1</p>")
                .arg(esc(minutes.date.isValid() ? minutes.date.toString(Qt::ISODate)
                                                : MeetingText::tr("no date")));
    html += QStringLiteral("<p align=\"center\">%1</p>")
                .arg(esc(MeetingText::tr("Attendees: %1")
                             .arg(minutes.attendees.join(QStringLiteral(", ")))));
    html += QStringLiteral("<p align=\"center\">%1</p>")
                .arg(esc(MeetingText::tr("Status: %1").arg(MeetingText::status(minutes.status))));
    return html;
}

QString agendaHtml(const MeetingMinutes& minutes, const QHash<qint64, ProjectSummary>& projects)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(MeetingText::tr("Agenda")));
    if (minutes.items.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(esc(MeetingText::tr("The agenda is empty.")));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                           "width=\"100%\"><tr><th>#</th><th>%1</th><th>%2</th><th>%3</th>"
                           "<th>M</th><th>C</th><th>%4</th></tr>")
                .arg(esc(MeetingText::tr("Project")), esc(MeetingText::tr("Segment")),
                     esc(MeetingText::tr("Verdict")), esc(MeetingText::tr("Decision")));
    for (const MinutesItem& item : minutes.items) {
        const ProjectSummary p = projects.value(item.projectId);
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                               "<td>%6</td><td>%7</td></tr>")
                    .arg(item.number)
                    .arg(esc(item.projectName), esc(p.segmentKey), esc(verdictKey(p.verdict)),
                         scoreText(p.market), scoreText(p.cost),
                         esc(MeetingText::decision(item.decision)));
    }
    return html + QStringLiteral("</table>");
}

// How the scores moved between the project's latest scorecard and the same analyst's one before
// it: for a holding re-screened at a review, what changed since the last review. Empty when that
// analyst has no earlier scorecard.
QString scoreMovementHtml(const QList<Scorecard>& scorecards)
{
    const Scorecard* latest = nullptr;
    for (const Scorecard& s : scorecards) {
        if (!latest || isLaterScreening(s, *latest))
            latest = &s;
    }
    const Scorecard* previous = nullptr;
    for (const Scorecard& s : scorecards) {
        if (latest && s.analyst == latest->analyst && s.date < latest->date &&
            (!previous || isLaterScreening(s, *previous)))
            previous = &s;
    }
    if (!latest || !previous)
        return {};
    QString html = QStringLiteral("<p><b>%1</b></p>")
                       .arg(esc(MeetingText::tr("Scores by %1 on %2 against their screening of %3")
                                    .arg(latest->analyst, latest->date.toString(Qt::ISODate),
                                         previous->date.toString(Qt::ISODate))));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>");
    QString before;
    QString after;
    // The market question first, as the scored form shows it.
    QStringList keys = latest->entries.keys();
    std::stable_partition(keys.begin(), keys.end(),
                          [](const QString& key) { return key.startsWith(u'M'); });
    for (const QString& key : std::as_const(keys)) {
        const std::optional<int> old = previous->score(key);
        const std::optional<int> now = latest->score(key);
        html += QStringLiteral("<th>%1</th>").arg(esc(key));
        before +=
            QStringLiteral("<td>%1</td>").arg(old ? QString::number(*old) : QStringLiteral("—"));
        QString cell = now ? QString::number(*now) : QStringLiteral("—");
        if (old && now && *old != *now)
            cell += QStringLiteral(" (%1%2)")
                        .arg(*now > *old ? QStringLiteral("+") : QString())
                        .arg(*now - *old);
        after += QStringLiteral("<td>%1</td>").arg(cell);
    }
    html += QStringLiteral("</tr><tr>%1</tr><tr>%2</tr></table>").arg(before, after);
    return html;
}

} // namespace

Result<QString> summaryMemoSection(const Portfolio& portfolio, const ProjectSummary& summary)
{
    const qint64 projectId = summary.id;
    const Result<Project> project = portfolio.project(projectId);
    if (!project)
        return project.error();
    QString html;
    html += QStringLiteral("<p>%1 · %2 · %3</p>")
                .arg(esc(project->segmentKey), esc(stageKey(project->stage)),
                     esc(project->city.isEmpty() ? QStringLiteral("—") : project->city));
    html += QStringLiteral("<p><b>%1</b> — M %2 · C %3 · %4 %5</p>")
                .arg(esc(MeetingText::tr("Verdict: %1").arg(verdictKey(summary.verdict))),
                     scoreText(summary.market), scoreText(summary.cost),
                     esc(MeetingText::tr("composite")), scoreText(summary.composite));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(MeetingText::tr("Red flags: %1")
                             .arg(summary.redFlags.isEmpty()
                                      ? MeetingText::tr("none")
                                      : summary.redFlags.join(QStringLiteral(", ")))));
    if (!project->description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(project->description));
    const Result<QList<Scorecard>> scorecards = portfolio.scorecards(projectId);
    if (!scorecards)
        return scorecards.error();
    html += scoreMovementHtml(*scorecards);
    return html;
}

Result<QString> meetingPackHtml(const Portfolio& portfolio, qint64 meetingId,
                                const MeetingPackOptions& options)
{
    QHash<qint64, ProjectSummary> projects;
    const Result<MeetingMinutes> read = minutesOf(portfolio, meetingId, &projects);
    if (!read)
        return read.error();
    const MeetingMinutes& minutes = *read;

    QString html = QStringLiteral("<html><body>");
    html += coverHtml(minutes, options.fundName);
    html += pageBreak() + agendaHtml(minutes, projects);
    for (const MinutesItem& item : minutes.items) {
        html += pageBreak();
        html += QStringLiteral("<h2>%1. %2</h2>").arg(item.number).arg(esc(item.projectName));
        const MemoSection section = options.memoSection ? options.memoSection : summaryMemoSection;
        ProjectSummary summary = projects.value(item.projectId);
        summary.id = item.projectId;
        const Result<QString> memo = section(portfolio, summary);
        if (!memo)
            return memo.error();
        html += *memo;
    }
    html += pageBreak() + minutesHtml(minutes);
    html += QStringLiteral("</body></html>");
    return html;
}

Status writeMeetingPackPdf(const Portfolio& portfolio, qint64 meetingId, const QString& path,
                           const MeetingPackOptions& options)
{
    const Result<QString> html = meetingPackHtml(portfolio, meetingId, options);
    if (!html)
        return html.error();
    if (!QFileInfo(path).absoluteDir().exists()) {
        return Error::of(
            ErrorKind::Io,
            MeetingText::tr("Cannot write the meeting pack to %1: no such folder.").arg(path));
    }
    // A stale file of the same name must not pass for a written pack.
    if (QFile::exists(path) && !QFile::remove(path)) {
        return Error::of(ErrorKind::Io,
                         MeetingText::tr("Cannot replace %1 with the meeting pack.").arg(path));
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(MeetingText::tr("Meeting pack"));
    writer.setCreator(QStringLiteral("Tollgate"));
    QTextDocument document;
    // A CJK-capable family after the default one: Chinese names must render and stay
    // extractable as text in the PDF.
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("WenQuanYi Micro Hei")});
    font.setPointSize(10);
    document.setDefaultFont(font);
    document.setHtml(*html);
    document.print(&writer);
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0) {
        return Error::of(ErrorKind::Io,
                         MeetingText::tr("Cannot write the meeting pack to %1.").arg(path));
    }
    return {};
}

} // namespace tollgate
