#include "report/MemoDocument.h"

#include "report/MemoMarkup.h"
#include "report/MemoPageRenderer.h"

#include <QFont>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

namespace tollgate
{

namespace
{

QUrl figureUrl(qint64 projectId, MemoMarkup::Figure figure)
{
    return QUrl(QStringLiteral("memo-figure://%1/%2")
                    .arg(projectId)
                    .arg(figure == MemoMarkup::Figure::CostCurve ? QStringLiteral("cost-curve")
                                                                 : QStringLiteral("matrix")));
}

} // namespace

std::unique_ptr<QTextDocument> MemoDocument::createDocument(bool chinese)
{
    auto document = std::make_unique<QTextDocument>();
    // A CJK family first for a Chinese memo, so Chinese text uses one consistent face (and that
    // face is embedded in the PDF); Latin text falls back gracefully either way.
    QFont font(chinese ? QStringLiteral("WenQuanYi Micro Hei") : QStringLiteral("DejaVu Sans"));
    font.setFamilies(
        chinese
            ? QStringList{QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC")}
            : QStringList{QStringLiteral("DejaVu Sans"), QStringLiteral("WenQuanYi Micro Hei")});
    font.setPointSizeF(9.5);
    // Qt shapes "fi" and "fl" as ligatures, which pdftotext and PDF search then see as U+FB01
    // instead of two letters. Any letter spacing turns ligatures off; this one is far below a
    // device pixel (0.05 px: Qt keeps 1/64 px, and anything smaller rounds to none).
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    document->setDefaultFont(font);
    document->setDefaultStyleSheet(MemoMarkup::styleSheet());
    document->setPageSize(MemoPageRenderer::textAreaPixels());
    document->setDocumentMargin(0);
    document->setUndoRedoEnabled(false);
    return document;
}

void MemoDocument::append(QTextCursor& cursor, const MemoData& data, const MemoChartImages& charts,
                          const MemoOptions& options)
{
    QTextDocument* document = cursor.document();
    auto source = [&](MemoMarkup::Figure figure) -> QString {
        const QImage& image =
            figure == MemoMarkup::Figure::CostCurve ? charts.costCurve : charts.screeningMatrix;
        if (image.isNull())
            return {};
        const QUrl url = figureUrl(data.project.id, figure);
        document->addResource(QTextDocument::ImageResource, url, image);
        return url.toString();
    };
    cursor.insertHtml(MemoMarkup::body(data, options, source));
}

void MemoDocument::appendPageBreak(QTextCursor& cursor)
{
    QTextBlockFormat format;
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.insertBlock(format);
}

std::unique_ptr<QTextDocument>
MemoDocument::build(const MemoData& data, const MemoChartImages& charts, const MemoOptions& options)
{
    std::unique_ptr<QTextDocument> document = createDocument(options.chinese);
    document->setMetaInformation(QTextDocument::DocumentTitle, title(data));
    QTextCursor cursor(document.get());
    append(cursor, data, charts, options);
    return document;
}

QString MemoDocument::title(const MemoData& data)
{
    return tr("Investment memo — %1").arg(data.project.name);
}

} // namespace tollgate
