#pragma once

#include "core/Result.h"
#include "report/MeetingMinutes.h"
#include "report/MemoChartImages.h"
#include "report/MemoData.h"
#include "report/MemoOptions.h"

#include <QString>

#include <functional>
#include <memory>

class QTextDocument;

namespace tollgate
{

class Portfolio;

// Draws the two charts of one item's memo. The core has no Qt Charts: the app and the command
// line pass ui/charts' MemoChartRenderer; without one the memos say their charts are missing.
using MemoChartSource = std::function<MemoChartImages(const MemoData& data)>;

struct MeetingPackOptions {
    MemoOptions memo; // fund name, language and date, as for a single memo
    MemoChartSource charts;
};

// The meeting pack of SPEC §7 as one document: a cover (title, date, attendees), the agenda,
// each item's investment memo (report/MemoDocument.h) followed by how its scores moved since the
// same analyst's previous screening, and the minutes with votes and decisions, each part on new
// pages. All user text is escaped.
Result<std::unique_ptr<QTextDocument>> meetingPackDocument(const Portfolio& portfolio,
                                                           qint64 meetingId,
                                                           const MeetingPackOptions& options);
// The same as an A4 PDF at `path`, paged like a memo with its footer (confidential, fund, date,
// page n / N); the file appears complete or not at all.
Status writeMeetingPackPdf(const Portfolio& portfolio, qint64 meetingId, const QString& path,
                           const MeetingPackOptions& options);

// How the latest scorecard's scores moved against the same analyst's scorecard before it (for a
// holding re-screened at a review: since the last review), as an HTML table; empty when that
// analyst has no earlier scorecard.
QString scoreMovementHtml(const QList<Scorecard>& scorecards);

} // namespace tollgate
