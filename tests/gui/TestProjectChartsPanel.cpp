#include "ChartTestHelpers.h"
#include "StorageFixtures.h"
#include "charts/ChartPanel.h"
#include "dashboard/ProjectChartsPanel.h"
#include "session/Session.h"

#include <QChart>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tollgate;
using namespace tollgate::test;

namespace
{

const QString kLin = QStringLiteral("林晓");

} // namespace

class TestProjectChartsPanel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        std::unique_ptr<Portfolio> portfolio =
            openPortfolio(m_dir->filePath(QStringLiteral("project.tollgate")));
        QVERIFY(portfolio);
        Result<qint64> id =
            portfolio->createProject(makeProject(QStringLiteral("触联科技")), analyst());
        TG_VERIFY_OK(id);
        m_project = *id;
        TG_VERIFY_OK(portfolio->addScorecard(
            makeScorecard(m_project, analyst(), QDate(2026, 3, 1), uniformScores(2)), analyst()));
        TG_VERIFY_OK(portfolio->addScorecard(
            makeScorecard(m_project, kLin, QDate(2026, 5, 1), uniformScores(4)), analyst()));
        m_session = std::make_unique<Session>(std::move(portfolio), analyst());
    }

    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    void showsTheRadarAndTheTrendOfAProject()
    {
        ProjectChartsPanel panel(m_session.get());
        panel.setProject(m_project);
        QVERIFY2(panel.errorMessage().isEmpty(), qPrintable(panel.errorMessage()));
        QChart* radar = panel.radarPanel()->chart();
        QCOMPARE(radar->series().size(), 7); // 2 analysts + aggregate, their marks, ring numbers
        QLineSeries* aggregate = seriesNamed<QLineSeries>(radar, QStringLiteral("Aggregate"));
        QVERIFY(aggregate);
        QCOMPARE(aggregate->at(1).y(), 3.0); // (2 + 4) / 2

        QChart* trend = panel.trendPanel()->chart();
        QLineSeries* composite = seriesNamed<QLineSeries>(trend, QStringLiteral("Composite"));
        QVERIFY(composite);
        QCOMPARE(composite->count(), 2); // March: 40; May: the mean of 40 and 80
        QCOMPARE(composite->at(0).y(), 40.0);
        QCOMPARE(composite->at(1).y(), 60.0);
    }

    void aNewScreeningAddsToTheTrend()
    {
        ProjectChartsPanel panel(m_session.get());
        panel.setProject(m_project);
        QSignalSpy refreshed(&panel, &ProjectChartsPanel::refreshed);
        TG_VERIFY_OK(m_session->portfolio().addScorecard(
            makeScorecard(m_project, analyst(), QDate(2026, 9, 1), uniformScores(5)), analyst()));
        m_session->notifyProjectChanged(m_project);
        QCOMPARE(refreshed.size(), 1);
        QLineSeries* composite =
            seriesNamed<QLineSeries>(panel.trendPanel()->chart(), QStringLiteral("Composite"));
        QCOMPARE(composite->count(), 3);
        QCOMPARE(composite->at(2).y(), 90.0); // the mean of 100 (new) and 80 (林晓)

        m_session->notifyProjectChanged(m_project + 1000); // another project: nothing to do
        QCOMPARE(refreshed.size(), 1);
    }

    void aRemovedProjectClearsThePanel()
    {
        ProjectChartsPanel panel(m_session.get());
        panel.setProject(m_project);
        TG_VERIFY_OK(m_session->portfolio().deleteProject(m_project, analyst()));
        m_session->notifyProjectRemoved(m_project);
        QCOMPARE(panel.project(), qint64(0));
        for (QAbstractSeries* s : panel.radarPanel()->chart()->series())
            QVERIFY(!qobject_cast<QLineSeries*>(s)); // no analyst's line, only the ring numbers
        QVERIFY(panel.errorMessage().isEmpty());
    }

    void anUnknownProjectSaysSo()
    {
        ProjectChartsPanel panel(m_session.get());
        panel.setProject(987654);
        // Either no scorecards (an empty chart) or a NotFound message; never a crash.
        QVERIFY(panel.radarPanel()->chart());
        QVERIFY(seriesNamed<QLineSeries>(panel.radarPanel()->chart(),
                                         QStringLiteral("Aggregate")) == nullptr);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;
    qint64 m_project = 0;

    void narrowPanesStackTheChartsInsteadOfSqueezingThem()
    {
        ProjectChartsPanel panel(m_session.get());
        panel.setProject(m_project);
        panel.resize(1100, 600);
        panel.show();
        QTRY_VERIFY(panel.sideBySide());
        // At 1366 px beside the table the pane is about 700 px wide: one above the other, each
        // as wide as the pane and never below its legible minimum.
        panel.resize(700, 600);
        QTRY_VERIFY(!panel.sideBySide());
        QTRY_VERIFY(panel.radarPanel()->width() >= panel.radarPanel()->minimumWidth());
        QVERIFY(panel.radarPanel()->minimumWidth() >= 400);
        QTRY_VERIFY(panel.trendPanel()->y() > panel.radarPanel()->y());
    }
};

QTEST_MAIN(TestProjectChartsPanel)
#include "TestProjectChartsPanel.moc"
