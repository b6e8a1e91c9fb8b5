#include "StorageFixtures.h"

#include "sample/SyntheticPortfolio.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tollgate;
using namespace tollgate::test;

// A large import into a small database sets the project table's indexes aside and builds them
// again inside the same transaction (storage/BulkIndexes.h). Afterwards the file must look as
// if the rows had gone in one by one, and a failure half-way must leave it untouched.
class TestBulkImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    static constexpr int kBulk = 2500; // above the bulk threshold

    static QStringList projectIndexes(const QString& file)
    {
        const RawResult names = runRaw(
            file, QStringLiteral("SELECT group_concat(name, ' ') FROM (SELECT name FROM "
                                 "sqlite_master WHERE type = 'index' AND tbl_name = 'projects' "
                                 "AND sql IS NOT NULL ORDER BY name)"));
        return names.value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void indexesAreBuiltAgainAndTheFileIsSound()
    {
        const QString file = m_dir.filePath(QStringLiteral("bulk.tollgate"));
        {
            std::unique_ptr<Portfolio> p = openPortfolio(file);
            QVERIFY(p);
            const QStringList before = projectIndexes(file);
            QCOMPARE(before.size(), 7);
            ImportStats stats;
            TG_VERIFY_OK(p->importDocument(
                generateSyntheticPortfolio(kBulk, 11, QDate(2026, 11, 23)), analyst(), &stats));
            QCOMPARE(stats.projects, kBulk);
            QCOMPARE(projectIndexes(file), before);
            Result<QStringList> problems = p->integrityCheck();
            TG_VERIFY_OK(problems);
            QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
        }
        // The indexes hold every row: a lookup through each finds what a full scan finds.
        const QStringList lookups{
            QStringLiteral("SELECT count(*) FROM projects INDEXED BY projects_segment WHERE "
                           "segment_key = 'materials'"),
            QStringLiteral("SELECT count(*) FROM projects NOT INDEXED WHERE segment_key = "
                           "'materials'"),
            QStringLiteral("SELECT count(*) FROM projects INDEXED BY projects_composite WHERE "
                           "eval_composite > 50"),
            QStringLiteral("SELECT count(*) FROM projects NOT INDEXED WHERE eval_composite > 50"),
        };
        for (int i = 0; i < lookups.size(); i += 2) {
            const RawResult indexed = runRaw(file, lookups.at(i));
            const RawResult scanned = runRaw(file, lookups.at(i + 1));
            QVERIFY2(indexed.error.isEmpty(), qPrintable(indexed.error));
            QVERIFY(indexed.value.toInt() > 0);
            QCOMPARE(indexed.value, scanned.value);
        }
    }

    void aFailureHalfwayLeavesTheFileAsItWas()
    {
        const QString file = m_dir.filePath(QStringLiteral("failing.tollgate"));
        {
            std::unique_ptr<Portfolio> p = openPortfolio(file);
            QVERIFY(p);
            TG_VERIFY_OK(p->importDocument(makeDocument(3), analyst()));
        }
        // Another program's trigger refuses one scorecard late in the import, after the
        // indexes were set aside and most rows written.
        const RawResult trigger = runRaw(
            file, QStringLiteral("CREATE TRIGGER refuse_late BEFORE INSERT ON scorecards WHEN "
                                 "NEW.id > 2000 BEGIN SELECT RAISE(ABORT, 'refused'); END"));
        QVERIFY2(trigger.error.isEmpty(), qPrintable(trigger.error));
        const QByteArray before = fileBytes(file);
        {
            std::unique_ptr<Portfolio> p = openPortfolio(file);
            QVERIFY(p);
            const Status s = p->importDocument(
                generateSyntheticPortfolio(kBulk, 12, QDate(2026, 11, 23)), analyst());
            QVERIFY(!s.ok());
            QVERIFY2(s.error().message.contains(QLatin1String("refused")),
                     qPrintable(s.error().message));
            QCOMPARE(p->projectSummaries()->size(), 3);
        }
        QCOMPARE(fileBytes(file), before);
        QCOMPARE(projectIndexes(file).size(), 7);
    }
};

QTEST_GUILESS_MAIN(TestBulkImport)
#include "TestBulkImport.moc"
