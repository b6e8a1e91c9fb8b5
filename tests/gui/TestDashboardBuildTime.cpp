// How long the dashboard takes to build through the real database and Session, printed for
// docs/charts.md: with the bundled sample on every run, and with any database named by
// TOLLGATE_DASHBOARD_DB (e.g. `tollgate-cli sample --projects 100000`) when it is set. Nothing
// here asserts a time (the machine is shared); it asserts that rebuilding gives the same
// statistics every time.
#include "StorageFixtures.h"
#include "dashboard/DashboardPage.h"
#include "sample/BundledSample.h"
#include "session/Session.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <limits>
#include <memory>

using namespace tollgate;
using namespace tollgate::test;

namespace
{

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// Builds the page once (its first build) and then rebuilds it `runs` times, printing both.
void measure(Session& session, const char* what, int runs = 5)
{
    QElapsedTimer timer;
    timer.start();
    DashboardPage page(&session);
    page.reload();
    const double first = timer.nsecsElapsed() / 1e6;
    QVERIFY2(page.errorMessage().isEmpty(), qPrintable(page.errorMessage()));
    const int projects = page.statistics().totalProjects;
    QVERIFY(projects > 0);

    QList<double> reloads;
    QList<double> rebuilds;
    for (int i = 0; i < runs; ++i) {
        timer.restart();
        page.reload(); // projects read again from the database, then the charts
        reloads << timer.nsecsElapsed() / 1e6;
        QCOMPARE(page.statistics().totalProjects, projects);
        timer.restart();
        page.rebuild(); // what a filter change costs: statistics and charts only
        rebuilds << timer.nsecsElapsed() / 1e6;
        QCOMPARE(page.statistics().totalProjects, projects);
    }
    qInfo("dashboard, %s (%d projects): first build %.1f ms; median of %d: reload %.1f ms, "
          "rebuild (a filter change) %.1f ms",
          what, projects, first, runs, median(reloads), median(rebuilds));
}

} // namespace

class TestDashboardBuildTime : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // A reload reads on the GUI thread at any size, so that its figure is the whole read
        // (the app reads a large portfolio on a worker: tests/gui/TestDashboardLoading).
        DashboardPage::setBackgroundLoadThreshold(std::numeric_limits<int>::max());
    }

    void withTheSamplePortfolio()
    {
        QTemporaryDir dir;
        Result<std::unique_ptr<Portfolio>> opened = Portfolio::open(
            dir.filePath(QStringLiteral("sample.tollgate")), OpenMode::CreateIfMissing);
        TG_VERIFY_OK(opened);
        std::unique_ptr<Portfolio> portfolio = std::move(*opened);
        const Result<PortfolioDocument> sample =
            bundledSamplePortfolio(*portfolio->segments(), *portfolio->currentTemplate());
        TG_VERIFY_OK(sample);
        TG_VERIFY_OK(portfolio->importDocument(*sample, analyst()));
        Session session(std::move(portfolio), analyst());
        measure(session, "bundled sample");
    }

    void withTheDatabaseNamedInTheEnvironment()
    {
        const QString path = qEnvironmentVariable("TOLLGATE_DASHBOARD_DB");
        if (path.isEmpty())
            QSKIP("TOLLGATE_DASHBOARD_DB names no database");
        Result<std::unique_ptr<Portfolio>> opened = Portfolio::open(path, OpenMode::ExistingOnly);
        TG_VERIFY_OK(opened);
        QElapsedTimer timer;
        timer.start();
        Session session(std::move(*opened), analyst());
        qInfo("session on %s: %.1f ms", qPrintable(path), timer.nsecsElapsed() / 1e6);
        measure(session, "TOLLGATE_DASHBOARD_DB", 3);
    }
};

QTEST_MAIN(TestDashboardBuildTime)
#include "TestDashboardBuildTime.moc"
