// The desktop app answers --version and --help on a terminal with no display at all (no X
// server, no Wayland, no platform override): a package check or an SSH session must not see
// it abort for want of a screen. Anything else still needs a display and says so.
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

namespace
{

struct AppRun {
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;
};

// Runs the real tollgate binary with every way of finding a display removed.
AppRun runAppWithoutDisplay(const QStringList& arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE"})
        env.remove(QString::fromLatin1(name));
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
