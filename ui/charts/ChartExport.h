#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QRectF>
#include <QSize>
#include <QString>

class QChart;
class QPainter;

namespace tollgate
{

// Renders any chart outside its view: into a painter (vector output for PDF and SVG), into an
// image, or to a PNG or SVG file. The chart is laid out at the requested size for the duration
// of the call and put back as it was, so a chart shown in a view can be exported without
// disturbing it. Never uses OpenGL (it crashes on the offscreen platform, SPEC §10).
class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)
public:
    // Lays the chart out at `size` (logical pixels, as on a 96 dpi screen) and paints it into
    // `target` of the painter, scaled to fit.
    static void render(QChart* chart, QPainter* painter, const QRectF& target, const QSizeF& size);

    // An image of the chart laid out at `size` logical pixels; the image has size × dpi / 96
    // pixels and records `dpi` as its resolution (a print-ready PNG at 300 dpi stays the same
    // chart, only sharper).
    static QImage toImage(QChart* chart, const QSize& size, int dpi = 96);

    static Status savePng(QChart* chart, const QString& path, const QSize& size, int dpi = 96);
    static Status saveSvg(QChart* chart, const QString& path, const QSize& size);
    // PNG or SVG by the file's suffix (case-insensitive); anything else is refused.
    static Status save(QChart* chart, const QString& path, const QSize& size, int dpi = 96);
};

} // namespace tollgate
