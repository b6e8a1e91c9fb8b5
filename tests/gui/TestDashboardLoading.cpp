#include "DashboardChartCounts.h"
#include "StorageFixtures.h"
#include "charts/ChartPanel.h"
#include "charts/ScreeningMatrixChart.h"
#include "core/Clock.h"
#include "dashboard/DashboardFilterBar.h"
#include "dashboard/DashboardLoader.h"
#include "dashboard/DashboardPage.h"
#include "sample/SyntheticPortfolio.h"
#include "session/Session.h"

#include <QChart>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <memory>

using namespace tollgate;
using namespace tollgate::test;

// The dashboard's read on a worker thread (DashboardLoader), taken here by every portfolio:
// the page shows "Loading…" and keeps its charts until the projects arrive, then shows the
// charts the full summaries give; an edit made while it reads is not lost.
class TestDashboardLoading : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;
    const QDate m_today = QDate(2026, 11, 23);

    // The charts' figures as computed from every full summary, as the page did before.
    DashboardStatistics fromSummaries()
    {
        ProjectFilter all;
        all.includeArchived = true;
        Portfolio& portfolio = m_session->portfolio();
        return computeDashboardStatistics(*portfolio.projectSummaries(all, analyst()),
                                          *portfolio.segments());
    }

    qint64 addProject(const QString& name)
    {
        Project p = makeProject(name);
        const Result<qint64> id = m_session->portfolio().createProject(p, analyst());
        if (!id)
            return 0;
        m_session->notifyProjectChanged(*id); // as the undo command does after storing it
        return *id;
    }

private slots:
    void initTestCase() { Clock::setFixed(QDateTime(m_today, QTime(9, 30), Qt::UTC)); }
    void cleanupTestCase()
    {
        DashboardPage::setBackgroundLoadThreshold(5000);
        Clock::setFixed(QDateTime());
    }

    void init()
    {
        DashboardPage::setBackgroundLoadThreshold(1);
        m_dir = std::make_unique<QTemporaryDir>();
        std::unique_ptr<Portfolio> portfolio =
            openPortfolio(m_dir->filePath(QStringLiteral("loading.tollgate")));
        QVERIFY(portfolio);
        // More than the matrix keeps unthinned, and enough rows that the read takes a while.
        TG_VERIFY_OK(
            portfolio->importDocument(generateSyntheticPortfolio(3000, 11, m_today), analyst()));
        m_session = std::make_unique<Session>(std::move(portfolio), analyst());
    }

    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    void showsTheChartsOfTheFullSummaries()
    {
        DashboardPage page(m_session.get());
        QSignalSpy refreshed(&page, &DashboardPage::refreshed);
        page.resize(1200, 900);
        page.show();
        page.reload(); // at once, rather than on the show's timer, so the test sees it start
        QVERIFY(page.isLoading());
        QVERIFY(!page.loadingLabel()->isHidden());
        QTRY_COMPARE(refreshed.size(), 1);
        QVERIFY(!page.isLoading());
        QVERIFY(page.loadingLabel()->isHidden());
        QVERIFY2(page.errorMessage().isEmpty(), qPrintable(page.errorMessage()));

        const DashboardStatistics expected = fromSummaries();
        const DashboardStatistics& shown = page.statistics();
        QCOMPARE(shown.totalProjects, 3000);
        QCOMPARE(shown.totalProjects, expected.totalProjects);
        QCOMPARE(shown.matchedProjects, expected.matchedProjects);
        QCOMPARE(shown.plottedProjects, expected.plottedProjects);
        QCOMPARE(shown.segments.size(), expected.segments.size());
        for (qsizetype i = 0; i < shown.segments.size(); ++i) {
            QCOMPARE(shown.segments[i].projects, expected.segments[i].projects);
            QCOMPARE(shown.segments[i].composite.median, expected.segments[i].composite.median);
            QCOMPARE(shown.segments[i].tamInPlayCny, expected.segments[i].tamInPlayCny);
        }
        QCOMPARE(shown.matrix.size(), expected.matrix.size());
        ScreeningMatrixChart* matrix = page.matrixChart();
        QVERIFY(matrix);
        QCOMPARE(plottedMarks(matrix), static_cast<int>(expected.matrix.size()));
        QCOMPARE(barTotal(page.verdictPanel()->chart()), double(expected.matchedProjects));
        QVERIFY(page.filterBar()->analystCombo()->count() > 2); // "all" and the analysts

        // The same page reading at once, as a small portfolio does, shows the same.
        DashboardPage::setBackgroundLoadThreshold(std::numeric_limits<int>::max());
        DashboardPage atOnce(m_session.get());
        atOnce.reload();
        QVERIFY(!atOnce.isLoading());
        QCOMPARE(atOnce.statistics().matrix.size(), shown.matrix.size());
        QCOMPARE(plottedMarks(atOnce.matrixChart()), plottedMarks(matrix));
    }

    void keepsItsChartsWhileLoading()
    {
        DashboardPage page(m_session.get());
        QSignalSpy refreshed(&page, &DashboardPage::refreshed);
        page.show();
        QTRY_COMPARE(refreshed.size(), 1);
        QChart* before = page.verdictPanel()->chart();
        const int total = page.statistics().totalProjects;

        page.reload();
        QVERIFY(page.isLoading());
        QVERIFY(!page.loadingLabel()->isHidden());
        // Until the projects arrive the page shows what it showed, and a filter change redraws
        // those.
        QCOMPARE(page.verdictPanel()->chart(), before);
        QCOMPARE(page.statistics().totalProjects, total);
        page.rebuild();
        QCOMPARE(page.statistics().totalProjects, total);
        QTRY_VERIFY(!page.isLoading());
        QVERIFY(page.loadingLabel()->isHidden());
        QCOMPARE(page.statistics().totalProjects, total);
    }

    void editWhileLoadingIsNotLost()
    {
        DashboardPage page(m_session.get());
        QSignalSpy refreshed(&page, &DashboardPage::refreshed);
        page.show();
        QTRY_COMPARE(refreshed.size(), 1);
        refreshed.clear();

        // A read starts; two edits land after it has read but before its projects are shown;
        // one more read shows them both.
        page.reload();
        QVERIFY(page.isLoading());
        page.loader()->waitForRead();
        QVERIFY(addProject(QStringLiteral("读取中新增 Added While Reading")) > 0);
        QVERIFY(addProject(QStringLiteral("第二个 Second One")) > 0);
        QTRY_VERIFY(!page.isLoading());
        QTRY_COMPARE(page.statistics().totalProjects, 3002);
        QCOMPARE(page.statistics().totalProjects, fromSummaries().totalProjects);
        // The stale read was not shown: the page redrew once, with the later projects.
        QCOMPARE(refreshed.size(), 1);
    }

    void loadingEndsWhenTheNextReadIsAtOnce()
    {
        DashboardPage page(m_session.get());
        page.show();
        page.reload();
        QVERIFY(page.isLoading());
        page.loader()->waitForRead();
        // The edit's read runs on the GUI thread (as for a portfolio below the threshold).
        DashboardPage::setBackgroundLoadThreshold(std::numeric_limits<int>::max());
        QVERIFY(addProject(QStringLiteral("之后 Afterwards")) > 0);
        QTRY_VERIFY(!page.isLoading());
        QTRY_COMPARE(page.statistics().totalProjects, 3001);
        QVERIFY(page.loadingLabel()->isHidden());
    }
};

QTEST_MAIN(TestDashboardLoading)
#include "TestDashboardLoading.moc"
