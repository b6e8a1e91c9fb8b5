// Build-time tool: renders one SVG to one square PNG of a given size, so the hicolor PNG icons
// are made from resources/icons/tollgate.svg on every build and can never drift from it.
// Usage: tollgate-render-icon INPUT.svg SIZE OUTPUT.png
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char** argv)
{
    // No QGuiApplication: the icon has no text, and rendering paths into a QImage needs no
    // platform plugin, so the tool also runs on a build machine without a display.
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: tollgate-render-icon INPUT.svg SIZE OUTPUT.png\n");
        return 2;
    }
    bool sizeOk = false;
    const int size = args.at(2).toInt(&sizeOk);
    if (!sizeOk || size < 1 || size > 4096) {
        std::fprintf(stderr, "tollgate-render-icon: SIZE must be an integer from 1 to 4096\n");
        return 2;
    }

    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "tollgate-render-icon: %s is not a readable SVG file\n",
                     qPrintable(args.at(1)));
        return 1;
    }

    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    renderer.render(&painter);
    painter.end();

    if (!image.save(args.at(3), "PNG")) {
        std::fprintf(stderr, "tollgate-render-icon: cannot write %s\n", qPrintable(args.at(3)));
        return 1;
    }
    return 0;
}
