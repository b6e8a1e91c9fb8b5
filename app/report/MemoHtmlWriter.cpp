#include "report/MemoHtmlWriter.h"

#include "report/MemoDocument.h"
#include "report/MemoMarkup.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace tollgate
{

namespace
{

QString dataUri(const QImage& image)
{
    if (image.isNull())
        return {};
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

QString screenStyleSheet()
{
    QFile file(QStringLiteral(":/report/memo-screen.css"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

QByteArray MemoHtmlWriter::html(const MemoData& data, const MemoChartImages& charts,
                                const MemoOptions& options)
{
    auto source = [&](MemoMarkup::Figure figure) {
        return dataUri(figure == MemoMarkup::Figure::CostCurve ? charts.costCurve
                                                               : charts.screeningMatrix);
    };
    const QString lang = options.chinese ? QStringLiteral("zh-CN") : QStringLiteral("en");
    const QString page =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                       "<title>%2</title>\n<style>\n%3\n%4</style>\n</head>\n<body>\n%5\n"
                       "</body>\n</html>\n")
            .arg(lang, MemoDocument::title(data).toHtmlEscaped(), MemoMarkup::styleSheet(),
                 screenStyleSheet(), MemoMarkup::body(data, options, source));
    return page.toUtf8();
}

Status MemoHtmlWriter::write(const MemoData& data, const MemoChartImages& charts,
                             const MemoOptions& options, const QString& path)
{
    QSaveFile file(path);
    const QByteArray bytes = html(data, charts, options);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error::of(
            ErrorKind::Io,
            tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

} // namespace tollgate
