#include "StorageFixtures.h"

#include "sample/SyntheticPortfolio.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace tollgate;
using namespace tollgate::test;

// The bulk paths at size: import, open, summaries, re-evaluation, backup. By default a small
// portfolio keeps the test quick; TOLLGATE_STORAGE_PROJECTS=100000 measures the SPEC §9 size
// and prints the times (they are reported, not asserted: machines differ).
class TestStoragePerformance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 2000;

    // Wall time, and the processor time of this process: on a busy machine the second says
    // more about the code.
    struct Stopwatch {
        QElapsedTimer wall;
        std::clock_t cpu = 0;
        void start()
        {
            wall.start();
            cpu = std::clock();
        }
    };

    static void report(const char* what, const Stopwatch& timer)
    {
        const double cpuMs = 1000.0 * double(std::clock() - timer.cpu) / CLOCKS_PER_SEC;
        qInfo("%-28s %8lld ms wall %8.0f ms cpu", what,
              static_cast<long long>(timer.wall.elapsed()), cpuMs);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const int requested = qEnvironmentVariableIntValue("TOLLGATE_STORAGE_PROJECTS");
        if (requested > 0)
            m_count = requested;
    }

    void bulkPathsAtSize()
    {
        const QString file = m_dir.filePath(QStringLiteral("bulk.tollgate"));
        Stopwatch timer;
        timer.start();
        const PortfolioDocument doc =
            generateSyntheticPortfolio(m_count, 2026, QDate(2026, 11, 23));
        report("generate (sample generator)", timer);
        {
            std::unique_ptr<Portfolio> p = openPortfolio(file);
            QVERIFY(p);
            timer.start();
            ImportStats stats;
            TG_VERIFY_OK(p->importDocument(doc, analyst(), &stats));
            report("import", timer);
            QCOMPARE(stats.projects, m_count);
            QCOMPARE(stats.scorecards, m_count); // one each
        }
        qInfo("file size %lld MB", static_cast<long long>(QFileInfo(file).size() >> 20));

        timer.start();
        Result<std::unique_ptr<Portfolio>> opened = Portfolio::open(file, OpenMode::ExistingOnly);
        report("open (with quick_check)", timer);
        TG_VERIFY_OK(opened);
        Portfolio& p = **opened;

        timer.start();
        Result<QList<ProjectSummary>> rows = p.projectSummaries();
        report("projectSummaries", timer);
        TG_VERIFY_OK(rows);
        QCOMPARE(rows->size(), m_count);

        timer.start();
        ProjectFilter filter;
        filter.segmentKey = QStringLiteral("materials");
        Result<QList<ProjectSummary>> some = p.projectSummaries(filter);
        report("projectSummaries(segment)", timer);
        TG_VERIFY_OK(some);
        QVERIFY(!some->isEmpty());

        // The first re-scoring of a connection reads every scorecard; the next ones reuse what
        // it read while nobody else writes (storage/Rescoring.h).
        timer.start();
        TG_VERIFY_OK(p.reevaluateAll());
        report("reevaluateAll (first)", timer);
        timer.start();
        TG_VERIFY_OK(p.reevaluateAll());
        report("reevaluateAll (again)", timer);

        Result<Template> t = p.currentTemplate();
        TG_VERIFY_OK(t);
        Template changed = *t;
        changed.marketGate = 55;
        timer.start();
        TG_VERIFY_OK(p.saveTemplateVersion(changed, analyst()));
        report("saveTemplateVersion", timer);

        timer.start();
        Result<PortfolioDocument> exported = p.exportDocument();
        report("exportDocument", timer);
        TG_VERIFY_OK(exported);
        QCOMPARE(exported->projects.size(), m_count);

        timer.start();
        TG_VERIFY_OK(p.backupTo(m_dir.filePath(QStringLiteral("copy.tollgate"))));
        report("backupTo (verified)", timer);
    }
};

QTEST_GUILESS_MAIN(TestStoragePerformance)
#include "TestStoragePerformance.moc"
