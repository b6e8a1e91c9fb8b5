// tollgate-cli's command line itself: --help and --version, and every kind of usage error exiting
// 2 with a short usage text (SPEC §8), before any database is touched.
#include "CliChecks.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace tollgate::test;

namespace
{

// A command line written as one string, split at spaces.
QStringList words(const char* line)
{
    return QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

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
        QTest::newRow("unknown command") << words("frobnicate") << "frobnicate";
        // The memo and meeting commands arrive with their own features; until then they are
        // unknown, not placeholders.
        QTest::newRow("memo not yet") << words("memo 1 --out x.pdf") << "memo";
        QTest::newRow("meetings not yet") << words("meetings") << "meetings";
        QTest::newRow("meeting-pack not yet")
            << words("meeting-pack 1 --out x.pdf") << "meeting-pack";
        QTest::newRow("unknown option") << words("list --colour") << "--colour";
        QTest::newRow("option of another command") << words("check --json") << "--json";
        QTest::newRow("short option") << words("list -j") << "-j";
        QTest::newRow("command option before command") << words("--json list") << "--json";
        QTest::newRow("db without value") << words("list --db") << "--db";
        QTest::newRow("db empty") << words("--db= list") << "--db";
        QTest::newRow("db twice") << words("--db a list --db b") << "twice";
        QTest::newRow("value missing before option")
            << words("list --segment --json") << "--segment";
        QTest::newRow("flag with value") << words("list --json=yes") << "--json";
        QTest::newRow("missing positional") << words("show") << "ID";
        QTest::newRow("extra positional") << words("list extra") << "extra";
        QTest::newRow("missing required option") << words("backup") << "--out";
        QTest::newRow("evaluate takes no db") << words("--db x.tollgate evaluate -") << "--db";
        QTest::newRow("evaluate without input") << words("evaluate") << "FILE.json";
        QTest::newRow("id not a number") << words("show twelve") << "twelve";
        QTest::newRow("id zero") << words("show 0") << "0";
        QTest::newRow("projects not a number") << words("sample --projects many") << "--projects";
        QTest::newRow("projects negative") << words("sample --projects=-5") << "--projects";
        QTest::newRow("seed not a number") << words("sample --seed x") << "--seed";
        QTest::newRow("unknown verdict") << words("list --verdict maybe") << "maybe";
        QTest::newRow("unknown encoding")
            << words("import a.csv --encoding latin1") << "--encoding";
        QTest::newRow("import of unknown format") << words("import a.txt") << "a.txt";
        QTest::newRow("export to unknown format") << words("export a.xlsx") << "a.xlsx";
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
