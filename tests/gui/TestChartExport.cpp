#include "AnalyticsFixtures.h"
#include "analytics/ProjectCharts.h"
#include "charts/ChartExport.h"
#include "charts/ChartPanel.h"
#include "charts/CompositeBoxPlotChartBuilder.h"
#include "charts/RadarChartBuilder.h"
#include "charts/ScoreTrendChartBuilder.h"
#include "charts/ScreeningMatrixChartBuilder.h"
#include "charts/TamBarsChartBuilder.h"
#include "charts/VerdictBarsChartBuilder.h"
#include "scoring/DefaultTemplate.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QMenu>
#include <QPointer>
#include <QPolarChart>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <functional>
#include <memory>

using namespace tollgate;
using namespace tollgate::test;

namespace
{

// How many pixels differ from white: a rendered chart has axes, text and marks.
int inkedPixels(const QImage& image)
{
    int inked = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            if (image.pixelColor(x, y) != QColor(Qt::white))
                ++inked;
    return inked;
}

Scorecard card(qint64 id, const QString& analyst, const QDate& date, QList<int> scores)
{
    Scorecard s;
    s.id = id;
    s.analyst = analyst;
    s.date = date;
    const Template t = defaultTemplate();
    for (int i = 0; i < t.criteria.size(); ++i)
        s.entries[t.criteria[i].key].score = scores.value(i, 3);
    return s;
}

QList<Scorecard> projectHistory()
{
    return {
        card(1, QStringLiteral("陈思远"), QDate(2026, 2, 10), {3, 2, 4, 3, 1, 2, 2, 3, 1, 2, 1, 3}),
        card(2, QStringLiteral("林晓"), QDate(2026, 4, 22), {4, 3, 5, 3, 2, 4, 2, 3, 2, 2, 1, 4}),
        card(3, QStringLiteral("陈思远"), QDate(2026, 7, 3), {4, 4, 5, 4, 3, 4, 3, 4, 3, 3, 2, 4}),
        card(4, QStringLiteral("周明哲"), QDate(2026, 9, 15),
             {5, 4, 4, 4, 3, 3, 3, 4, 4, 3, 1, 4})};
}

// Every chart of the app built from the known data, by file name.
QList<QPair<QString, std::function<QChart*(bool)>>> everyChart()
{
    auto options = [](bool chinese) {
        ChartOptions o;
        o.chinese = chinese;
        return o;
    };
    return {
        {QStringLiteral("matrix"),
         [](bool chinese) -> QChart* {
             ScreeningMatrixOptions o;
             o.chinese = chinese;
             o.highlight = knownStatistics().matrix.first();
             return ScreeningMatrixChartBuilder::build(knownStatistics(), o);
         }},
        {QStringLiteral("verdicts"),
         [=](bool chinese) -> QChart* {
             return VerdictBarsChartBuilder::build(knownStatistics(), options(chinese));
         }},
        {QStringLiteral("composite"),
         [=](bool chinese) -> QChart* {
             return CompositeBoxPlotChartBuilder::build(knownStatistics(), options(chinese));
         }},
        {QStringLiteral("tam"),
         [=](bool chinese) -> QChart* {
             return TamBarsChartBuilder::build(knownStatistics(), options(chinese));
         }},
        {QStringLiteral("radar"),
         [=](bool chinese) -> QChart* {
             return RadarChartBuilder::build(criteriaProfile(defaultTemplate(), projectHistory()),
                                             options(chinese));
         }},
        {QStringLiteral("trend"),
         [](bool chinese) -> QChart* {
             ScoreTrendOptions o;
             o.chinese = chinese;
             return ScoreTrendChartBuilder::build(scoreTrend(defaultTemplate(), projectHistory()),
                                                  o);
         }},
    };
}

} // namespace

class TestChartExport : public QObject
{
    Q_OBJECT

private slots:
    void everyChartRendersToPngInBothLanguages()
    {
        // TOLLGATE_CHART_DIR keeps the images for a person to look at.
        QTemporaryDir temp;
        const QString dir = qEnvironmentVariableIsSet("TOLLGATE_CHART_DIR")
                                ? qEnvironmentVariable("TOLLGATE_CHART_DIR")
                                : temp.path();
        QDir().mkpath(dir);
        for (const auto& [name, build] : everyChart()) {
            for (bool chinese : {false, true}) {
                std::unique_ptr<QChart> chart(build(chinese));
                const QString path = QDir(dir).filePath(
                    name + (chinese ? QStringLiteral("-zh.png") : QStringLiteral("-en.png")));
                const Status saved = ChartExport::savePng(chart.get(), path, QSize(900, 600));
                QVERIFY2(saved.ok(), qPrintable(path));
                QImage image(path);
                QVERIFY2(!image.isNull(), qPrintable(path));
                QCOMPARE(image.size(), QSize(900, 600));
                QVERIFY2(inkedPixels(image) > 2000, qPrintable(path));
            }
        }
    }

