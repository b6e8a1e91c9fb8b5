#include "StorageFixtures.h"

#include "analytics/SegmentStatistics.h"
#include "core/Clock.h"
#include "sample/BundledSample.h"
#include "sample/SyntheticPortfolio.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tollgate;
using namespace tollgate::test;

namespace
{

// The projects as the dashboard reads them now: the storage's compact rows.
SummaryTable compactTable(const Portfolio& portfolio, const QList<Segment>& segments,
                          const QString& viewer = QString())
{
    SummaryTable table(segments);
    const Status read = portfolio.readDashboard(
        viewer, table.keys(),
        [&table](const DashboardRow& row, QStringView name) { table.append(row, name); });
    if (!read)
        qWarning("%s", qPrintable(read.error().message));
    table.finishReading();
    return table;
}

// The projects as the dashboard read them before: every full summary, as the viewer sees it.
SummaryTable summaryTable(const Portfolio& portfolio, const QList<Segment>& segments,
                          const QString& viewer = QString())
{
    ProjectFilter all;
    all.includeArchived = true;
    const Result<QList<ProjectSummary>> summaries = portfolio.projectSummaries(all, viewer);
    if (!summaries)
        qWarning("%s", qPrintable(summaries.error().message));
    return SummaryTable(summaries ? *summaries : QList<ProjectSummary>(), segments);
}

void compareBox(const BoxPlotStats& a, const BoxPlotStats& b)
{
    QCOMPARE(a.count, b.count);
    QCOMPARE(a.minimum, b.minimum);
    QCOMPARE(a.lowerWhisker, b.lowerWhisker);
    QCOMPARE(a.lowerQuartile, b.lowerQuartile);
    QCOMPARE(a.median, b.median);
    QCOMPARE(a.upperQuartile, b.upperQuartile);
    QCOMPARE(a.upperWhisker, b.upperWhisker);
    QCOMPARE(a.maximum, b.maximum);
    QCOMPARE(a.mean, b.mean);
    QCOMPARE(a.outlierCount, b.outlierCount);
    QCOMPARE(a.outliers, b.outliers);
}

// Every figure behind the four charts, exactly: both tables hold the same doubles in the same
// order, so even the sums agree to the last bit.
void compareStatistics(const DashboardStatistics& a, const DashboardStatistics& b)
{
    QCOMPARE(a.totalProjects, b.totalProjects);
    QCOMPARE(a.matchedProjects, b.matchedProjects);
    QCOMPARE(a.plottedProjects, b.plottedProjects);
    QCOMPARE(a.segments.size(), b.segments.size());
    for (qsizetype i = 0; i < a.segments.size(); ++i) {
        const SegmentStatistics& x = a.segments[i];
        const SegmentStatistics& y = b.segments[i];
        QCOMPARE(x.segment.key, y.segment.key);
        QCOMPARE(x.segment.colour, y.segment.colour);
        QCOMPARE(x.projects, y.projects);
        QVERIFY(x.verdictCounts == y.verdictCounts);
        compareBox(x.composite, y.composite);
        QCOMPARE(x.meanMarket, y.meanMarket);
        QCOMPARE(x.meanCost, y.meanCost);
        QCOMPARE(x.inPlay, y.inPlay);
        QCOMPARE(x.inPlayWithTam, y.inPlayWithTam);
        QCOMPARE(x.tamInPlayCny, y.tamInPlayCny);
    }
    QCOMPARE(a.matrix.size(), b.matrix.size());
    for (qsizetype i = 0; i < a.matrix.size(); ++i) {
        const MatrixPoint& p = a.matrix[i];
        const MatrixPoint& q = b.matrix[i];
        QCOMPARE(p.projectId, q.projectId);
        QCOMPARE(p.name, q.name);
        QCOMPARE(p.segment, q.segment);
        QCOMPARE(p.market, q.market);
        QCOMPARE(p.cost, q.cost);
        QCOMPARE(p.composite, q.composite);
        QCOMPARE(p.verdict, q.verdict);
        QCOMPARE(p.count, q.count);
    }
}

// The dashboard's filters that read a field each: none, archived included, stage, analyst,
// each end of the date range.
QList<SummaryFilter> filtersFor(const QStringList& analysts, const QDate& today)
{
    QList<SummaryFilter> filters;
    filters << SummaryFilter();
    SummaryFilter archived;
    archived.includeArchived = true;
    filters << archived;
    SummaryFilter inPlay;
    inPlay.stages = StageSet::inPlay();
    filters << inPlay;
    for (const QString& name : analysts.mid(0, 2)) {
        SummaryFilter byAnalyst;
        byAnalyst.leadAnalyst = name;
        byAnalyst.includeArchived = true;
        filters << byAnalyst;
    }
    SummaryFilter nobody;
    nobody.leadAnalyst = QStringLiteral("nobody of that name");
    filters << nobody;
    SummaryFilter recent;
    recent.updatedFrom = today.addDays(-120);
    filters << recent;
    SummaryFilter older;
    older.updatedTo = today.addDays(-120);
    older.stages = StageSet{Stage::Screening, Stage::Diligence};
    filters << older;
    return filters;
}

} // namespace

