#include "AnalyticsFixtures.h"
#include "analytics/SegmentStatistics.h"

#include <QTest>

#include <cmath>

using namespace tollgate;

namespace
{

const QString kSensors = QStringLiteral("sensors");
const QString kMaterials = QStringLiteral("materials");
const QString kEda = QStringLiteral("eda-ip");

ProjectSummary summary(qint64 id, const QString& segment, Stage stage, std::optional<double> m,
                       std::optional<double> c, Verdict verdict, std::optional<double> tam = {},
                       const QString& analyst = QStringLiteral("陈思远"))
{
    return test::chartSummary(id, QStringLiteral("项目 %1").arg(id), segment, stage, m, c, verdict,
                              tam, analyst);
}

// A small portfolio worked by hand in the tests below.
//  sensors:   1 pursue (80, 70), 2 market-gap (40, 80), 3 passed cost-gap (70, 30),
//             4 incomplete (no C), 5 archived pursue
//  materials: 6 decline (20, 20), 7 exited pursue (90, 90)
//  eda-ip:    none
//  "quantum" (not in the segment list): 8 pursue (60, 60)
QList<ProjectSummary> portfolio()
{
    QList<ProjectSummary> list{
        summary(1, kSensors, Stage::Diligence, 80, 70, Verdict::Pursue, 8e9),
        summary(2, kSensors, Stage::Screening, 40, 80, Verdict::MarketGap, 2e9,
                QStringLiteral("林晓")),
        summary(3, kSensors, Stage::Passed, 70, 30, Verdict::CostGap, 5e9),
        summary(4, kSensors, Stage::Sourcing, 50, std::nullopt, Verdict::Incomplete, 1e9),
        summary(5, kSensors, Stage::Diligence, 90, 90, Verdict::Pursue, 7e9),
        summary(6, kMaterials, Stage::Committee, 20, 20, Verdict::Decline, std::nullopt,
                QStringLiteral("林晓")),
        summary(7, kMaterials, Stage::Exited, 90, 90, Verdict::Pursue, 3e9),
        summary(8, QStringLiteral("quantum"), Stage::Invested, 60, 60, Verdict::Pursue, 4e9),
    };
    list[4].archived = true;
    list[1].updated = QDateTime(QDate(2026, 3, 10), QTime(9, 0));
    list[5].updated = QDateTime(QDate(2026, 3, 31), QTime(23, 59));
    return list;
}

QList<Segment> segments()
{
    QList<Segment> all = defaultSegments();
    QList<Segment> three;
    for (const Segment& s : all)
        if (s.key == kSensors || s.key == kMaterials || s.key == kEda)
            three.append(s);
    return three;
}

} // namespace

class TestSegmentStatistics : public QObject
{
    Q_OBJECT

private slots:
    void everySegmentInListOrderThenUnknownKeys()
    {
        const DashboardStatistics stats = computeDashboardStatistics(portfolio(), segments());
        QCOMPARE(stats.segments.size(), 4);
        QCOMPARE(stats.segments[0].segment.key, kSensors);
        QCOMPARE(stats.segments[1].segment.key, kMaterials);
        QCOMPARE(stats.segments[2].segment.key, kEda);
        QCOMPARE(stats.segments[2].projects, 0);
        QCOMPARE(stats.segments[3].segment.key, QStringLiteral("quantum"));
        QCOMPARE(stats.segments[3].segment.nameEn, QStringLiteral("quantum"));
        QCOMPARE(stats.segmentIndex(QStringLiteral("quantum")), 3);
        QCOMPARE(stats.segmentIndex(QStringLiteral("nowhere")), -1);
    }

