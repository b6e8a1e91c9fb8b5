#include "charts/ChartExport.h"

#include <QChart>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QPainter>
#include <QSaveFile>
#include <QScreen>
#include <QSvgGenerator>

#include <cmath>
#include <memory>

namespace tollgate
{

namespace
{

constexpr double kLayoutDpi = 96; // the logical pixel: a chart's size means pixels at 96 dpi
constexpr double kInchesPerMetre = 39.3700787;

// The resolution fonts are laid out at: text must be painted at the same one, or it grows or
// shrinks against the boxes laid out for it.
int screenDpi()
{
    const QScreen* screen = QGuiApplication::primaryScreen();
    return screen ? static_cast<int>(std::lround(screen->logicalDotsPerInch())) : 96;
}

// Puts the chart into a scene at the given size for as long as it lives, then restores it.
class LaidOut
{
public:
    LaidOut(QChart* chart, const QSizeF& size) : m_chart(chart), m_geometry(chart->geometry())
    {
        if (!chart->scene()) {
            m_scene = std::make_unique<QGraphicsScene>();
            m_scene->addItem(chart);
        }
        chart->resize(size);
        // Layout is normally deferred to the event loop; the picture is needed now.
        if (QGraphicsLayout* layout = chart->layout())
            layout->activate();
    }
    ~LaidOut()
    {
        if (m_scene) {
            m_scene->removeItem(m_chart);
        } else {
            m_chart->setGeometry(m_geometry);
            if (QGraphicsLayout* layout = m_chart->layout())
                layout->activate();
        }
    }
    LaidOut(const LaidOut&) = delete;
    LaidOut& operator=(const LaidOut&) = delete;

    QGraphicsScene* scene() const { return m_chart->scene(); }

private:
    QChart* m_chart;
    QRectF m_geometry;
    std::unique_ptr<QGraphicsScene> m_scene;
};

Status writeFailed(const QString& path, const QString& why)
{
    return Error::of(ErrorKind::Io, ChartExport::tr("Could not write the chart to %1: %2")
                                        .arg(QDir::toNativeSeparators(path), why));
}

} // namespace

void ChartExport::render(QChart* chart, QPainter* painter, const QRectF& target, const QSizeF& size)
{
    const LaidOut laidOut(chart, size);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    laidOut.scene()->render(painter, target, chart->sceneBoundingRect(), Qt::KeepAspectRatio);
    painter->restore();
}

QImage ChartExport::toImage(QChart* chart, const QSize& size, int dpi)
{
    const double scale = std::max(1, dpi) / kLayoutDpi;
    const QSize pixels(static_cast<int>(std::lround(size.width() * scale)),
                       static_cast<int>(std::lround(size.height() * scale)));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    const int paintDpi = screenDpi();
    image.setDotsPerMeterX(static_cast<int>(std::lround(paintDpi * kInchesPerMetre)));
    image.setDotsPerMeterY(static_cast<int>(std::lround(paintDpi * kInchesPerMetre)));
    {
        QPainter painter(&image);
        render(chart, &painter, QRectF(QPointF(0, 0), QSizeF(pixels)), QSizeF(size));
    }
    // Only now record the requested resolution: it is metadata for whoever prints the file.
    image.setDotsPerMeterX(static_cast<int>(std::lround(dpi * kInchesPerMetre)));
    image.setDotsPerMeterY(static_cast<int>(std::lround(dpi * kInchesPerMetre)));
    return image;
}

Status ChartExport::savePng(QChart* chart, const QString& path, const QSize& size, int dpi)
{
    const QImage image = toImage(chart, size, dpi);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeFailed(path, file.errorString());
    if (!image.save(&file, "PNG"))
        return writeFailed(path, tr("the image could not be encoded"));
    if (!file.commit())
        return writeFailed(path, file.errorString());
    return {};
}

Status ChartExport::saveSvg(QChart* chart, const QString& path, const QSize& size)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeFailed(path, file.errorString());
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setResolution(screenDpi());
        svg.setTitle(chart->title());
        svg.setDescription(tr("Chart exported from Tollgate"));
        QPainter painter(&svg);
        render(chart, &painter, QRectF(QPointF(0, 0), QSizeF(size)), QSizeF(size));
    }
    if (!file.commit())
        return writeFailed(path, file.errorString());
    return {};
}

Status ChartExport::save(QChart* chart, const QString& path, const QSize& size, int dpi)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return savePng(chart, path, size, dpi);
    if (suffix == QLatin1String("svg"))
        return saveSvg(chart, path, size);
    return Error::at(QStringLiteral("path"),
                     tr("A chart can be saved as .png or .svg, not as \"%1\".").arg(path));
}

} // namespace tollgate
