// Long imports report their progress and can be cancelled: a cancel, at any point, rolls the
// one transaction back, so nothing of the file is in the database (no project, no scorecard,
// no audit line, no rejects file) and the database takes the next import as if nothing happened.
#include "StorageFixtures.h"
#include "services/FileImport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace tollgate;
using namespace tollgate::test;

namespace
{

// Stops after `stopAfter` projects and remembers what it was told.
struct CancellingProgress {
    qint64 stopAfter = 0;
    QList<qint64> done;
    QList<qint64> totals;

    ProgressCallback callback()
    {
        return [this](qint64 d, qint64 total) {
            done << d;
            totals << total;
            return d < stopAfter;
        };
    }
};

QByteArray csvOf(int rows, bool withBadRow)
{
    QByteArray csv = "name,segment,M1,lead_analyst\n";
    for (int i = 0; i < rows; ++i)
        csv += "Project " + QByteArray::number(i) + ",sensors,3,陈思远\n";
    if (withBadRow)
        csv += "Bad score,sensors,9,\n";
    return csv;
}

} // namespace

class TestImportCancel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Portfolio> m_portfolio;

    QString path(const QString& name) const { return m_dir->filePath(name); }
    qsizetype projectCount() const { return m_portfolio->projectSummaries()->size(); }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        Result<std::unique_ptr<Portfolio>> opened =
            Portfolio::open(path(QStringLiteral("p.tollgate")), OpenMode::CreateIfMissing);
        TG_VERIFY_OK(opened);
        m_portfolio = std::move(*opened);
    }

    void cleanup()
    {
        m_portfolio.reset();
        m_dir.reset();
    }

    void progressCountsEveryProjectUpToTheTotal()
    {
        QList<qint64> done;
        ImportStats stats;
        TG_VERIFY_OK(m_portfolio->importDocument(makeDocument(12), analyst(), &stats,
                                                 [&](qint64 d, qint64 total) {
                                                     done << d;
                                                     return total == 12;
                                                 }));
        QCOMPARE(stats.projects, 12);
        QCOMPARE(done.size(), 12);
        QCOMPARE(done.first(), 1);
        QCOMPARE(done.last(), 12);
        QVERIFY(std::is_sorted(done.cbegin(), done.cend()));
        QCOMPARE(projectCount(), 12);
    }

    void cancelMidwayImportsNothing()
    {
        CancellingProgress progress;
        progress.stopAfter = 5;
        ImportStats stats;
        const Status imported =
            m_portfolio->importDocument(makeDocument(20), analyst(), &stats, progress.callback());
        QVERIFY(!imported);
        QCOMPARE(imported.error().kind, ErrorKind::Cancelled);
        QVERIFY(!imported.error().message.isEmpty());
        // It was asked after each project and stopped at the fifth of twenty.
        QCOMPARE(progress.done, (QList<qint64>{1, 2, 3, 4, 5}));
        QCOMPARE(progress.totals.constLast(), 20);
        // Rolled back: no project, no history, and the stats are not filled in.
        QCOMPARE(projectCount(), 0);
        QCOMPARE(stats.projects, 0);
        QCOMPARE(
            runRaw(m_portfolio->path(), {QStringLiteral("SELECT count(*) FROM scorecards")}).value,
            QStringLiteral("0"));
        QCOMPARE(
            runRaw(m_portfolio->path(), {QStringLiteral("SELECT count(*) FROM audit_log")}).value,
            QStringLiteral("0"));
        // The database is not left locked or half-written: the next import lands whole.
        TG_VERIFY_OK(m_portfolio->importDocument(makeDocument(3), analyst()));
        QCOMPARE(projectCount(), 3);
        QVERIFY(m_portfolio->integrityCheck()->isEmpty());
    }

    void cancelAtTheLastProjectStillImportsNothing()
    {
        CancellingProgress progress;
        progress.stopAfter = 4;
        QVERIFY(
            !m_portfolio->importDocument(makeDocument(4), analyst(), nullptr, progress.callback()));
        QCOMPARE(projectCount(), 0);
    }

    void fileImportCancelledMidwayImportsNothing()
    {
        writeBytes(path(QStringLiteral("many.csv")), csvOf(30, false));
        CancellingProgress progress;
        progress.stopAfter = 10;
        FileImportOptions options;
        options.analyst = analyst();
        options.progress = progress.callback();
        const Result<FileImportReport> report =
            importFile(*m_portfolio, path(QStringLiteral("many.csv")), options);
        QVERIFY(!report);
        QCOMPARE(report.error().kind, ErrorKind::Cancelled);
        QCOMPARE(projectCount(), 0);
        // Asked once after reading the file (0 of 30), then after each stored project.
        QCOMPARE(progress.done.first(), 0);
        QCOMPARE(progress.totals.first(), 30);
        QCOMPARE(progress.done.last(), 10);
    }

    void cancelledWhileReadingWritesNoRejectsFile()
    {
        writeBytes(path(QStringLiteral("mixed.csv")), csvOf(5, true));
        CancellingProgress progress; // stops at once, before the first project
        FileImportOptions options;
        options.analyst = analyst();
        options.skipInvalid = true;
        options.progress = progress.callback();
        const Result<FileImportReport> report =
            importFile(*m_portfolio, path(QStringLiteral("mixed.csv")), options);
        QVERIFY(!report);
        QCOMPARE(report.error().kind, ErrorKind::Cancelled);
        QCOMPARE(progress.done, (QList<qint64>{0}));
        QCOMPARE(projectCount(), 0);
        QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*rejects*")}, QDir::Files),
                 QStringList());
    }

    void aDryRunIsNeverAskedAboutProgress()
    {
        writeBytes(path(QStringLiteral("few.csv")), csvOf(3, false));
        bool asked = false;
        FileImportOptions options;
        options.analyst = analyst();
        options.dryRun = true;
        options.progress = [&](qint64, qint64) {
            asked = true;
            return false;
        };
        const Result<FileImportReport> report =
            importFile(*m_portfolio, path(QStringLiteral("few.csv")), options);
        TG_VERIFY_OK(report);
        QCOMPARE(report->stats.projects, 3);
        QVERIFY(!asked);
    }
};

QTEST_GUILESS_MAIN(TestImportCancel)
#include "TestImportCancel.moc"
