// The application icon compiled into tollgate_ui as ":/icons/tollgate.svg" (the window icon):
// it is there, it is a valid square SVG, and Qt's icon engine draws the mark from it at every
// size a desktop asks for, down to 16 px in a title bar.
#include <QColor>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QSvgRenderer>
#include <QTest>

namespace
{

const QString iconPath = QStringLiteral(":/icons/tollgate.svg");

// Pixels of the red of the barrier arm, loosely: strongly red and opaque.
int redPixels(const QImage& image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 200 && c.red() > 150 && c.green() < 110 && c.blue() < 110)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestAppIcon : public QObject
{
    Q_OBJECT

private slots:
    void resourceIsASquareSvg()
    {
        QSvgRenderer renderer(iconPath);
        QVERIFY2(renderer.isValid(), "the icon resource is missing or not a valid SVG");
        const QRectF box = renderer.viewBoxF();
        QCOMPARE(box.width(), box.height());
        QCOMPARE(box.width(), 128.0);
    }

    void drawsAtDesktopSizes_data()
    {
        QTest::addColumn<int>("size");
        for (int size : {16, 24, 32, 48, 64, 256})
            QTest::addRow("%dpx", size) << size;
    }

    void drawsAtDesktopSizes()
    {
        QFETCH(int, size);
        const QIcon icon(iconPath);
        QVERIFY(!icon.isNull());
        const QImage image = icon.pixmap(QSize(size, size)).toImage();
        QCOMPARE(image.size(), QSize(size, size));
        // The chip body fills the middle; the corners, outside the pins, stay transparent.
        QCOMPARE(image.pixelColor(size / 2, size / 2).alpha(), 255);
        QCOMPARE(image.pixelColor(0, 0).alpha(), 0);
        QCOMPARE(image.pixelColor(size - 1, size - 1).alpha(), 0);
        // The striped barrier is drawn, not lost in the scaling: at least one pixel in 40 is red.
        QVERIFY2(redPixels(image) * 40 >= size * size,
                 qPrintable(QStringLiteral("only %1 red pixels").arg(redPixels(image))));
    }
};

QTEST_MAIN(TestAppIcon)
#include "TestAppIcon.moc"
