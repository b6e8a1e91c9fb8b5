#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

namespace tollgate::test
{

QString dataPath(const QString& relative)
{
    return QStringLiteral(TOLLGATE_TEST_DATA_DIR) + QLatin1Char('/') + relative;
}

QByteArray readDataFile(const QString& relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("test data file missing: %s", qPrintable(relative));
    return file.readAll();
}

QJsonObject withJsonValue(QJsonObject object, const QString& path, const QJsonValue& value)
{
    const int dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        if (value.isUndefined())
            object.remove(path);
        else
            object.insert(path, value);
        return object;
    }
    const QString head = path.left(dot);
    object.insert(head, withJsonValue(object.value(head).toObject(), path.mid(dot + 1), value));
    return object;
}

CliRun runCli(const QStringList& arguments, const QByteArray& input,
              const QStringList& extraEnvironment)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const QString& assignment : extraEnvironment) {
        const int eq = assignment.indexOf(QLatin1Char('='));
        env.insert(assignment.left(eq), assignment.mid(eq + 1));
    }
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TOLLGATE_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForStarted(10000))
        return run;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace tollgate::test
