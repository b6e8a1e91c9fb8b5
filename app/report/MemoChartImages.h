#pragma once

#include <QImage>
#include <QSize>

namespace tollgate
{

// The two charts of a memo, rendered by the caller: the core cannot use Qt Charts, so the app and
// the command line render them with the same builders as the dashboard (ui/charts, see
// MemoChartRenderer there) and hand the images in. A null image leaves its figure out, with a
// line saying why (e.g. no cost model inputs).
struct MemoChartImages {
    QImage costCurve;       // unit cost against the profitable-cost line over the horizon
    QImage screeningMatrix; // the project's segment on the matrix, this project marked

    // The size, in logical pixels at 96 dpi, a chart is laid out at for the memo; the image
    // should be this size × its dpi / 96 (300 dpi for print). Both figures span the text width.
    static QSize costCurveSize() { return QSize(640, 330); }
    static QSize screeningMatrixSize() { return QSize(640, 400); }
    static constexpr int printDpi = 300;
};

} // namespace tollgate
