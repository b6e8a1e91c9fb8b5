#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QMarginsF>
#include <QSizeF>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace tollgate
{

// What each page's footer says besides "n / N".
struct PageFooter {
    QString leftText; // e.g. "Confidential · <fund>"
    QDate date;       // printed at the right, next to the page number
};

// Paints a document page by page on a PDF writer or a printer: A4 with the memo's margins, the
// text laid out at 96 dpi and scaled to the device (so text, padding and figures keep their sizes
// at any resolution) and a footer painted on every page. The document is cloned, so the caller's
// stays as it was.
class MemoPageRenderer
{
    Q_DECLARE_TR_FUNCTIONS(MemoPageRenderer)
public:
    // The page margins and, inside them at the bottom, the footer's strip.
    static QMarginsF marginsMm();
    static constexpr qreal footerMm = 10;
    // The resolution documents are laid out at: the one CSS pixels assume.
    static constexpr qreal layoutDpi = 96;
    // The text area of a page in 96 dpi pixels: what a document is laid out against before a
    // device sets its own size (MemoDocument::createDocument).
    static QSizeF textAreaPixels();

    // Sets the page size and margins of the memo on the device (A4 portrait).
    static void setUpPage(QPagedPaintDevice& device);
    // Paints every page; returns the page count, or an Error when the device cannot be painted.
    static Result<int> render(const QTextDocument& document, QPagedPaintDevice& device,
                              const PageFooter& footer);
};

} // namespace tollgate
