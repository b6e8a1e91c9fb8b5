#include "analytics/SegmentStatistics.h"

#include <QTest>

using namespace tollgate;

namespace
{

ProjectSummary scored(qint64 id, const QString& segment, double m, double c)
{
    ProjectSummary s;
    s.id = id;
    s.name = QStringLiteral("P%1").arg(id);
    s.segmentKey = segment;
    s.market = m;
    s.cost = c;
    s.verdict = Verdict::Pursue;
    return s;
}

int sumOfCounts(const QList<MatrixPoint>& points)
{
    int total = 0;
    for (const MatrixPoint& p : points)
        total += p.count;
    return total;
}

} // namespace

class TestMatrixThinning : public QObject
{
    Q_OBJECT

private slots:
    void smallPortfoliosKeepEveryProject()
    {
        QList<ProjectSummary> list;
        for (int i = 0; i < 50; ++i)
            list.append(scored(i + 1, QStringLiteral("sensors"), 50, 50)); // all on one spot
        const DashboardStatistics stats = computeDashboardStatistics(list, defaultSegments());
        QCOMPARE(stats.matrix.size(), 50);
        QCOMPARE(sumOfCounts(stats.matrix), 50);
    }

    void manyProjectsShareOneMarkPerCell()
    {
        // 3000 projects over nine cells of one segment: 4 x 4 grid cells of 25 points.
        QList<ProjectSummary> list;
        for (int i = 0; i < 3000; ++i) {
            const double m = 10 + (i % 3) * 30 + (i % 7) * 0.5; // stays inside its cell
            const double c = 12 + ((i / 3) % 3) * 30;
            list.append(scored(i + 1, QStringLiteral("materials"), m, c));
        }
        MatrixThinning thinning;
        thinning.cellsPerAxis = 4;
        thinning.keepAllUpTo = 1000;
        const DashboardStatistics stats =
            computeDashboardStatistics(list, defaultSegments(), {}, thinning);
        QCOMPARE(stats.plottedProjects, 3000);
        QCOMPARE(stats.matrix.size(), 9);
        QCOMPARE(sumOfCounts(stats.matrix), 3000);
        // The first project of each cell represents it, at its own scores.
        QCOMPARE(stats.matrix[0].projectId, qint64(1));
        QCOMPARE(stats.matrix[0].market, 10.0);
        QCOMPARE(stats.matrix[0].cost, 12.0);
    }

    void aCellHasOneMarkOfItsMostFrequentSegment()
    {
        // 10 sensors and 20 EDA projects on one spot: one mark, in the EDA colour, at the first
        // EDA project, standing for all 30.
        QList<ProjectSummary> list;
        for (int i = 0; i < 30; ++i)
            list.append(scored(i + 1, i < 10 ? QStringLiteral("sensors") : QStringLiteral("eda-ip"),
                               70.2, 40.7));
        MatrixThinning thinning;
        thinning.keepAllUpTo = 10;
        const DashboardStatistics stats =
            computeDashboardStatistics(list, defaultSegments(), {}, thinning);
        QCOMPARE(stats.matrix.size(), 1);
        QCOMPARE(stats.matrix[0].count, 30);
        QCOMPARE(stats.matrix[0].segment, stats.segmentIndex(QStringLiteral("eda-ip")));
        QCOMPARE(stats.matrix[0].projectId, qint64(11));
    }

    void hiddenSegmentsTakeNoCells()
    {
        QList<ProjectSummary> list;
        for (int i = 0; i < 30; ++i)
            list.append(scored(i + 1, i < 10 ? QStringLiteral("sensors") : QStringLiteral("eda-ip"),
                               70.2, 40.7));
        MatrixThinning thinning;
        thinning.keepAllUpTo = 5;
        thinning.hiddenSegments.insert(QStringLiteral("eda-ip"));
        const DashboardStatistics stats =
            computeDashboardStatistics(list, defaultSegments(), {}, thinning);
        QCOMPARE(stats.plottedProjects, 30); // placed on the matrix, if shown
        QCOMPARE(stats.matrix.size(), 1);
        QCOMPARE(stats.matrix[0].count, 10);
        QCOMPARE(stats.matrix[0].segment, 0); // sensors
        // The other charts still count the hidden segment.
        QCOMPARE(stats.segments[stats.segmentIndex(QStringLiteral("eda-ip"))].projects, 20);

        // Unthinned, hidden segments get no marks either.
        thinning.keepAllUpTo = 1000;
        QCOMPARE(computeDashboardStatistics(list, defaultSegments(), {}, thinning).matrix.size(),
                 10);
    }

    void marksStayFewWhateverTheScores()
    {
        // Continuous scores everywhere: at most one mark per cell of the grid.
        QList<ProjectSummary> list;
        const QList<Segment> segments = defaultSegments();
        for (int i = 0; i < 20000; ++i)
            list.append(scored(i + 1, segments[i % segments.size()].key, (i * 37 % 1000) / 10.0,
                               (i * 91 % 1000) / 10.0));
        const DashboardStatistics stats = computeDashboardStatistics(list, segments);
        QVERIFY(stats.matrix.size() <= 60 * 60);
        QCOMPARE(sumOfCounts(stats.matrix), 20000);
    }

    void fullScoresFallInTheLastCell()
    {
        QList<ProjectSummary> list{scored(1, QStringLiteral("sensors"), 100, 100),
                                   scored(2, QStringLiteral("sensors"), 99.5, 99.5),
                                   scored(3, QStringLiteral("sensors"), 0, 0)};
        MatrixThinning thinning;
        thinning.keepAllUpTo = 0;
        const DashboardStatistics stats =
            computeDashboardStatistics(list, defaultSegments(), {}, thinning);
        QCOMPARE(stats.matrix.size(), 2); // thinned marks come in cell order
        QCOMPARE(stats.matrix[0].projectId, qint64(3));
        QCOMPARE(stats.matrix[1].count, 2);
        QCOMPARE(stats.matrix[1].projectId, qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestMatrixThinning)
#include "TestMatrixThinning.moc"
