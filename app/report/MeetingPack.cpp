#include "report/MeetingPack.h"

#include "core/Clock.h"
#include "report/MeetingText.h"
#include "report/MemoDocument.h"
#include "report/MemoFile.h"
#include "report/MemoPdfWriter.h"
#include "scoring/ScorecardOrder.h"
#include "storage/Portfolio.h"

#include <QDir>
#include <QFileInfo>
#include <QTextCursor>
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

// Inserts HTML at the end of the document. A fragment that ends with a table leaves the cursor
// in its last cell; moving to the end puts what follows (a page break, the next part) after it.
void append(QTextCursor& cursor, const QString& html)
{
    cursor.insertHtml(html);
    cursor.movePosition(QTextCursor::End);
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

} // namespace

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

Result<std::unique_ptr<QTextDocument>>
meetingPackDocument(const Portfolio& portfolio, qint64 meetingId, const MeetingPackOptions& options)
{
    QHash<qint64, ProjectSummary> projects;
    const Result<MeetingMinutes> read = minutesOf(portfolio, meetingId, &projects);
    if (!read)
        return read.error();
    const MeetingMinutes& minutes = *read;

    std::unique_ptr<QTextDocument> document = MemoDocument::createDocument(options.memo.chinese);
    document->setMetaInformation(QTextDocument::DocumentTitle,
                                 MeetingText::tr("Meeting pack — %1").arg(minutes.title));
    QTextCursor cursor(document.get());
    append(cursor, coverHtml(minutes, options.memo.fundName));
    MemoDocument::appendPageBreak(cursor);
    append(cursor, agendaHtml(minutes, projects));
    const int year = options.memo.effectiveDate().year();
    for (const MinutesItem& item : minutes.items) {
        MemoDocument::appendPageBreak(cursor);
        const Result<MemoData> data = gatherMemoData(portfolio, item.projectId, year);
        if (!data)
            return data.error();
        const MemoChartImages charts = options.charts ? options.charts(*data) : MemoChartImages();
        MemoDocument::append(cursor, *data, charts, options.memo);
        cursor.movePosition(QTextCursor::End); // out of the memo's last table
        if (const QString moved = scoreMovementHtml(data->scorecards); !moved.isEmpty())
            append(cursor, moved);
    }
    MemoDocument::appendPageBreak(cursor);
    append(cursor, minutesHtml(minutes));
    return document;
}

Status writeMeetingPackPdf(const Portfolio& portfolio, qint64 meetingId, const QString& path,
                           const MeetingPackOptions& options)
{
    const Result<std::unique_ptr<QTextDocument>> document =
        meetingPackDocument(portfolio, meetingId, options);
    if (!document)
        return document.error();
    if (!QFileInfo(path).absoluteDir().exists()) {
        return Error::of(
            ErrorKind::Io,
            MeetingText::tr("Cannot write the meeting pack to %1: no such folder.").arg(path));
    }
    // Paged like a memo, with the memo's footer ("Confidential · fund", date, "n / N") on
    // every page; MemoPdfWriter writes through QSaveFile, so the file appears complete or not
    // at all.
    return MemoPdfWriter::write(**document, path, MemoFile::footer(options.memo),
                                (*document)->metaInformation(QTextDocument::DocumentTitle));
}

} // namespace tollgate
