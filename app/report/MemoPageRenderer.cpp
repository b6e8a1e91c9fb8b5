#include "report/MemoPageRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <cmath>

#include <memory>

namespace tollgate
{

namespace
{

// Inside the page margins, the bottom strip of this height holds the footer.
qreal footerHeight(const QPaintDevice& device)
{
    return MemoPageRenderer::footerMm / 25.4 * device.logicalDpiY();
}

QFont footerFont(const QTextDocument& document)
{
    QFont font = document.defaultFont();
    font.setPointSizeF(7.5);
    return font;
}

void paintFooter(QPainter& painter, const QRectF& strip, const PageFooter& footer, int page,
                 int pageCount, const QFont& font)
{
    painter.save();
    painter.setFont(font);
    QPen rule(QColor(0x9a, 0xa4, 0xb1));
    rule.setWidthF(strip.height() / 120);
    painter.setPen(rule);
    const qreal lineY = strip.top() + strip.height() * 0.3;
    painter.drawLine(QPointF(strip.left(), lineY), QPointF(strip.right(), lineY));
    painter.setPen(QColor(0x5f, 0x6b, 0x7a));
    const QRectF text(strip.left(), lineY, strip.width(), strip.bottom() - lineY);
    painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, footer.leftText);
    const QString right = QStringLiteral("%1    %2 / %3")
                              .arg(footer.date.toString(Qt::ISODate))
                              .arg(page)
                              .arg(pageCount);
    painter.drawText(text, Qt::AlignRight | Qt::AlignVCenter, right);
    painter.restore();
}

// Qt's rich text has no "keep with next": a heading can end up alone at the foot of a page with
// its section on the next. A heading that starts within the last `reserve` of a page moves to
// the next page. In document order, because each move shifts what follows. After a move the
// rest of the document is marked for layout again: the layout redoes only the changed block
// and left the frames after it (tables, the charts between them) at their old places, where
// the page clip no longer found them — whole sections went missing from long documents.
void keepHeadingsWithTheirSections(QTextDocument& document, qreal pageHeight, qreal reserve)
{
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        if (format.headingLevel() == 0 ||
            format.pageBreakPolicy().testFlag(QTextFormat::PageBreak_AlwaysBefore))
            continue;
        const qreal top = layout->blockBoundingRect(block).top();
        const qreal left = pageHeight - std::fmod(top, pageHeight);
        if (left < reserve) {
            QTextBlockFormat moved = format;
            moved.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(moved);
            document.markContentsDirty(block.position(),
                                       document.characterCount() - block.position());
        }
    }
}

} // namespace

QMarginsF MemoPageRenderer::marginsMm()
{
    return QMarginsF(20, 16, 20, 10);
}

QSizeF MemoPageRenderer::textAreaPixels()
{
    const QSizeF page = QPageSize(QPageSize::A4).size(QPageSize::Millimeter);
    const QMarginsF m = marginsMm();
    const qreal pixelsPerMm = layoutDpi / 25.4;
    return QSizeF((page.width() - m.left() - m.right()) * pixelsPerMm,
                  (page.height() - m.top() - m.bottom() - footerMm) * pixelsPerMm);
}

void MemoPageRenderer::setUpPage(QPagedPaintDevice& device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, marginsMm(),
                                     QPageLayout::Millimeter));
}

Result<int> MemoPageRenderer::render(const QTextDocument& source, QPagedPaintDevice& device,
                                     const PageFooter& footer)
{
    // The copy is laid out at 96 dpi, the resolution CSS pixels mean (cell padding, margins and
    // borders are pixels), and the painter scales it to the device. Laying it out with the
    // device's own metrics would leave those pixels device pixels — no padding at 1200 dpi —
    // and drawing a screen layout unscaled shrinks the text (SPEC §10). Design metrics keep
    // the widths of words independent of hinting at either resolution.
    static QImage layoutDevice = [] {
        QImage image(1, 1, QImage::Format_RGB32);
        image.setDotsPerMeterX(qRound(layoutDpi / 0.0254));
        image.setDotsPerMeterY(qRound(layoutDpi / 0.0254));
        return image;
    }();
    std::unique_ptr<QTextDocument> document(source.clone());
    document->setUseDesignMetrics(true);
    document->documentLayout()->setPaintDevice(&layoutDevice);
    const qreal scaleX = device.logicalDpiX() / layoutDpi;
    const qreal scaleY = device.logicalDpiY() / layoutDpi;
    const qreal stripHeight = footerHeight(device); // device pixels
    const QSizeF page(device.width() / scaleX, (device.height() - stripHeight) / scaleY);
    document->setPageSize(page);
    keepHeadingsWithTheirSections(*document, page.height(), page.height() / 9);

    QPainter painter;
    if (!painter.begin(&device))
        return Error::of(ErrorKind::Io, tr("The page device could not be opened for painting."));
    const int pageCount = document->pageCount();
    const QFont font = footerFont(*document);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    for (int index = 0; index < pageCount; ++index) {
        if (index > 0)
            device.newPage();
        const QRectF clip(0, index * page.height(), page.width(), page.height());
        painter.save();
        painter.scale(scaleX, scaleY);
        painter.translate(0, -clip.top());
        painter.setClipRect(clip);
        context.clip = clip;
        document->documentLayout()->draw(&painter, context);
        painter.restore();
        paintFooter(painter, QRectF(0, device.height() - stripHeight, device.width(), stripHeight),
                    footer, index + 1, pageCount, font);
    }
    painter.end();
    return pageCount;
}

} // namespace tollgate
