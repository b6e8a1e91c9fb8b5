#pragma once

#include "report/MemoChartImages.h"
#include "report/MemoData.h"
#include "report/MemoOptions.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QTextCursor;
class QTextDocument;

namespace tollgate
{

// Lays a memo out as a QTextDocument: A4, the stylesheet of resources/report/memo.css, every
// piece of user text HTML-escaped. Sections in the order of an investment memo, recommendation
// first (docs/memo.md). Several memos can share one document: a meeting pack creates one with
// createDocument(), appends its own pages and each item's memo with appendPageBreak() between.
class MemoDocument
{
    Q_DECLARE_TR_FUNCTIONS(MemoDocument)
public:
    // An empty document set up for memos: page size (A4 text area), fonts, the stylesheet.
    static std::unique_ptr<QTextDocument> createDocument(bool chinese);

    // One project's memo at the cursor. Chart images are added to the cursor's document as
    // resources under names unique to the project, so memos of several projects coexist.
    static void append(QTextCursor& cursor, const MemoData& data, const MemoChartImages& charts,
                       const MemoOptions& options);

    // Starts a new page at the cursor (the next block begins on a fresh page).
    static void appendPageBreak(QTextCursor& cursor);

    // A whole document holding one memo.
    static std::unique_ptr<QTextDocument> build(const MemoData& data, const MemoChartImages& charts,
                                                const MemoOptions& options);

    // The memo's title as files and windows name it: "Investment memo — <project>".
    static QString title(const MemoData& data);
};

} // namespace tollgate