// The dashboard's compact read (storage/DashboardRead.h): the same statistics, matrix marks and
// analyst choices as from the full summaries it replaces, on the bundled sample and on a
// generated portfolio large enough to thin the matrix, with a segment the list does not know,
// and as the viewing analyst sees them under blind scoring.
class TestDashboardRead : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QDate m_today = QDate(2026, 11, 23);

    std::unique_ptr<Portfolio> sample(const QString& file)
    {
        std::unique_ptr<Portfolio> portfolio = openPortfolio(m_dir.filePath(file));
        if (!portfolio)
            return nullptr;
        const Result<PortfolioDocument> doc =
            bundledSamplePortfolio(*portfolio->segments(), *portfolio->currentTemplate());
        if (!doc || !portfolio->importDocument(*doc, analyst()).ok())
            return nullptr;
        return portfolio;
    }

    void compareAll(const Portfolio& portfolio, const QList<Segment>& segments,
                    const QString& viewer = QString())
    {
        const SummaryTable compact = compactTable(portfolio, segments, viewer);
        const SummaryTable full = summaryTable(portfolio, segments, viewer);
        QVERIFY(compact.size() > 0);
        QCOMPARE(compact.size(), full.size());
        QCOMPARE(compact.leadAnalysts(), full.leadAnalysts());
        QCOMPARE(compact.segments().size(), full.segments().size());
        for (const SummaryFilter& filter : filtersFor(full.leadAnalysts(), m_today)) {
            MatrixThinning thinning;
            compareStatistics(computeDashboardStatistics(compact, filter, thinning),
                              computeDashboardStatistics(full, filter, thinning));
            if (QTest::currentTestFailed())
                return;
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Clock::setFixed(QDateTime(m_today, QTime(9, 30), Qt::UTC));
    }
    void cleanupTestCase() { Clock::setFixed(QDateTime()); }

    void sampleGivesTheSameStatistics()
    {
        std::unique_ptr<Portfolio> portfolio = sample(QStringLiteral("sample.tollgate"));
        QVERIFY(portfolio);
        compareAll(*portfolio, *portfolio->segments());
    }

    void generatedPortfolioGivesTheSameStatistics()
    {
        std::unique_ptr<Portfolio> portfolio =
            openPortfolio(m_dir.filePath(QStringLiteral("generated.tollgate")));
        QVERIFY(portfolio);
        PortfolioDocument doc = generateSyntheticPortfolio(4000, 7, m_today);
        for (int i = 0; i < doc.projects.size(); i += 97)
            doc.projects[i].project.archived = true;
        TG_VERIFY_OK(portfolio->importDocument(doc, analyst()));
        const QList<Segment> segments = *portfolio->segments();
        compareAll(*portfolio, segments);
        // More than keepAllUpTo plotted: the matrix was thinned, representatives and all.
        const SummaryTable compact = compactTable(*portfolio, segments);
        const DashboardStatistics stats = computeDashboardStatistics(compact);
        QVERIFY(stats.plottedProjects > MatrixThinning().keepAllUpTo);
        QVERIFY(stats.matrix.size() < stats.plottedProjects);
        QVERIFY(compact.analysts().size() > 1);

        // A segment missing from the list gets the same grey entry of its own in both.
        QList<Segment> fewer = segments;
        fewer.removeAt(1);
        compareAll(*portfolio, fewer);
        QCOMPARE(compactTable(*portfolio, fewer).segments().last().key, segments.at(1).key);
    }

    void blindScoringShowsTheViewersOwnScores()
    {
        std::unique_ptr<Portfolio> portfolio = sample(QStringLiteral("blind.tollgate"));
        QVERIFY(portfolio);
        const QString other = QStringLiteral("王磊");
        // The sample's first project, scored again by the viewer as a draft of all ones.
        const qint64 id = portfolio->projectSummaries()->first().id;
        Scorecard draft = makeScorecard(id, analyst(), QDate(2026, 11, 20), uniformScores(1));
        draft.submitted = false;
        TG_VERIFY_OK(portfolio->addScorecard(draft, analyst()));
        Scorecard theirs = makeScorecard(id, other, QDate(2026, 11, 21), uniformScores(5));
        TG_VERIFY_OK(portfolio->addScorecard(theirs, other));
        TG_VERIFY_OK(portfolio->setBlindScoring(true, analyst()));
        const QList<Segment> segments = *portfolio->segments();

        const auto rowOf = [](const SummaryTable& table, qint64 project) {
            for (qsizetype i = 0; i < table.size(); ++i)
                if (table.row(i).id == project)
                    return table.row(i);
            return DashboardRow();
        };
        const DashboardRow mine = rowOf(compactTable(*portfolio, segments, analyst()), id);
        const DashboardRow stored = rowOf(compactTable(*portfolio, segments), id);
        QCOMPARE(mine.id, id);
        // The viewer sees the draft's ones, not the aggregate with the other analyst's fives.
        QVERIFY(mine.market < stored.market);
        QCOMPARE(mine.verdict, Verdict::Decline);
        QVERIFY(stored.verdict != Verdict::Decline);
        compareAll(*portfolio, segments, analyst());
        compareAll(*portfolio, segments, other);
    }
};

QTEST_GUILESS_MAIN(TestDashboardRead)
#include "TestDashboardRead.moc"
