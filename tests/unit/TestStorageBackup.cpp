#include "StorageFixtures.h"

#include "storage/Backup.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <csignal>
#include <thread>

#include <sys/resource.h>

using namespace tollgate;
using namespace tollgate::test;

// Backups: a verified, consistent copy that opens as the same portfolio; rolling backups that
// keep the newest N; the integrity check reporting what is wrong.
class TestStorageBackup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void backupOpensAsTheSamePortfolio()
    {
        std::unique_ptr<Portfolio> p = openPortfolio(path(QStringLiteral("source.tollgate")));
        QVERIFY(p);
        TG_VERIFY_OK(p->importDocument(makeDocument(40), analyst()));
        const QString copy = path(QStringLiteral("copies/copy.tollgate"));
        TG_VERIFY_OK(p->backupTo(copy));
        // The source stays usable after its backup.
        TG_VERIFY_OK(p->createProject(makeProject(QStringLiteral("after")), analyst()));

        Result<std::unique_ptr<Portfolio>> opened = Portfolio::open(copy, OpenMode::ExistingOnly);
        TG_VERIFY_OK(opened);
        Portfolio& c = **opened;
        QCOMPARE(c.projectSummaries()->size(), 40);
        Result<QStringList> problems = c.integrityCheck();
        TG_VERIFY_OK(problems);
        QVERIFY(problems->isEmpty());
        QCOMPARE(c.projectSummaries()->at(7).composite, p->projectSummaries()->at(7).composite);
        QCOMPARE(QDir(path(QStringLiteral("copies"))).entryList(QDir::Files),
                 QStringList{QStringLiteral("copy.tollgate")}); // no temporary copy left
    }

    void backupReplacesAnOlderCopy()
    {
        std::unique_ptr<Portfolio> p = openPortfolio(path(QStringLiteral("again.tollgate")));
        const QString copy = path(QStringLiteral("again-copy.tollgate"));
        TG_VERIFY_OK(p->backupTo(copy));
        TG_VERIFY_OK(p->importDocument(makeDocument(5), analyst()));
        TG_VERIFY_OK(p->backupTo(copy));
        Result<std::unique_ptr<Portfolio>> opened = Portfolio::open(copy, OpenMode::ExistingOnly);
        TG_VERIFY_OK(opened);
        QCOMPARE((*opened)->projectSummaries()->size(), 5);
    }

    void failedBackupKeepsThePreviousOne()
    {
        std::unique_ptr<Portfolio> p = openPortfolio(path(QStringLiteral("keep.tollgate")));
        const QString copy = path(QStringLiteral("keep-copy.tollgate"));
        TG_VERIFY_OK(p->backupTo(copy));
        TG_VERIFY_OK(p->importDocument(makeDocument(5), analyst()));
        const QByteArray before = fileBytes(copy);
        // A full disk, as far as this process can tell: no file may grow past 4 KiB, so the
        // copy fails part-way.
        rlimit limit{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &limit), 0);
        const rlimit unlimited = limit;
        limit.rlim_cur = 4096;
        std::signal(SIGXFSZ, SIG_IGN); // a failed write instead of the signal
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limit), 0);
        Status failed = p->backupTo(copy);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &unlimited), 0);
        QVERIFY(!failed);
        QVERIFY(!failed.error().message.isEmpty());
        QCOMPARE(fileBytes(copy), before);
        // Nor is a half-written copy left beside it.
        const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral("keep-copy*")});
        QCOMPARE(left, QStringList{QStringLiteral("keep-copy.tollgate")});
    }

    void aCopyFailingItsCheckNeverReplacesTheBackup()
    {
        // installVerified is the last step of every backup: the copy is integrity-checked
        // before it is moved over the previous backup.
        std::unique_ptr<Portfolio> p = openPortfolio(path(QStringLiteral("verify.tollgate")));
        TG_VERIFY_OK(p->importDocument(makeDocument(300), analyst()));
        const QString previous = path(QStringLiteral("verify-copy.tollgate"));
        TG_VERIFY_OK(p->backupTo(previous));
        const QByteArray before = fileBytes(previous);

        const QString written = path(QStringLiteral("verify-new.partial"));
        QByteArray damaged = before;
        for (qsizetype i = 8 * 4096; i < damaged.size(); i += 7)
            damaged[i] = char(0xA5); // the header is intact: only the check can tell
        for (const QByteArray& bad :
             {damaged, before.left(before.size() / 2), QByteArray(), QByteArray(4096, 'x')}) {
            writeBytes(written, bad);
            const Status installed = Backup::installVerified(written, previous);
            QVERIFY(!installed);
            QVERIFY(!installed.error().message.isEmpty());
            QCOMPARE(fileBytes(previous), before);
            QVERIFY(!QFileInfo::exists(written));
        }
        // A missing copy is not taken for an empty, sound database.
        QVERIFY(!Backup::installVerified(written, previous));
        QCOMPARE(fileBytes(previous), before);
        QVERIFY(!QFileInfo::exists(written));
        // A sound copy does replace it.
        writeBytes(written, before);
        TG_VERIFY_OK(Backup::installVerified(written, previous));
        QCOMPARE(fileBytes(previous), before);
    }

    void rollingBackupsKeepTheNewest()
    {
        const QString file = path(QStringLiteral("rolling/portfolio.tollgate"));
        std::unique_ptr<Portfolio> p = openPortfolio(file);
        QVERIFY(p);
        QVERIFY(Portfolio::backupsOf(file).isEmpty());
        QStringList made;
        for (int i = 0; i < 5; ++i) {
            TG_VERIFY_OK(p->createProject(makeProject(QStringLiteral("P%1").arg(i)), analyst()));
            Result<QString> backup = p->makeRollingBackup(3);
            TG_VERIFY_OK(backup);
            QCOMPARE(QFileInfo(*backup).dir().dirName(), QStringLiteral("backups"));
            made << *backup;
        }
        const QStringList kept = Portfolio::backupsOf(file);
        QCOMPARE(kept, (QStringList{made[4], made[3], made[2]})); // newest first
        QVERIFY(!QFileInfo::exists(made[0]));
        QCOMPARE(Backup::latestBackup(file), made[4]);
        // The newest holds all five projects, the oldest kept three.
        QCOMPARE((*Portfolio::open(made[4], OpenMode::ExistingOnly))->projectSummaries()->size(),
                 5);
        QCOMPARE((*Portfolio::open(made[2], OpenMode::ExistingOnly))->projectSummaries()->size(),
                 3);
        // Another database in the same folder has backups of its own.
        std::unique_ptr<Portfolio> other =
            openPortfolio(path(QStringLiteral("rolling/other.tollgate")));
        TG_VERIFY_OK(other->makeRollingBackup());
        QCOMPARE(Portfolio::backupsOf(file).size(), 3);
        QCOMPARE(Portfolio::backupsOf(other->path()).size(), 1);
    }

    // Two backups of one file started at the same moment (the app's backup on open in its
    // thread, an import's in another) both succeed and leave no half-written copy behind. They
    // once shared one temporary name when their time stamps met, and each removed the other's.
    void backupsTakenAtTheSameMomentBothSucceed()
    {
        const QString file = path(QStringLiteral("together/pipeline.tollgate"));
        {
            std::unique_ptr<Portfolio> p = openPortfolio(file);
            TG_VERIFY_OK(p->importDocument(makeDocument(20), analyst()));
        }
        for (int round = 0; round < 25; ++round) {
            std::atomic<int> ready{0};
            std::atomic<int> failed{0};
            auto backUp = [&] {
                Result<std::unique_ptr<Portfolio>> p =
                    Portfolio::open(file, OpenMode::ExistingOnly);
                ++ready;
                while (ready.load() < 2) {
                }
                if (!p || !(*p)->makeRollingBackup(100))
                    ++failed;
            };
            std::thread first(backUp);
            std::thread second(backUp);
            first.join();
            second.join();
            QCOMPARE(failed.load(), 0);
        }
        const QStringList left = QDir(Backup::folderFor(file)).entryList(QDir::Files);
        for (const QString& name : left)
            QVERIFY2(!name.endsWith(QLatin1String(".partial")), qPrintable(name));
        QVERIFY(Portfolio::backupsOf(file).size() >= 25);
    }

    void integrityCheckReportsBrokenLinks()
    {
        const QString file = path(QStringLiteral("links.tollgate"));
        {
            std::unique_ptr<Portfolio> p = openPortfolio(file);
            TG_VERIFY_OK(p->importDocument(makeDocument(2), analyst()));
        }
        // Another program, with foreign keys off, leaves a scorecard without its project.
        QCOMPARE(
            runRaw(file, {QStringLiteral("PRAGMA foreign_keys = OFF"),
                          QStringLiteral("UPDATE scorecards SET project_id = 999 WHERE id = 1")})
                .error,
            QString());
        Result<std::unique_ptr<Portfolio>> opened = Portfolio::open(file, OpenMode::ExistingOnly);
        TG_VERIFY_OK(opened);
        Result<QStringList> problems = (*opened)->integrityCheck();
        TG_VERIFY_OK(problems);
        QCOMPARE(problems->size(), 1);
        QVERIFY(problems->first().contains(QStringLiteral("scorecards")));
    }
};

QTEST_GUILESS_MAIN(TestStorageBackup)
#include "TestStorageBackup.moc"
