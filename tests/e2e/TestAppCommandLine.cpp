// The desktop app answers --version and --help on a terminal with no display at all (no X
// server, no Wayland, no platform override): a package check or an SSH session must not see
// it abort for want of a screen. Anything else still needs a display and says so.
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace
{

struct AppRun {
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;
};

// Runs the real tollgate binary with every way of finding a display removed, in the system
// locale `locale` (LANG; the other locale variables cleared).
AppRun runAppWithoutDisplay(const QStringList& arguments,
                            const QString& locale = QStringLiteral("en_US.UTF-8"))
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE",
                             "LC_ALL", "LC_MESSAGES", "LANGUAGE"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), locale);
    // A settings folder of its own: a language saved by someone else must not decide.
    static QTemporaryDir config;
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TOLLGATE_APP_PATH), arguments);
    AppRun run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.status = process.exitStatus();
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

class TestAppCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void versionNeedsNoDisplay_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("long") << QStringLiteral("--version");
        QTest::newRow("short") << QStringLiteral("-v");
    }

    void versionNeedsNoDisplay()
    {
        QFETCH(QString, option);
        const AppRun run = runAppWithoutDisplay({option});
        QCOMPARE(run.status, QProcess::NormalExit);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QByteArray("Tollgate " TOLLGATE_VERSION));
        QVERIFY2(run.err.isEmpty(), run.err.constData());
    }

    void helpNeedsNoDisplay()
    {
        const AppRun run = runAppWithoutDisplay({QStringLiteral("--help")});
        QCOMPARE(run.status, QProcess::NormalExit);
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(text.contains(QStringLiteral("--lang")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("[FILE]")));
        // The options only the screenshot script uses stay out of the help.
        QVERIFY(!text.contains(QStringLiteral("--screenshots")));
    }

    void langDecidesTheLanguageOfTheHelp_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<bool>("chinese");
        const QString en = QStringLiteral("en_US.UTF-8");
        const QString zh = QStringLiteral("zh_CN.UTF-8");
        QTest::newRow("--lang zh_CN in an English locale")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                           QStringLiteral("--help")}
            << en << true;
        QTest::newRow("--lang=zh_CN after --help")
            << QStringList{QStringLiteral("--help"), QStringLiteral("--lang=zh_CN")} << en << true;
        QTest::newRow("--lang en in a Chinese locale")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")}
            << zh << false;
        QTest::newRow("no --lang: the Chinese locale")
            << QStringList{QStringLiteral("--help")} << zh << true;
        QTest::newRow("no --lang: the English locale")
            << QStringList{QStringLiteral("--help")} << en << false;
    }

    void langDecidesTheLanguageOfTheHelp()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, locale);
        QFETCH(bool, chinese);
        const AppRun run = runAppWithoutDisplay(arguments, locale);
        QCOMPARE(run.status, QProcess::NormalExit);
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        // The description, the option texts and Qt's own "Displays this help." all follow.
        const QStringList chineseLines{QStringLiteral("半导体产业基金的尽调工具。"),
                                       QStringLiteral("界面语言：en 或 zh_CN。"),
                                       QStringLiteral("显示版本信息。")};
        const QStringList englishLines{QStringLiteral("Due diligence for a semiconductor fund."),
                                       QStringLiteral("The UI language: en or zh_CN."),
                                       QStringLiteral("Displays version information.")};
        for (const QString& line : chinese ? chineseLines : englishLines)
            QVERIFY2(text.contains(line),
                     qUtf8Printable(line + QStringLiteral(" not in:\n") + text));
        for (const QString& line : chinese ? englishLines : chineseLines)
            QVERIFY2(!text.contains(line), qUtf8Printable(line + QStringLiteral(" in:\n") + text));
    }

    void anUnsupportedLangIsAClearError()
    {
        for (const QStringList& arguments :
             {QStringList{QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("--help")},
              QStringList{QStringLiteral("--version"), QStringLiteral("--lang=xx")}}) {
            const AppRun run = runAppWithoutDisplay(arguments);
            QCOMPARE(run.status, QProcess::NormalExit);
            QCOMPARE(run.exitCode, 2);
            QVERIFY(run.out.isEmpty()); // no help, no version: the error alone
            QCOMPARE(run.err, QByteArray("tollgate: --lang must be en or zh_CN, not \"xx\".\n"));
        }
        // In a Chinese locale the error is Chinese, still naming the option and the value.
        const AppRun zh = runAppWithoutDisplay(
            {QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("--help")},
            QStringLiteral("zh_CN.UTF-8"));
        QCOMPARE(zh.exitCode, 2);
        const QString message = QString::fromUtf8(zh.err);
        QVERIFY2(message.contains(QStringLiteral("--lang")) &&
                     message.contains(QStringLiteral("xx")) &&
                     message.contains(QStringLiteral("必须是")),
                 zh.err.constData());
    }

    void langDecidesTheLanguageOfParserErrors()
    {
        // An unknown option is reported by the parser, in the --lang language.
        const AppRun run =
            runAppWithoutDisplay({QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                                  QStringLiteral("--version"), QStringLiteral("--no-such-option")});
        QVERIFY(run.exitCode != 0);
        const QString message = QString::fromUtf8(run.err);
        QVERIFY2(message.contains(QStringLiteral("no-such-option")) &&
                     message.contains(QStringLiteral("未知选项")),
                 run.err.constData());
    }

    void versionAfterAFileNameStillAnswers()
    {
        const AppRun run = runAppWithoutDisplay(
            {QStringLiteral("/nonexistent.tollgate"), QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("Tollgate "));
    }

    void anUnknownOptionIsAUsageErrorWithoutADisplayToo()
    {
        // A typo is reported before any window is needed, but only a real start needs the
        // display: with --version in the line the parser reports the unknown option.
        const AppRun run =
            runAppWithoutDisplay({QStringLiteral("--version"), QStringLiteral("--no-such-option")});
        QCOMPARE(run.status, QProcess::NormalExit);
        QVERIFY(run.exitCode != 0);
        QVERIFY(run.err.contains("no-such-option"));
    }
};

QTEST_GUILESS_MAIN(TestAppCommandLine)
#include "TestAppCommandLine.moc"
