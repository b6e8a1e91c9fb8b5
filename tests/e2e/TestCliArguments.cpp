// tollgate-cli's command line itself: --help and --version, and every kind of usage error exiting
// 2 with a short usage text (SPEC §8), before any database is touched.
#include "CliChecks.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace tollgate::test;

class TestCliArguments : public QObject
{
    Q_OBJECT

private slots:
    void helpListsEveryCommand()
    {
        const CliRun run = runCli({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
        const QString text = QString::fromUtf8(run.out);
        for (const char* command : {"init", "sample", "import", "export", "list", "show", "check",
                                    "backup", "evaluate"}) {
            QVERIFY2(text.contains(QStringLiteral(" %1").arg(QLatin1String(command))), command);
        }
        QVERIFY(text.contains(QStringLiteral("TOLLGATE_DB")));
    }

    void helpOfOneCommand()
    {
        const CliRun run = runCli({QStringLiteral("list"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("list [--segment KEY] [--verdict V] [--json]"));
    }

    void versionPrintsTheVersion()
    {
        const CliRun run = runCli({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("tollgate-cli " TOLLGATE_VERSION "\n"));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("nothing") << QStringList() << "no command";
        QTest::newRow("unknown command") << commandLine("frobnicate") << "frobnicate";
        QTest::newRow("meeting-pack without --out") << commandLine("meeting-pack 1") << "--out";
        QTest::newRow("meetings with an ID") << commandLine("meetings 1") << "1";
        QTest::newRow("unknown option") << commandLine("list --colour") << "--colour";
        QTest::newRow("option of another command") << commandLine("check --json") << "--json";
        QTest::newRow("short option") << commandLine("list -j") << "-j";
        QTest::newRow("command option before command") << commandLine("--json list") << "--json";
        QTest::newRow("db without value") << commandLine("list --db") << "--db";
        QTest::newRow("db empty") << commandLine("--db= list") << "--db";
        QTest::newRow("db twice") << commandLine("--db a list --db b") << "twice";
        QTest::newRow("value missing before option")
            << commandLine("list --segment --json") << "--segment";
        QTest::newRow("flag with value") << commandLine("list --json=yes") << "--json";
        QTest::newRow("missing positional") << commandLine("show") << "ID";
        QTest::newRow("extra positional") << commandLine("list extra") << "extra";
        QTest::newRow("missing required option") << commandLine("backup") << "--out";
        QTest::newRow("evaluate takes no db")
            << commandLine("--db x.tollgate evaluate -") << "--db";
        QTest::newRow("evaluate without input") << commandLine("evaluate") << "FILE.json";
        QTest::newRow("id not a number") << commandLine("show twelve") << "twelve";
        QTest::newRow("id zero") << commandLine("show 0") << "0";
        QTest::newRow("projects not a number")
            << commandLine("sample --projects many") << "--projects";
        QTest::newRow("projects negative") << commandLine("sample --projects=-5") << "--projects";
        QTest::newRow("seed not a number") << commandLine("sample --seed x") << "--seed";
        QTest::newRow("unknown verdict") << commandLine("list --verdict maybe") << "maybe";
        QTest::newRow("unknown encoding")
            << commandLine("import a.csv --encoding latin1") << "--encoding";
        QTest::newRow("import of unknown format") << commandLine("import a.txt") << "a.txt";
        QTest::newRow("export to unknown format") << commandLine("export a.xls") << "a.xls";
        QTest::newRow("memo without --out") << commandLine("memo 1") << "--out";
        QTest::newRow("memo to unknown format") << commandLine("memo 1 --out m.docx") << "m.docx";
    }

    // A usage error never reaches the database: the --db file named is not even created.
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const CliRun run = runCli(
            arguments, {},
            {QStringLiteral("TOLLGATE_DB=") + dir.filePath(QStringLiteral("default.tollgate"))});
        QVERIFY2(run.exitCode == 2, describeRun(run));
        QVERIFY(run.out.isEmpty());
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.startsWith(QStringLiteral("tollgate-cli: ")), run.err);
        QVERIFY2(err.contains(mentions), run.err);
        QVERIFY2(err.contains(QStringLiteral("Usage")), run.err);
        QVERIFY2(QDir(dir.path()).isEmpty(), "a usage error created a file");
    }

    void databaseMayComeAfterTheCommand()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("after.tollgate"));
        const CliRun run = runCli({QStringLiteral("init"), QStringLiteral("--db"), file});
        QVERIFY2(run.exitCode == 0, describeRun(run));
        QVERIFY(QFile::exists(file));
        const CliRun equals = runCli({QStringLiteral("check"), QStringLiteral("--db=") + file});
        QVERIFY2(equals.exitCode == 0, describeRun(equals));
    }

    void databaseFromTheEnvironment()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("env.tollgate"));
        const CliRun run =
            runCli({QStringLiteral("init")}, {}, {QStringLiteral("TOLLGATE_DB=") + file});
        QVERIFY2(run.exitCode == 0, describeRun(run));
        QVERIFY(QFile::exists(file));
    }

    // Without --db or $TOLLGATE_DB: portfolio.tollgate in the user's data folder.
    void defaultDatabaseInTheDataFolder()
    {
        QTemporaryDir dir;
        const CliRun run =
            runCli({QStringLiteral("init")}, {},
                   {QStringLiteral("TOLLGATE_DB="), QStringLiteral("XDG_DATA_HOME=") + dir.path()});
        QVERIFY2(run.exitCode == 0, describeRun(run));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("Tollgate/portfolio.tollgate"))));
    }

    void doubleDashEndsTheOptions()
    {
        const CliRun run = runCli({QStringLiteral("evaluate"), QStringLiteral("--"),
                                   QStringLiteral("--not-an-option.json")});
        QVERIFY2(isOneLineUserError(run), describeRun(run)); // read as a file name: missing
        QVERIFY(run.err.contains("--not-an-option.json"));
    }
};

QTEST_GUILESS_MAIN(TestCliArguments)
#include "TestCliArguments.moc"