    void countsByVerdictLeaveArchivedOut()
    {
        const DashboardStatistics stats = computeDashboardStatistics(portfolio(), segments());
        QCOMPARE(stats.totalProjects, 8);
        QCOMPARE(stats.matchedProjects, 7); // 5 is archived
        const SegmentStatistics& sensors = stats.segments[0];
        QCOMPARE(sensors.projects, 4);
        QCOMPARE(sensors.verdictCount(Verdict::Pursue), 1);
        QCOMPARE(sensors.verdictCount(Verdict::MarketGap), 1);
        QCOMPARE(sensors.verdictCount(Verdict::CostGap), 1);
        QCOMPARE(sensors.verdictCount(Verdict::Incomplete), 1);
        QCOMPARE(sensors.verdictCount(Verdict::Decline), 0);
        const SegmentStatistics& materials = stats.segments[1];
        QCOMPARE(materials.verdictCount(Verdict::Decline), 1);
        QCOMPARE(materials.verdictCount(Verdict::Pursue), 1);

        SummaryFilter withArchived;
        withArchived.includeArchived = true;
        const DashboardStatistics all =
            computeDashboardStatistics(portfolio(), segments(), withArchived);
        QCOMPARE(all.segments[0].verdictCount(Verdict::Pursue), 2);
    }

    void meansOverProjectsThatHaveTheScore()
    {
        const DashboardStatistics stats = computeDashboardStatistics(portfolio(), segments());
        const SegmentStatistics& sensors = stats.segments[0];
        QCOMPARE(*sensors.meanMarket, (80.0 + 40 + 70 + 50) / 4);
        QCOMPARE(*sensors.meanCost, (70.0 + 80 + 30) / 3); // 4 has no C
        QVERIFY(!stats.segments[2].meanMarket);
        QVERIFY(!stats.segments[2].meanCost);
    }

    void compositeBoxPlotPerSegment()
    {
        const DashboardStatistics stats = computeDashboardStatistics(portfolio(), segments());
        const BoxPlotStats& box = stats.segments[0].composite;
        QCOMPARE(box.count, 3); // 4 has no composite
        // sqrt(40*80) = 56.57, sqrt(70*30) = 45.83, sqrt(80*70) = 74.83: median 56.57,
        // Q1 = 45.83 + 0.5 * (56.57 - 45.83), Q3 = 56.57 + 0.5 * (74.83 - 56.57).
        const double a = std::sqrt(70.0 * 30), b = std::sqrt(40.0 * 80), c = std::sqrt(80.0 * 70);
        QCOMPARE(box.median, b);
        QCOMPARE(box.lowerQuartile, a + 0.5 * (b - a));
        QCOMPARE(box.upperQuartile, b + 0.5 * (c - b));
        QCOMPARE(box.minimum, a);
        QCOMPARE(box.maximum, c);
        QVERIFY(stats.segments[2].composite.isEmpty());
    }

    void tamSumsOnlyProjectsInPlay()
    {
        const DashboardStatistics stats = computeDashboardStatistics(portfolio(), segments());
        const SegmentStatistics& sensors = stats.segments[0];
        QCOMPARE(sensors.inPlay, 3);        // 3 is passed
        QCOMPARE(sensors.inPlayWithTam, 3); // 1, 2, 4
        QCOMPARE(sensors.tamInPlayCny, 8e9 + 2e9 + 1e9);
        const SegmentStatistics& materials = stats.segments[1];
        QCOMPARE(materials.inPlay, 1); // 7 has exited
        QCOMPARE(materials.inPlayWithTam, 0);
        QCOMPARE(materials.tamInPlayCny, 0.0);
        QCOMPARE(stats.segments[3].tamInPlayCny, 4e9); // invested is in play
    }

    void matrixMarksProjectsWithBothScores()
    {
        const DashboardStatistics stats = computeDashboardStatistics(portfolio(), segments());
        QCOMPARE(stats.plottedProjects, 6); // 7 matched, 4 lacks C
        QCOMPARE(stats.matrix.size(), 6);
        const MatrixPoint& first = stats.matrix.first();
        QCOMPARE(first.projectId, qint64(1));
        QCOMPARE(first.market, 80.0);
        QCOMPARE(first.cost, 70.0);
        QCOMPARE(first.segment, 0);
        QCOMPARE(first.count, 1);
        QCOMPARE(first.name, QStringLiteral("项目 1"));
        QCOMPARE(stats.matrix.last().segment, 3); // quantum
    }

