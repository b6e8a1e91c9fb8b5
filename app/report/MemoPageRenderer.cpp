#include "report/MemoPageRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

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

} // namespace

QMarginsF MemoPageRenderer::marginsMm()
{
    return QMarginsF(20, 16, 20, 10);
}

QSizeF MemoPageRenderer::textAreaPoints()
{
    const QSizeF page = QPageSize(QPageSize::A4).size(QPageSize::Point);
    const QMarginsF m = marginsMm();
    const qreal pointsPerMm = 72.0 / 25.4;
    return QSizeF(page.width() - (m.left() + m.right()) * pointsPerMm,
                  page.height() - (m.top() + m.bottom() + footerMm) * pointsPerMm);
}

void MemoPageRenderer::setUpPage(QPagedPaintDevice& device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, marginsMm(),
                                     QPageLayout::Millimeter));
}

Result<int> MemoPageRenderer::render(const QTextDocument& source, QPagedPaintDevice& device,
                                     const PageFooter& footer)
{
    // A copy laid out with the device's own metrics: fonts measured at the device's resolution
    // and the page size in its pixels (SPEC §10: drawing a screen layout on a 1200 dpi writer
    // shrinks the text).
    std::unique_ptr<QTextDocument> document(source.clone());
    document->documentLayout()->setPaintDevice(&device);
    const qreal width = device.width();
    const qreal stripHeight = footerHeight(device);
    const qreal pageHeight = device.height() - stripHeight;
    document->setPageSize(QSizeF(width, pageHeight));

    QPainter painter;
    if (!painter.begin(&device))
        return Error::of(ErrorKind::Io, tr("The page device could not be opened for painting."));
    const int pageCount = document->pageCount();
    const QFont font = footerFont(*document);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0)
            device.newPage();
        const QRectF clip(0, page * pageHeight, width, pageHeight);
        painter.save();
        painter.translate(0, -clip.top());
        painter.setClipRect(clip);
        context.clip = clip;
        document->documentLayout()->draw(&painter, context);
        painter.restore();
        paintFooter(painter, QRectF(0, pageHeight, width, stripHeight), footer, page + 1, pageCount,
                    font);
    }
    painter.end();
    return pageCount;
}

} // namespace tollgate
