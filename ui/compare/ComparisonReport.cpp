#include "compare/ComparisonReport.h"

#include "compare/BestValueDelegate.h"
#include "compare/ComparisonModel.h"
#include "core/Clock.h"

#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace tollgate
{

namespace
{

QString escaped(const QVariant& value)
{
    return value.toString().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString tableHtml(const ComparisonModel& model)
{
    const QString best = BestValueDelegate::bestBackground().name();
    QString html = QStringLiteral("<table class=\"compare\" cellspacing=\"0\" cellpadding=\"4\" "
                                  "border=\"1\" width=\"100%\"><tr><th></th>");
    for (int c = 0; c < model.columnCount(); ++c)
        html += QStringLiteral("<th>%1</th>").arg(escaped(model.headerData(c, Qt::Horizontal)));
    html += QStringLiteral("</tr>");
    for (int r = 0; r < model.rowCount(); ++r) {
        html += QStringLiteral("<tr><th align=\"left\">%1</th>")
                    .arg(escaped(model.headerData(r, Qt::Vertical)));
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex index = model.index(r, c);
            const QString text = escaped(index.data());
            if (index.data(ComparisonModel::IsBestRole).toBool())
                html += QStringLiteral("<td align=\"center\" bgcolor=\"%1\"><b>%2</b></td>")
                            .arg(best, text);
            else
                html += QStringLiteral("<td align=\"center\">%1</td>").arg(text);
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QString ComparisonReport::html(const ComparisonModel& model)
{
    const QString date = QLocale().toString(Clock::today(), QLocale::LongFormat);
    return QStringLiteral("<html><head><style>"
                          "body { font-size: 9pt; } h1 { font-size: 15pt; } "
                          ".confidential { color: #a01010; font-weight: bold; } "
                          "th { background-color: #e7ecf2; } "
                          "</style></head><body>"
                          "<p class=\"confidential\">%1</p><h1>%2</h1><p>%3</p>%4"
                          "<p>%5</p><p align=\"center\"><img src=\"radar\" width=\"520\"></p>"
                          "</body></html>")
        .arg(tr("Confidential").toHtmlEscaped(),
             tr("Comparison of %n project(s)", nullptr, model.columnCount()).toHtmlEscaped(),
             tr("Prepared %1. The best value of each row is in bold on green.")
                 .arg(date)
                 .toHtmlEscaped(),
             tableHtml(model),
             tr("Criteria of each project (mean of the analysts' latest scorecards):")
                 .toHtmlEscaped());
}

std::unique_ptr<QTextDocument> ComparisonReport::document(const ComparisonModel& model,
                                                          const QImage& radar)
{
    auto document = std::make_unique<QTextDocument>();
    document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("radar")), radar);
    document->setHtml(html(model));
    return document;
}

void ComparisonReport::print(QTextDocument& document, QPagedPaintDevice* device)
{
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                      QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    // QTextDocument::print paginates and scales to the device (SPEC §10: not drawContents).
    document.print(device);
}

Status ComparisonReport::savePdf(const ComparisonModel& model, const QImage& radar,
                                 const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::of(ErrorKind::Io,
                         tr("%1 cannot be written: %2.").arg(path, file.errorString()));
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(tr("Comparison of %n project(s)", nullptr, model.columnCount()));
        writer.setResolution(300);
        std::unique_ptr<QTextDocument> doc = document(model, radar);
        print(*doc, &writer);
    } // the writer finishes the PDF when it goes
    if (!file.commit()) {
        return Error::of(ErrorKind::Io,
                         tr("%1 cannot be written: %2.").arg(path, file.errorString()));
    }
    return {};
}

} // namespace tollgate
