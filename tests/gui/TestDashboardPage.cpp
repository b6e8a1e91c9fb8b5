#include "DashboardChartCounts.h"
#include "StorageFixtures.h"
#include "charts/ChartPanel.h"
#include "charts/ScreeningMatrixChart.h"
#include "dashboard/DashboardFilterBar.h"
#include "dashboard/DashboardPage.h"
#include "sample/BundledSample.h"
#include "session/Session.h"

#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QMenu>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace tollgate;
using namespace tollgate::test;

namespace
{

QAction* stageMenuAction(DashboardFilterBar* bar, int index)
{
    return bar->stageButton()->menu()->actions().at(index);
}

} // namespace

// The dashboard on the bundled sample portfolio, through a real database and Session.
class TestDashboardPage : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        std::unique_ptr<Portfolio> portfolio =
            openPortfolio(m_dir->filePath(QStringLiteral("dash.tollgate")));
        QVERIFY(portfolio);
        const Result<QList<Segment>> segments = portfolio->segments();
        const Result<Template> scoring = portfolio->currentTemplate();
        TG_VERIFY_OK(segments);
        TG_VERIFY_OK(scoring);
        const Result<PortfolioDocument> sample = bundledSamplePortfolio(*segments, *scoring);
        TG_VERIFY_OK(sample);
        TG_VERIFY_OK(portfolio->importDocument(*sample, analyst()));
        m_session = std::make_unique<Session>(std::move(portfolio), analyst());
        Result<QList<ProjectSummary>> summaries = m_session->portfolio().projectSummaries();
        TG_VERIFY_OK(summaries);
        m_summaries = *summaries;
    }

    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    void buildsFromTheSamplePortfolio()
    {
        DashboardPage page(m_session.get());
        page.reload();
        QVERIFY2(page.errorMessage().isEmpty(), qPrintable(page.errorMessage()));
        const DashboardStatistics& stats = page.statistics();
        QCOMPARE(stats.totalProjects, static_cast<int>(m_summaries.size()));
        QCOMPARE(stats.matchedProjects, stats.totalProjects);
        QCOMPARE(stats.segments.size(), 10);

        int withBothScores = 0;
        QSet<QString> segmentsPresent;
        for (const ProjectSummary& s : m_summaries) {
            segmentsPresent.insert(s.segmentKey);
            if (s.market && s.cost)
                ++withBothScores;
        }
        ScreeningMatrixChart* matrix = page.matrixChart();
        QVERIFY(matrix);
        QCOMPARE(matrix->allSegmentSeries().size(), segmentsPresent.size());
        QCOMPARE(plottedMarks(matrix), withBothScores); // a sample this small is not thinned
        QCOMPARE(barTotal(page.verdictPanel()->chart()), double(m_summaries.size()));
        QVERIFY(page.compositePanel()->chart()->series().size() >= 3);
        QCOMPARE(page.tamPanel()->chart()->series().size(), 1);
    }

    void changingAFilterChangesTheCounts()
    {
        DashboardPage page(m_session.get());
        page.reload();
        const int all = page.statistics().matchedProjects;
        QSignalSpy refreshed(&page, &DashboardPage::refreshed);

        // "In play" from the stage menu: passed and exited projects drop out.
        int inPlay = 0;
        for (const ProjectSummary& s : m_summaries)
            inPlay += stageInPlay(s.stage) ? 1 : 0;
        QVERIFY(inPlay < all);
        stageMenuAction(page.filterBar(), 1)->trigger();
        QCOMPARE(refreshed.size(), 1);
        QCOMPARE(page.statistics().matchedProjects, inPlay);
        QCOMPARE(barTotal(page.verdictPanel()->chart()), double(inPlay));
        QCOMPARE(page.filter().stages, StageSet::inPlay());

        // One lead analyst.
        stageMenuAction(page.filterBar(), 0)->trigger(); // all stages again
        QComboBox* analysts = page.filterBar()->analystCombo();
        QVERIFY(analysts->count() >= 3); // "all" and the sample's analysts
        analysts->setCurrentIndex(1);
        const QString chosen = analysts->currentText();
        int theirs = 0;
        for (const ProjectSummary& s : m_summaries)
            theirs += s.leadAnalyst == chosen ? 1 : 0;
        QCOMPARE(page.statistics().matchedProjects, theirs);
        QVERIFY(theirs > 0 && theirs < all);

        // A date range that holds nothing.
        analysts->setCurrentIndex(0);
        page.filterBar()->dateCheck()->setChecked(true);
        page.filterBar()->fromEdit()->setDate(QDate(1990, 1, 1));
        page.filterBar()->toEdit()->setDate(QDate(1990, 1, 2));
        QCOMPARE(page.statistics().matchedProjects, 0);
        page.filterBar()->dateCheck()->setChecked(false);
        QCOMPARE(page.statistics().matchedProjects, all);
    }

    void theLastStageCannotBeUnticked()
    {
        DashboardPage page(m_session.get());
        page.reload();
        const QList<QAction*> actions = page.filterBar()->stageButton()->menu()->actions();
        const QList<QAction*> stages = actions.mid(3); // after "all", "in play" and a separator
        QCOMPARE(stages.size(), 7);
        for (QAction* a : stages.mid(1))
            a->setChecked(false);
        QCOMPARE(page.filter().stages, StageSet{Stage::Sourcing});
        stages.first()->setChecked(false); // refused: nothing would be shown
        QVERIFY(stages.first()->isChecked());
        QCOMPARE(page.filter().stages, StageSet{Stage::Sourcing});
    }

    void clickingAPointActivatesItsProject()
    {
        DashboardPage page(m_session.get());
        page.reload();
        QSignalSpy activated(&page, &DashboardPage::projectActivated);
        ScreeningMatrixChart* matrix = page.matrixChart();
        QScatterSeries* series = matrix->allSegmentSeries().first();
        const QPointF point = series->at(0);
        const QList<MatrixPoint> marks = matrix->marksAt(series, point);
        QVERIFY(!marks.isEmpty());
        emit series->clicked(point);
        QCOMPARE(activated.size(), 1);
        const qint64 id = activated.first().first().toLongLong();
        QCOMPARE(id, marks.first().projectId);
        // The id is a real project with those scores.
        const auto it = std::find_if(m_summaries.cbegin(), m_summaries.cend(),
                                     [id](const ProjectSummary& s) { return s.id == id; });
        QVERIFY(it != m_summaries.cend());
        QCOMPARE(*it->market, point.x());
        QCOMPARE(*it->cost, point.y());
    }

    void anEditMovesThePoint()
    {
        DashboardPage page(m_session.get());
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(page.matrixChart() != nullptr && page.statistics().totalProjects > 0);

        // A project of the sample, re-screened by a new analyst at 5 everywhere and 0 on C1.
        const ProjectSummary& target = m_summaries.first();
        QList<int> scores = uniformScores(5);
        scores[6] = 0; // C1: not a knock-out, so the verdict follows the gates
        Scorecard fresh =
            makeScorecard(target.id, QStringLiteral("Tester"), QDate(2026, 11, 20), scores);
        TG_VERIFY_OK(m_session->portfolio().addScorecard(fresh, analyst()));
        Result<QList<ProjectSummary>> after = m_session->portfolio().projectSummaries();
        TG_VERIFY_OK(after);
        const auto moved = std::find_if(after->cbegin(), after->cend(),
                                        [&](const auto& s) { return s.id == target.id; });
        QVERIFY(moved != after->cend());
        QVERIFY(*moved->market != *target.market || *moved->cost != *target.cost);

        QSignalSpy refreshed(&page, &DashboardPage::refreshed);
        m_session->notifyProjectChanged(target.id);
        QTRY_COMPARE(refreshed.size(), 1);
        ScreeningMatrixChart* matrix = page.matrixChart();
        QScatterSeries* series = matrix->segmentSeries(target.segmentKey);
        QVERIFY(series);
        const QList<MatrixPoint> there =
            matrix->marksAt(series, QPointF(*moved->market, *moved->cost));
        QVERIFY(std::any_of(there.cbegin(), there.cend(),
                            [&](const MatrixPoint& m) { return m.projectId == target.id; }));
        const QList<MatrixPoint> before =
            matrix->marksAt(series, QPointF(*target.market, *target.cost));
        QVERIFY(std::none_of(before.cbegin(), before.cend(),
                             [&](const MatrixPoint& m) { return m.projectId == target.id; }));
    }

    void aHiddenPageCatchesUpWhenShown()
    {
        DashboardPage page(m_session.get());
        page.reload();
        const int before = page.statistics().totalProjects;
        TG_VERIFY_OK(m_session->portfolio().createProject(makeProject(QStringLiteral("新项目 New")),
                                                          analyst()));
        m_session->notifyProjectsReset();
        QCoreApplication::processEvents();
        QCOMPARE(page.statistics().totalProjects, before); // hidden: no work yet
        page.show();
        QTRY_COMPARE(page.statistics().totalProjects, before + 1);
    }

    void legendChoicesSurviveARebuild()
    {
        DashboardPage page(m_session.get());
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(page.matrixChart() != nullptr);
        QSignalSpy refreshed(&page, &DashboardPage::refreshed);
        QScatterSeries* first = page.matrixChart()->allSegmentSeries().first();
        const QString hiddenName = first->name();
        QVERIFY(first->count() > 0);
        emit page.matrixChart()->legend()->markers(first).first()->clicked();
        QVERIFY(!first->isVisible());

        // The page re-thins without the hidden segment: its series comes back empty and hidden,
        // its legend entry still there to turn it on again.
        QTRY_COMPARE(refreshed.size(), 1);
        auto hiddenSeries = [&] {
            for (QScatterSeries* s : page.matrixChart()->allSegmentSeries())
                if (s->name() == hiddenName)
                    return s;
            return static_cast<QScatterSeries*>(nullptr);
        };
        QVERIFY(hiddenSeries());
        QVERIFY(!hiddenSeries()->isVisible());
        QCOMPARE(hiddenSeries()->count(), 0);
        QVERIFY(page.matrixChart()->legend()->markers(hiddenSeries()).first()->isVisible());

        stageMenuAction(page.filterBar(), 1)->trigger(); // another rebuild keeps the choice
        for (QScatterSeries* s : page.matrixChart()->allSegmentSeries())
            QCOMPARE(s->isVisible(), s->name() != hiddenName);

        emit page.matrixChart()->legend()->markers(hiddenSeries()).first()->clicked();
        QTRY_VERIFY(hiddenSeries() && hiddenSeries()->isVisible() && hiddenSeries()->count() > 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;
    QList<ProjectSummary> m_summaries;
};

QTEST_MAIN(TestDashboardPage)
#include "TestDashboardPage.moc"
