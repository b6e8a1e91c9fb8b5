#include "StorageFixtures.h"
#include "TestSupport.h"

#include "storage/Schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace tollgate;
using namespace tollgate::test;

// Damaged and foreign files, a read-only file and a full disk, through the real tollgate-cli
// (SPEC §6, §9): one clear line on stderr, exit 1, no crash, the file byte for byte as it was.
// The in-process refusals are in unit.TestStorageOpen; the app's offer of the latest backup in
// gui.TestBackupRestore::aDamagedFileOffersItsLatestBackup.
class TestHostileFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // tollgate-cli with a modifier run in the child before exec (limits, another user).
    static CliRun runCliAs(const QStringList& arguments, const std::function<void()>& modifier)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.setChildProcessModifier(modifier);
        process.start(QStringLiteral(TOLLGATE_CLI_PATH), arguments);
        CliRun run;
        if (!process.waitForStarted(10000) || !process.waitForFinished(120000))
            return run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    static bool isOneLineError(const CliRun& run)
    {
        return run.exitCode == 1 && run.err.endsWith('\n') && run.err.count('\n') == 1 &&
               run.err.trimmed().size() > 10;
    }

    // A CSV of `rows` projects with long descriptions: megabytes once stored.
    static QByteArray bigCsv(int rows)
    {
        QByteArray csv = "name,segment,description\n";
        const QByteArray text(2000, 'x');
        for (int i = 0; i < rows; ++i)
            csv += "Project " + QByteArray::number(i) + ",sensors," + text + "\n";
        return csv;
    }

    QString sampleDatabase(const QString& name)
    {
        const QString file = path(name);
        std::unique_ptr<Portfolio> p = openPortfolio(file);
        if (p)
            (void)p->importDocument(makeDocument(30), analyst());
        return file;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void damagedAndForeignFilesGetOneClearLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QByteArray whole = fileBytes(sampleDatabase(QStringLiteral("whole.tollgate")));
        QByteArray random;
        quint32 x = 99;
        for (int i = 0; i < 20000; ++i) {
            x = x * 1664525u + 1013904223u;
            random.append(char(x >> 24));
        }
        QByteArray scribbled = whole;
        for (qsizetype i = 8 * 4096; i < scribbled.size(); i += 5)
            scribbled[i] = char(0x5A);
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("random bytes") << random << QStringLiteral("not");
        QTest::newRow("truncated") << whole.left(whole.size() / 3) << QStringLiteral("damaged");
        QTest::newRow("scribbled pages") << scribbled << QStringLiteral("damaged");
        QTest::newRow("text") << QByteArray("name,segment\n芯,sensors\n") << QStringLiteral("not");
        QTest::newRow("header only") << whole.left(100) << QStringLiteral("hostile.tollgate");
    }

    void damagedAndForeignFilesGetOneClearLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString file = path(QStringLiteral("hostile.tollgate"));
        writeBytes(file, bytes);
        for (const QString& command :
             {QStringLiteral("list"), QStringLiteral("check"), QStringLiteral("export")}) {
            QStringList args{QStringLiteral("--db"), file, command};
            if (command == QStringLiteral("export"))
                args << path(QStringLiteral("out.json"));
            const CliRun run = runCli(args);
            QVERIFY2(isOneLineError(run), run.err.constData());
            QVERIFY2(QString::fromUtf8(run.err).contains(expected, Qt::CaseInsensitive),
                     run.err.constData());
            QCOMPARE(fileBytes(file), bytes);
            QVERIFY(!QFileInfo::exists(file + QStringLiteral("-journal")));
        }
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("out.json"))));
    }

    void aNewerSchemaIsRefusedUntouched()
    {
        const QString file = sampleDatabase(QStringLiteral("newer.tollgate"));
        QCOMPARE(
            runRaw(file, QStringLiteral("PRAGMA user_version = %1").arg(Schema::currentVersion + 1))
                .error,
            QString());
        const QByteArray before = fileBytes(file);
        const CliRun run = runCli({QStringLiteral("--db"), file, QStringLiteral("import"),
                                   dataPath(QStringLiteral("exchange/rich-portfolio.json"))});
        QVERIFY2(isOneLineError(run), run.err.constData());
        QVERIFY(run.err.contains("newer"));
        QCOMPARE(fileBytes(file), before);
    }

    void aReadOnlyFileIsRefusedUntouched()
    {
        // Root writes through file modes: the CLI then runs as "nobody", as a user without
        // write permission would.
        QDir folder(path(QStringLiteral("readonly")));
        QVERIFY(folder.mkpath(QStringLiteral(".")));
        QFile::setPermissions(folder.path(), QFile::Permissions::fromInt(0x7777));
        QFile::setPermissions(m_dir.path(), QFile::Permissions::fromInt(0x7755));
        const QString file = folder.filePath(QStringLiteral("shared.tollgate"));
        {
            std::unique_ptr<Portfolio> p = openPortfolio(file);
            QVERIFY(p);
            TG_VERIFY_OK(p->importDocument(makeDocument(5), analyst()));
        }
        QVERIFY(
            QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QString csv = folder.filePath(QStringLiteral("more.csv"));
        writeBytes(csv, bigCsv(3));
        const QByteArray before = fileBytes(file);
        const bool root = ::geteuid() == 0;
        const CliRun run =
            runCliAs({QStringLiteral("--db"), file, QStringLiteral("import"), csv}, [root] {
                if (root && (::setgid(65534) != 0 || ::setuid(65534) != 0))
                    ::_exit(99);
            });
        QVERIFY2(isOneLineError(run), run.err.constData());
        QVERIFY2(run.err.contains("read-only"), run.err.constData());
        QCOMPARE(fileBytes(file), before);
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-journal")));
        // Reading still works.
        const CliRun list =
            runCliAs({QStringLiteral("--db"), file, QStringLiteral("list")}, [root] {
                if (root && (::setgid(65534) != 0 || ::setuid(65534) != 0))
                    ::_exit(99);
            });
        QVERIFY2(list.exitCode == 0, list.err.constData());
        QCOMPARE(fileBytes(file), before);
    }

    void aFullDiskRefusesTheImportAndKeepsTheFile()
    {
        // RLIMIT_FSIZE caps every file the CLI writes a little above the database's size: the
        // rolling backup still fits, the import does not. The signal a process gets on the
        // limit is ignored (as it is kept across exec), so writes fail with EFBIG instead.
        const QString file = sampleDatabase(QStringLiteral("full.tollgate"));
        const QString csv = path(QStringLiteral("big.csv"));
        writeBytes(csv, bigCsv(3000));
        const QByteArray before = fileBytes(file);
        const rlim_t limit = rlim_t(before.size()) + 64 * 1024;
        const CliRun run =
            runCliAs({QStringLiteral("--db"), file, QStringLiteral("import"), csv}, [limit] {
                ::signal(SIGXFSZ, SIG_IGN);
                const rlimit cap{limit, limit};
                ::setrlimit(RLIMIT_FSIZE, &cap);
            });
        QVERIFY2(isOneLineError(run), run.err.constData());
        QVERIFY2(run.err.contains(QFileInfo(file).fileName().toUtf8()), run.err.constData());
        QCOMPARE(fileBytes(file), before);
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-journal")));
        std::unique_ptr<Portfolio> p = openPortfolio(file);
        QVERIFY(p);
        QVERIFY(p->integrityCheck()->isEmpty());
        QCOMPARE(p->projectSummaries()->size(), 30);
    }

    void aReallyFullDiskRefusesTheImportAndKeepsTheFile()
    {
        // A small tmpfs, where the machine allows mounting one (root with CAP_SYS_ADMIN): the
        // disk really fills up (ENOSPC, SQLite's "database or disk is full").
        const QString mountPoint = path(QStringLiteral("tiny"));
        QVERIFY(QDir().mkpath(mountPoint));
        const QString source = sampleDatabase(QStringLiteral("tiny-source.tollgate"));
        const QByteArray before = fileBytes(source);
        // Room for the database, its rolling backup and a little more, not for the import.
        const qint64 room = 2 * before.size() + 256 * 1024;
        if (QProcess::execute(QStringLiteral("mount"),
                              {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                               QStringLiteral("size=%1").arg(room), QStringLiteral("tmpfs"),
                               mountPoint}) != 0)
            QSKIP("mounting a small tmpfs is not allowed here; the RLIMIT_FSIZE case covers it");
        const auto unmount =
            qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {mountPoint}); });
        const QString file = mountPoint + QStringLiteral("/full.tollgate");
        writeBytes(file, before);
        const QString csv = path(QStringLiteral("big-tmpfs.csv"));
        writeBytes(csv, bigCsv(3000));
        const CliRun run = runCli({QStringLiteral("--db"), file, QStringLiteral("import"), csv});
        QVERIFY2(isOneLineError(run), run.err.constData());
        QVERIFY2(run.err.contains("full"), run.err.constData());
        QCOMPARE(fileBytes(file), before);
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-journal")));
        std::unique_ptr<Portfolio> p = openPortfolio(file);
        QVERIFY(p);
        QVERIFY(p->integrityCheck()->isEmpty());
        QCOMPARE(p->projectSummaries()->size(), 30);
    }
};

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "TestHostileFiles.moc"