    void stageFilter()
    {
        SummaryFilter filter;
        filter.stages = StageSet::inPlay();
        const DashboardStatistics stats =
            computeDashboardStatistics(portfolio(), segments(), filter);
        QCOMPARE(stats.matchedProjects, 5); // 3 passed, 7 exited, 5 archived are out
        QCOMPARE(stats.segments[0].verdictCount(Verdict::CostGap), 0);

        filter.stages = StageSet{Stage::Diligence, Stage::Committee};
        const DashboardStatistics two = computeDashboardStatistics(portfolio(), segments(), filter);
        QCOMPARE(two.matchedProjects, 2); // 1 and 6
        QCOMPARE(two.segments[0].projects, 1);
        QCOMPARE(two.segments[1].projects, 1);
    }

    void analystFilter()
    {
        SummaryFilter filter;
        filter.leadAnalyst = QStringLiteral("林晓");
        const DashboardStatistics stats =
            computeDashboardStatistics(portfolio(), segments(), filter);
        QCOMPARE(stats.matchedProjects, 2);
        QCOMPARE(stats.segments[0].verdictCount(Verdict::MarketGap), 1);
        QCOMPARE(stats.segments[1].verdictCount(Verdict::Decline), 1);
        QCOMPARE(leadAnalysts(portfolio()),
                 (QStringList{QStringLiteral("林晓"), QStringLiteral("陈思远")}));
    }

    void dateRangeIsInclusiveByLocalDay()
    {
        SummaryFilter filter;
        filter.updatedFrom = QDate(2026, 3, 10);
        filter.updatedTo = QDate(2026, 3, 31);
        const DashboardStatistics march =
            computeDashboardStatistics(portfolio(), segments(), filter);
        QCOMPARE(march.matchedProjects, 2); // 2 (March 10, 09:00) and 6 (March 31, 23:59)

        filter.updatedTo = QDate(2026, 3, 30);
        QCOMPARE(computeDashboardStatistics(portfolio(), segments(), filter).matchedProjects, 1);

        filter = {};
        filter.updatedFrom = QDate(2026, 4, 1); // open-ended: everything updated since
        QCOMPARE(computeDashboardStatistics(portfolio(), segments(), filter).matchedProjects, 5);
    }

    void tableResolvesEachSummarysSegment()
    {
        const SummaryTable table(portfolio(), segments());
        QCOMPARE(table.size(), 8);
        QCOMPARE(table.segments().size(), 4); // the three listed, then "quantum"
        QCOMPARE(table.segments().last().key, QStringLiteral("quantum"));
        QCOMPARE(table.segmentOf(0), 0); // sensors
        QCOMPARE(table.segmentOf(5), 1); // materials
        QCOMPARE(table.segmentOf(7), 3); // quantum
        // Computing from the table or from the list gives the same answer.
        SummaryFilter filter;
        filter.stages = StageSet::inPlay();
        const DashboardStatistics a = computeDashboardStatistics(table, filter);
        const DashboardStatistics b = computeDashboardStatistics(portfolio(), segments(), filter);
        QCOMPARE(a.matchedProjects, b.matchedProjects);
        for (int i = 0; i < a.segments.size(); ++i)
            QCOMPARE(a.segments[i].verdictCounts, b.segments[i].verdictCounts);
    }

    void stageSetBasics()
    {
        QVERIFY(StageSet().isEmpty());
        QCOMPARE(StageSet::all().stages().size(), 7);
        const StageSet play = StageSet::inPlay();
        QVERIFY(play.contains(Stage::Invested));
        QVERIFY(!play.contains(Stage::Passed));
        QVERIFY(!play.contains(Stage::Exited));
        QCOMPARE(play.stages().size(), 5);
        StageSet one{Stage::Screening};
        one.insert(Stage::Sourcing);
        QCOMPARE(one.stages(), (QList<Stage>{Stage::Sourcing, Stage::Screening}));
    }
};

QTEST_GUILESS_MAIN(TestSegmentStatistics)
#include "TestSegmentStatistics.moc"
