// The command line parser against a small command table: where --db may stand, values inline or
// separate, flags, --, and every usage error with the command it concerns.
#include "../e2e/CliChecks.h"
#include "cli/Arguments.h"

#include <QTest>

using namespace tollgate;
using namespace tollgate::cli;
using tollgate::test::commandLine;

namespace
{

int runNothing(const Invocation&)
{
    return 0;
}

const QList<CommandSpec>& table()
{
    static const QList<CommandSpec> commands{
        {QStringLiteral("list"),
         QStringLiteral("List."),
         {},
         {{QStringLiteral("segment"), QStringLiteral("KEY")}, {QStringLiteral("json"), QString()}},
         true,
         runNothing},
        {QStringLiteral("show"),
         QStringLiteral("Show."),
         {QStringLiteral("ID")},
         {},
         true,
         runNothing},
        {QStringLiteral("backup"),
         QStringLiteral("Backup."),
         {},
         {{QStringLiteral("out"), QStringLiteral("FILE"), true}},
         true,
         runNothing},
        {QStringLiteral("evaluate"),
         QStringLiteral("Evaluate."),
         {QStringLiteral("FILE")},
         {},
         false,
         runNothing},
    };
    return commands;
}

} // namespace

class TestArguments : public QObject
{
    Q_OBJECT

private slots:
    void databaseBeforeOrAfterTheCommand_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("before") << commandLine("--db a.tollgate list --json");
        QTest::newRow("after") << commandLine("list --db a.tollgate --json");
        QTest::newRow("last") << commandLine("list --json --db a.tollgate");
        QTest::newRow("inline") << commandLine("list --json --db=a.tollgate");
    }

    void databaseBeforeOrAfterTheCommand()
    {
        QFETCH(QStringList, arguments);
        const Result<Invocation> inv = parseArguments(arguments, table());
        QVERIFY2(inv.ok(), inv.ok() ? "" : qPrintable(inv.error().message));
        QCOMPARE(inv->command->name, QStringLiteral("list"));
        QCOMPARE(inv->database, QStringLiteral("a.tollgate"));
        QVERIFY(inv->has(QStringLiteral("json")));
        QVERIFY(!inv->has(QStringLiteral("segment")));
    }

    void valuesAndPositionals()
    {
        const Result<Invocation> inv =
            parseArguments(commandLine("list --segment=传感器"), table());
        QVERIFY(inv.ok());
        QCOMPARE(inv->value(QStringLiteral("segment")), QStringLiteral("传感器"));

        const Result<Invocation> show = parseArguments(commandLine("show 12"), table());
        QVERIFY(show.ok());
        QCOMPARE(show->positional, QStringList{QStringLiteral("12")});
        QVERIFY(show->database.isEmpty());

        const Result<Invocation> stdinInput = parseArguments(commandLine("evaluate -"), table());
        QVERIFY(stdinInput.ok());
        QCOMPARE(stdinInput->positional, QStringList{QStringLiteral("-")});

        const Result<Invocation> dashed =
            parseArguments(commandLine("evaluate -- --odd-name"), table());
        QVERIFY(dashed.ok());
        QCOMPARE(dashed->positional, QStringList{QStringLiteral("--odd-name")});

        const Result<Invocation> required =
            parseArguments(commandLine("backup --out b.db"), table());
        QVERIFY(required.ok());
        QCOMPARE(required->value(QStringLiteral("out")), QStringLiteral("b.db"));
    }

    void helpAndVersionNeedNoCommand()
    {
        const Result<Invocation> help = parseArguments(commandLine("--help"), table());
        QVERIFY(help.ok() && help->help && !help->command);
        const Result<Invocation> version = parseArguments(commandLine("--version"), table());
        QVERIFY(version.ok() && version->version);
        const Result<Invocation> commandHelp = parseArguments(commandLine("show --help"), table());
        QVERIFY(commandHelp.ok() && commandHelp->help);
        QCOMPARE(commandHelp->command->name, QStringLiteral("show"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("command"); // the Error's field: the command, when known
        QTest::addColumn<QString>("mentions");
        QTest::newRow("nothing") << QStringList() << ""
                                 << "no command";
        QTest::newRow("unknown command") << commandLine("memo 1") << ""
                                         << "memo";
        QTest::newRow("unknown option") << commandLine("list --colour") << "list"
                                        << "--colour";
        QTest::newRow("option before command") << commandLine("--json list") << ""
                                               << "--json";
        QTest::newRow("short option") << commandLine("list -j") << "list"
                                      << "-j";
        QTest::newRow("missing value") << commandLine("list --segment") << "list"
                                       << "--segment KEY";
        QTest::newRow("option as value") << commandLine("list --segment --json") << "list"
                                         << "--segment";
        QTest::newRow("empty inline value") << commandLine("list --segment=") << "list"
                                            << "--segment";
        QTest::newRow("db missing value") << commandLine("list --db") << "list"
                                          << "--db";
        QTest::newRow("twice") << commandLine("list --json --json") << "list"
                               << "twice";
        QTest::newRow("db twice") << commandLine("--db a list --db=b") << "list"
                                  << "twice";
        QTest::newRow("flag with value") << commandLine("list --json=1") << "list"
                                         << "no value";
        QTest::newRow("missing positional") << commandLine("show") << "show"
                                            << "ID";
        QTest::newRow("extra positional") << commandLine("show 1 2") << "show"
                                          << "'2'";
        QTest::newRow("required option") << commandLine("backup") << "backup"
                                         << "--out FILE";
        QTest::newRow("db where none is used") << commandLine("evaluate x --db d") << "evaluate"
                                               << "--db";
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, command);
        QFETCH(QString, mentions);
        const Result<Invocation> inv = parseArguments(arguments, table());
        QVERIFY(!inv.ok());
        QCOMPARE(inv.error().field, command);
        QVERIFY2(inv.error().message.contains(mentions), qPrintable(inv.error().message));
        QVERIFY(!inv.error().message.contains(QLatin1Char('\n')));
    }

    void usageLines()
    {
        QCOMPARE(commandUsage(table().at(0)),
                 QStringLiteral("tollgate-cli [--db FILE] list [--segment KEY] [--json]"));
        QCOMPARE(commandUsage(table().at(2)),
                 QStringLiteral("tollgate-cli [--db FILE] backup --out FILE"));
        QCOMPARE(commandUsage(table().at(3)), QStringLiteral("tollgate-cli evaluate FILE"));
        QCOMPARE(shortUsage(table(), QStringLiteral("show")),
                 QStringLiteral("Usage: tollgate-cli [--db FILE] show ID\n"));
        const QString all = shortUsage(table(), QString());
        for (const CommandSpec& command : table())
            QVERIFY(all.contains(commandUsage(command)));
        const QString help = usageText(table());
        QVERIFY(help.contains(QStringLiteral("Backup.")));
        QVERIFY(help.contains(QStringLiteral("TOLLGATE_DB")));
    }

    void wholeNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("min");
        QTest::addColumn<qint64>("max");
        QTest::addColumn<qint64>("expected"); // -1: refused
        QTest::newRow("plain") << "42" << qint64(0) << qint64(100) << qint64(42);
        QTest::newRow("zero") << "0" << qint64(0) << qint64(100) << qint64(0);
        QTest::newRow("above") << "101" << qint64(0) << qint64(100) << qint64(-1);
        QTest::newRow("below") << "0" << qint64(1) << qint64(100) << qint64(-1);
        QTest::newRow("negative") << "-5" << qint64(0) << qint64(100) << qint64(-1);
        QTest::newRow("plus sign") << "+5" << qint64(0) << qint64(100) << qint64(-1);
        QTest::newRow("space") << " 5" << qint64(0) << qint64(100) << qint64(-1);
        QTest::newRow("fraction") << "2.5" << qint64(0) << qint64(100) << qint64(-1);
        QTest::newRow("word") << "many" << qint64(0) << qint64(100) << qint64(-1);
        QTest::newRow("empty") << "" << qint64(0) << qint64(100) << qint64(-1);
        QTest::newRow("huge") << "99999999999999999999" << qint64(0)
                              << std::numeric_limits<qint64>::max() << qint64(-1);
        QTest::newRow("seed range")
            << "4294967295" << qint64(0) << qint64(4294967295LL) << qint64(4294967295LL);
    }

    void wholeNumbers()
    {
        QFETCH(QString, text);
        QFETCH(qint64, min);
        QFETCH(qint64, max);
        QFETCH(qint64, expected);
        const std::optional<qint64> n = wholeNumber(text, min, max);
        QCOMPARE(n.value_or(-1), expected);
    }
};

QTEST_GUILESS_MAIN(TestArguments)
#include "TestArguments.moc"
