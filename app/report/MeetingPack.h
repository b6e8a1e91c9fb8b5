#pragma once

#include "core/Result.h"
#include "report/MeetingMinutes.h"

#include <QString>

#include <functional>

namespace tollgate
{

class Portfolio;

// The body of one agenda item's memo as an HTML fragment, all user text escaped. The meeting
// pack asks for one per item, in agenda order, with the project's summary in hand.
using MemoSection =
    std::function<Result<QString>(const Portfolio& portfolio, const ProjectSummary& project)>;

// The built-in memo section: the project's summary, standing (verdict, M, C, composite), red
// flags and description. The pack uses it unless a fuller memo writer is plugged in.
Result<QString> summaryMemoSection(const Portfolio& portfolio, const ProjectSummary& summary);

struct MeetingPackOptions {
    QString fundName;                             // on the cover, above the title; may be empty
    MemoSection memoSection = summaryMemoSection; // the hook for each item's memo
};

// The meeting pack of SPEC §7 as one HTML document: a cover (title, date, attendees), the
// agenda, each item's memo, and the minutes with votes and decisions, each part on its own
// page. All user text is escaped.
Result<QString> meetingPackHtml(const Portfolio& portfolio, qint64 meetingId,
                                const MeetingPackOptions& options = {});
// The same, printed to an A4 PDF at `path` (Chinese text embedded and extractable).
Status writeMeetingPackPdf(const Portfolio& portfolio, qint64 meetingId, const QString& path,
                           const MeetingPackOptions& options = {});

} // namespace tollgate
