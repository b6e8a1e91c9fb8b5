#include "AnalyticsFixtures.h"
#include "charts/ChartExport.h"
#include "charts/ChartPanel.h"
#include "charts/CompositeBoxPlotChartBuilder.h"
#include "charts/ScreeningMatrixChartBuilder.h"
#include "charts/TamBarsChartBuilder.h"
#include "charts/VerdictBarsChartBuilder.h"
#include "sample/SyntheticPortfolio.h"

#include <QElapsedTimer>
#include <QScatterSeries>
#include <QTest>

#include <algorithm>
#include <ctime>
#include <memory>

using namespace tollgate;
using namespace tollgate::test;

namespace
{

constexpr int kProjects = 100000;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// Wall time and this thread's CPU time in ms: on a shared, busy machine the CPU time is the
// steadier figure of the work itself.
class Stopwatch
{
public:
    Stopwatch() : m_cpu(cpuMs()) { m_wall.start(); }
    double wallMs() const { return m_wall.nsecsElapsed() / 1e6; }
    double cpuMsElapsed() const { return cpuMs() - m_cpu; }

private:
    static double cpuMs()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
    }
    QElapsedTimer m_wall;
    double m_cpu;
};

} // namespace

// The dashboard's work at the size of SPEC §9 (100 000 projects): statistics in the core, then
// the four segment charts. The times are printed for the record (the benchmark program reports
// them too); what is asserted is that nothing is lost on the way.
class TestChartsAtScale : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const PortfolioDocument doc = generateSyntheticPortfolio(kProjects, 7, QDate(2026, 11, 1));
        m_summaries = summariesOf(doc, defaultTemplate(), 2026);
        QCOMPARE(m_summaries.size(), kProjects);
    }

    void statisticsAccountForEveryProject()
    {
        QList<double> wall, cpu, prepareWall, prepareCpu;
        DashboardStatistics stats;
        for (int run = 0; run < 7; ++run) {
            const Stopwatch prepare;
            const SummaryTable table(m_summaries, defaultSegments());
            prepareWall.append(prepare.wallMs());
            prepareCpu.append(prepare.cpuMsElapsed());
            const Stopwatch watch;
            stats = computeDashboardStatistics(table);
            wall.append(watch.wallMs());
            cpu.append(watch.cpuMsElapsed());
        }
        qInfo("preparing %d summaries (once per reload): median %.1f ms wall, %.1f ms CPU",
              kProjects, median(prepareWall), median(prepareCpu));
        qInfo("statistics of %d prepared summaries (each filter change): median %.1f ms wall, "
              "%.1f ms CPU",
              kProjects, median(wall), median(cpu));

        int counted = 0;
        for (const SegmentStatistics& s : stats.segments)
            for (int n : s.verdictCounts)
                counted += n;
        QCOMPARE(counted, stats.matchedProjects);
        int marked = 0;
        for (const MatrixPoint& p : stats.matrix)
            marked += p.count;
        QCOMPARE(marked, stats.plottedProjects);
        QVERIFY(stats.plottedProjects > kProjects / 2);
        // Thinned to one mark per segment and score cell: far fewer marks than projects.
        QVERIFY2(stats.matrix.size() < stats.plottedProjects / 5,
                 qPrintable(QString::number(stats.matrix.size())));
        qInfo("matrix: %lld marks for %d projects", static_cast<long long>(stats.matrix.size()),
              stats.plottedProjects);
    }

    void allSegmentChartsBuild()
    {
        QList<double> wall, cpu;
        const SummaryTable table(m_summaries, defaultSegments());
        for (int run = 0; run < 7; ++run) {
            const Stopwatch watch;
            const DashboardStatistics stats = computeDashboardStatistics(table);
            std::unique_ptr<ScreeningMatrixChart> matrix(ScreeningMatrixChartBuilder::build(stats));
            std::unique_ptr<QChart> verdicts(VerdictBarsChartBuilder::build(stats));
            std::unique_ptr<QChart> composite(CompositeBoxPlotChartBuilder::build(stats));
            std::unique_ptr<QChart> tam(TamBarsChartBuilder::build(stats));
            wall.append(watch.wallMs());
            cpu.append(watch.cpuMsElapsed());

            qsizetype points = 0;
            for (QScatterSeries* s : matrix->allSegmentSeries())
                points += s->count();
            QCOMPARE(points, stats.matrix.size());
            QCOMPARE(matrix->allSegmentSeries().size(), 10);
        }
        qInfo(
            "statistics + four segment charts from %d summaries: median %.1f ms wall, %.1f ms CPU",
            kProjects, median(wall), median(cpu));
    }

    void theFullMatrixStillRenders()
    {
        const DashboardStatistics stats =
            computeDashboardStatistics(m_summaries, defaultSegments());
        std::unique_ptr<ScreeningMatrixChart> matrix(ScreeningMatrixChartBuilder::build(stats));
        QElapsedTimer timer;
        timer.start();
        const QImage image = ChartExport::toImage(matrix.get(), QSize(1000, 700));
        qInfo("rendering the matrix of %lld marks: %.1f ms",
              static_cast<long long>(stats.matrix.size()), timer.nsecsElapsed() / 1e6);
        QVERIFY(!image.isNull());
        // What the dashboard adds on top: the chart put into a view (one graphics item a mark).
        ChartPanel panel;
        const Stopwatch watch;
        panel.setChart(matrix.release());
        qInfo("putting the matrix into a view: %.1f ms wall, %.1f ms CPU", watch.wallMs(),
              watch.cpuMsElapsed());
        QCOMPARE(panel.chart()->series().size(), 12); // ten segments and the two gate lines
        if (qEnvironmentVariableIsSet("TOLLGATE_CHART_DIR"))
            image.save(qEnvironmentVariable("TOLLGATE_CHART_DIR") +
                       QStringLiteral("/matrix-100k.png"));
    }

private:
    QList<ProjectSummary> m_summaries;
};

QTEST_MAIN(TestChartsAtScale)
#include "TestChartsAtScale.moc"
