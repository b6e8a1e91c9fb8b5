#include "StorageFixtures.h"

#include <QFileInfo>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace tollgate;
using namespace tollgate::test;

// Several writers on one file (SPEC §6): the rollback journal, writers queueing on the busy
// timeout, stale edits detected, and a writer killed mid-import leaving a sound database with
// every acknowledged import in it. docs/storage.md explains the journal-mode decision these
// tests hold.
class TestStorageConcurrency : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_file = 0;

    QString newFile() { return m_dir.filePath(QStringLiteral("c%1.tollgate").arg(++m_file)); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void databasesUseTheRollbackJournal()
    {
        const QString file = newFile();
        std::unique_ptr<Portfolio> p = openPortfolio(file);
        QVERIFY(p);
        TG_VERIFY_OK(p->importDocument(makeDocument(20), analyst()));
        QCOMPARE(runRaw(file, QStringLiteral("PRAGMA journal_mode")).value,
                 QStringLiteral("delete"));
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-shm")));
        // No journal is left behind between edits.
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-journal")));
    }

    void aFileSwitchedToWalIsSwitchedBack()
    {
        const QString file = newFile();
        openPortfolio(file).reset();
        QCOMPARE(runRaw(file, QStringLiteral("PRAGMA journal_mode = WAL")).value,
                 QStringLiteral("wal"));
        std::unique_ptr<Portfolio> p = openPortfolio(file);
        QVERIFY(p);
        TG_VERIFY_OK(p->createProject(makeProject(QStringLiteral("after WAL")), analyst()));
        p.reset();
        QCOMPARE(runRaw(file, QStringLiteral("PRAGMA journal_mode")).value,
                 QStringLiteral("delete"));
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
    }

    void aWriterWaitsForAnotherWritersLock()
    {
        const QString file = newFile();
        std::unique_ptr<Portfolio> p = openPortfolio(file);
        QVERIFY(p);
        QSemaphore locked;
        bool otherCommitted = false;
        QThread* other = QThread::create([&] {
            {
                QSqlDatabase db =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
                db.setDatabaseName(file);
                db.open();
                QSqlQuery q(db);
                q.exec(QStringLiteral("BEGIN IMMEDIATE"));
                q.exec(QStringLiteral("INSERT INTO segments (key, name_en, name_zh, colour, "
                                      "position) VALUES ('held', 'Held', '持有', '#000000', 99)"));
                locked.release();
                QThread::msleep(300); // while this holds the write lock, the edit below waits
                otherCommitted = q.exec(QStringLiteral("COMMIT"));
                q.finish();
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        });
        other->start();
        locked.acquire();
        Result<qint64> id = p->createProject(makeProject(QStringLiteral("queued")), analyst());
        other->wait();
        delete other;
        TG_VERIFY_OK(id);
        QVERIFY(otherCommitted);
        QCOMPARE(p->segments()->last().key, QStringLiteral("held"));
    }

    void twoWritersLoseNothing()
    {
        const QString file = newFile();
        openPortfolio(file).reset();
        constexpr int perWriter = 25; // each edit is a synced commit: enough to interleave
        QAtomicInt failures = 0;
        const auto writer = [&](const QString& who) {
            std::unique_ptr<Portfolio> p = openPortfolio(file);
            if (!p) {
                failures.fetchAndAddRelaxed(perWriter);
                return;
            }
            for (int i = 0; i < perWriter; ++i) {
                Result<qint64> id =
                    p->createProject(makeProject(QStringLiteral("%1 %2").arg(who).arg(i)), who);
                if (!id) {
                    failures.fetchAndAddRelaxed(1);
                    continue;
                }
                Scorecard s = makeScorecard(*id, who, QDate(2026, 5, 1), uniformScores(i % 6));
                if (!p->addScorecard(s, who))
                    failures.fetchAndAddRelaxed(1);
            }
        };
        QThread* a = QThread::create(writer, QStringLiteral("陈思远"));
        QThread* b = QThread::create(writer, QStringLiteral("林晓"));
        a->start();
        b->start();
        a->wait();
        b->wait();
        delete a;
        delete b;
        QCOMPARE(failures.loadRelaxed(), 0);
        std::unique_ptr<Portfolio> p = openPortfolio(file);
        const QList<ProjectSummary> all = *p->projectSummaries();
        QCOMPARE(all.size(), 2 * perWriter);
        for (const ProjectSummary& s : all)
            QCOMPARE(p->scorecards(s.id)->size(), 1);
        QVERIFY(p->integrityCheck()->isEmpty());
    }

    void twoWindowsEditingOneProjectDetectTheConflict()
    {
        const QString file = newFile();
        std::unique_ptr<Portfolio> one = openPortfolio(file);
        std::unique_ptr<Portfolio> two = openPortfolio(file);
        const qint64 id = *one->createProject(makeProject(QStringLiteral("shared")), analyst());
        Project a = *one->project(id);
        Project b = *two->project(id);
        a.stage = Stage::Committee;
        b.city = QStringLiteral("上海");
        TG_VERIFY_OK(one->updateProject(a, analyst()));
        Status second = two->updateProject(b, QStringLiteral("林晓"));
        QCOMPARE(int(second.error().kind), int(ErrorKind::Conflict));
        // The user reloads and applies the change again: both edits survive.
        Project reloaded = *two->project(id);
        reloaded.city = QStringLiteral("上海");
        TG_VERIFY_OK(two->updateProject(reloaded, QStringLiteral("林晓")));
        const Project final = *one->project(id);
        QCOMPARE(final.stage, Stage::Committee);
        QCOMPARE(final.city, QStringLiteral("上海"));
    }

    void aWriterKilledMidImportLeavesASoundDatabase()
    {
        const QString file = newFile();
        openPortfolio(file).reset();
        constexpr int batch = 25;
        int acks[2];
        QCOMPARE(::pipe(acks), 0);
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            // The writer: imports batches forever and acknowledges each committed one.
            ::close(acks[0]);
            std::unique_ptr<Portfolio> p = openPortfolio(file);
            const PortfolioDocument doc = makeDocument(batch);
            while (p && p->importDocument(doc, analyst())) {
                const char ack = 1;
                if (::write(acks[1], &ack, 1) != 1)
                    break;
            }
            ::_exit(1);
        }
        ::close(acks[1]);
        int acknowledged = 0;
        char ack = 0;
        while (acknowledged < 6 && ::read(acks[0], &ack, 1) == 1)
            ++acknowledged;
        ::kill(child, SIGKILL); // somewhere inside the next import
        int status = 0;
        ::waitpid(child, &status, 0);
        QVERIFY(WIFSIGNALED(status));
        while (::read(acks[0], &ack, 1) == 1) // acknowledgements sent just before the kill
            ++acknowledged;
        ::close(acks[0]);

        std::unique_ptr<Portfolio> p = openPortfolio(file);
        QVERIFY(p);
        QVERIFY(p->integrityCheck()->isEmpty());
        const int stored = static_cast<int>(p->projectSummaries()->size());
        QCOMPARE(stored % batch, 0);             // whole imports only
        QVERIFY(stored >= acknowledged * batch); // every acknowledged one
        QVERIFY(stored <= (acknowledged + 1) * batch);
    }
};

QTEST_GUILESS_MAIN(TestStorageConcurrency)
#include "TestStorageConcurrency.moc"