    void pngRecordsTheRequestedResolution()
    {
        std::unique_ptr<QChart> chart(VerdictBarsChartBuilder::build(knownStatistics()));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bars.png"));
        QVERIFY(ChartExport::savePng(chart.get(), path, QSize(600, 400), 192).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(8), QByteArray("\x89PNG\r\n\x1a\n", 8));
        file.close();
        const QImage image(path);
        QCOMPARE(image.size(), QSize(1200, 800)); // twice the pixels, the same chart
        QCOMPARE(qRound(image.dotsPerMeterX() / 39.3700787), 192);
    }

    void svgIsAValidDrawingWithTheTexts()
    {
        ChartOptions chinese;
        chinese.chinese = true;
        std::unique_ptr<QChart> chart(TamBarsChartBuilder::build(knownStatistics(), chinese));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tam.svg"));
        QVERIFY(ChartExport::saveSvg(chart.get(), path, QSize(800, 500)).ok());
        QSvgRenderer renderer(path);
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.viewBox(), QRect(0, 0, 800, 500));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(file.readAll());
        QVERIFY(svg.startsWith(QStringLiteral("<?xml")));
        QVERIFY(svg.contains(QStringLiteral("传感器"))); // text stays text
        QVERIFY(svg.contains(QStringLiteral("<title>")));
    }

    void exportingAChartInAViewLeavesItAsItWas()
    {
        ChartPanel panel;
        panel.setChart(VerdictBarsChartBuilder::build(knownStatistics()));
        panel.resize(700, 450);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QRectF before = panel.chart()->geometry();
        const QImage image = ChartExport::toImage(panel.chart(), QSize(1200, 800));
        QCOMPARE(image.size(), QSize(1200, 800));
        QCOMPARE(panel.chart()->geometry(), before);
        QCOMPARE(panel.chart()->scene(), panel.chartView()->scene());
    }

    void badTargetsAreRefused()
    {
        std::unique_ptr<QChart> chart(TamBarsChartBuilder::build(knownStatistics()));
        const Status wrongSuffix =
            ChartExport::save(chart.get(), QStringLiteral("/tmp/chart.bmp"), QSize(400, 300));
        QVERIFY(!wrongSuffix.ok());
        QVERIFY(wrongSuffix.error().message.contains(QStringLiteral(".png")));
        const Status noFolder = ChartExport::savePng(
            chart.get(), QStringLiteral("/nonexistent-folder/chart.png"), QSize(400, 300));
        QVERIFY(!noFolder.ok());
        QCOMPARE(noFolder.error().kind, ErrorKind::Io);
    }

    void panelOffersBothExportsAndOwnsItsChart()
    {
        ChartPanel panel;
        QPointer<QChart> first = VerdictBarsChartBuilder::build(knownStatistics());
        panel.setChart(first);
        QCOMPARE(panel.chart(), first.data());
        panel.setChart(TamBarsChartBuilder::build(knownStatistics()));
        QVERIFY(first.isNull()); // the old chart is deleted with its replacement
        QPointer<QChart> second = panel.chart();
        panel.setChart(nullptr); // clears the panel
        QVERIFY(second.isNull());
        QVERIFY(panel.chart() && panel.chart()->series().isEmpty());
        panel.setChart(TamBarsChartBuilder::build(knownStatistics()));

        const QList<QAction*> actions = panel.exportMenu()->actions();
        QCOMPARE(actions.size(), 2);
        QVERIFY(actions[0]->text().contains(QStringLiteral("PNG")));
        QVERIFY(actions[1]->text().contains(QStringLiteral("SVG")));
        QCOMPARE(panel.exportButton()->menu(), panel.exportMenu());
        QCOMPARE(panel.chartView()->contextMenuPolicy(), Qt::CustomContextMenu);

        QTemporaryDir dir;
        QVERIFY(panel.exportTo(dir.filePath(QStringLiteral("a.png"))).ok());
        QVERIFY(panel.exportTo(dir.filePath(QStringLiteral("a.svg"))).ok());
        QVERIFY(!QImage(dir.filePath(QStringLiteral("a.png"))).isNull());
        QVERIFY(QSvgRenderer(dir.filePath(QStringLiteral("a.svg"))).isValid());
    }
};

QTEST_MAIN(TestChartExport)
#include "TestChartExport.moc"
