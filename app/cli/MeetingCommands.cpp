// meetings and meeting-pack: the fund's review meetings on the terminal, as JSON for scripts
// (SPEC §8), and the meeting pack as a PDF file.
#include "charts/MemoChartRenderer.h"
#include "cli/Arguments.h"
#include "cli/CliText.h"
#include "cli/Commands.h"
#include "cli/Console.h"
#include "cli/DatabaseAccess.h"
#include "report/MeetingPack.h"
#include "report/MeetingText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <limits>

namespace tollgate::cli
{

namespace
{

constexpr int kTitleColumnWidth = 48;

QJsonObject meetingToJson(const Meeting& m)
{
    QJsonArray agenda;
    for (const AgendaItem& item : m.agenda)
        agenda.append(item.projectId);
    return QJsonObject{
        {QStringLiteral("id"), m.id},
        {QStringLiteral("title"), m.title},
        {QStringLiteral("date"), m.date.isValid() ? QJsonValue(m.date.toString(Qt::ISODate))
                                                  : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("status"), meetingStatusKey(m.status)},
        {QStringLiteral("agenda"), agenda},
        {QStringLiteral("attendees"), QJsonArray::fromStringList(m.attendees)},
    };
}

QString meetingTable(const QList<Meeting>& meetings)
{
    const QList<TableColumn> columns{
        {CliText::tr("ID"), true},    {CliText::tr("Date")},
        {CliText::tr("Status")},      {CliText::tr("Title"), false, kTitleColumnWidth},
        {CliText::tr("Items"), true}, {CliText::tr("Decided"), true},
    };
    QList<QStringList> rows;
    for (const Meeting& m : meetings) {
        int decided = 0;
        for (const AgendaItem& item : m.agenda)
            decided += item.decision != Decision::None;
        rows.append({QString::number(m.id), m.date.toString(Qt::ISODate),
                     meetingStatusKey(m.status), m.title, QString::number(m.agenda.size()),
                     QString::number(decided)});
    }
    return formatTable(columns, rows) + CliText::tr("Meetings: %1\n").arg(meetings.size());
}

} // namespace

int runMeetings(const Invocation& inv)
{
    const auto portfolio = openDatabase(inv, OpenMode::ExistingOnly);
    if (!portfolio)
        return userError(portfolio.error());
    const Result<QList<Meeting>> meetings = (*portfolio)->meetings();
    if (!meetings)
        return userError(meetings.error());
    if (inv.has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Meeting& m : *meetings)
            array.append(meetingToJson(m));
        printJson(array);
    } else {
        printOut(meetingTable(*meetings));
    }
    return Success;
}

int runMeetingPack(const Invocation& inv)
{
    const QString idText = inv.positional.at(0);
    const std::optional<qint64> id = wholeNumber(idText, 1, std::numeric_limits<qint64>::max());
    if (!id) {
        return usageError(inv, CliText::tr("ID must be a meeting ID (a whole number above 0); got "
                                           "'%1'.")
                                   .arg(idText));
    }
    const QString out = inv.value(QStringLiteral("out"));
    if (!out.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        return usageError(inv, CliText::tr("--out must name a .pdf file; got '%1'.").arg(out));
    const auto portfolio = openDatabase(inv, OpenMode::ExistingOnly);
    if (!portfolio)
        return userError(portfolio.error());
    // The pack speaks the language of the command line's messages, like the memo.
    MeetingPackOptions options;
    options.memo.chinese = QLocale().language() == QLocale::Chinese;
    options.memo.fundName = inv.value(QStringLiteral("fund"));
    options.charts = [&options](const MemoData& data) {
        return MemoChartRenderer::render(data, options.memo.chinese);
    };
    if (Status written = writeMeetingPackPdf(**portfolio, *id, out, options); !written)
        return userError(written.error());
    printOut(CliText::tr("Wrote the meeting pack to %1\n").arg(out));
    return Success;
}

} // namespace tollgate::cli
