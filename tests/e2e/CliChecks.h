#pragma once

// Small checks shared by the end-to-end tests of tollgate-cli (header-only: every e2e test is
// its own executable).

#include "TestSupport.h"

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QString>

namespace tollgate::test
{

// The criterion keys of the default template, in template order.
inline const QStringList& criterionKeys()
{
    static const QStringList keys{QStringLiteral("M1"), QStringLiteral("M2"), QStringLiteral("M3"),
                                  QStringLiteral("M4"), QStringLiteral("M5"), QStringLiteral("M6"),
                                  QStringLiteral("C1"), QStringLiteral("C2"), QStringLiteral("C3"),
                                  QStringLiteral("C4"), QStringLiteral("C5"), QStringLiteral("C6")};
    return keys;
}

// A run's standard output parsed as JSON; a null document when it is not JSON.
inline QJsonDocument jsonOutput(const CliRun& run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    return error.error == QJsonParseError::NoError ? document : QJsonDocument();
}

// SPEC §8's user error: exit 1, nothing on stdout, exactly one non-empty line on stderr.
inline bool isOneLineUserError(const CliRun& run)
{
    return run.exitCode == 1 && run.out.isEmpty() && run.err.endsWith('\n') &&
           run.err.count('\n') == 1 && run.err.trimmed().size() > 0;
}

// Everything about a run, for failure messages.
inline QByteArray describeRun(const CliRun& run)
{
    return "exit " + QByteArray::number(run.exitCode) + "\nstdout: " + run.out.left(2000) +
           "\nstderr: " + run.err.left(2000);
}

// tollgate-cli --db FILE ARGS…
inline CliRun runCliOn(const QString& database, const QStringList& arguments,
                       const QByteArray& input = {})
{
    return runCli(QStringList{QStringLiteral("--db"), database} + arguments, input);
}

// A database made with `init` or `sample` (the command given); a failure is logged so the
// test that uses the database fails with the reason in view. Returns the file.
inline QString makeDatabase(const QString& file, const QString& command)
{
    const CliRun run = runCliOn(file, {command});
    if (run.exitCode != 0)
        qWarning("%s failed: %s", qPrintable(command), run.err.constData());
    return file;
}

// A command line written as one string, split at spaces.
inline QStringList commandLine(const char* line)
{
    return QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// `list --json` (with any filter arguments) of a database; empty when the command fails.
inline QJsonArray listJson(const QString& database, const QStringList& filter = {})
{
    const CliRun run = runCliOn(database, QStringList{QStringLiteral("list")} + filter +
                                              QStringList{QStringLiteral("--json")});
    return run.exitCode == 0 ? jsonOutput(run).array() : QJsonArray();
}

// The whole content of a file; empty when it cannot be read.
inline QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// The bundled sample portfolio as shipped in resources/ (what `sample` loads).
inline QJsonObject bundledSampleFile()
{
    return QJsonDocument::fromJson(
               readDataFile(QStringLiteral("../../resources/sample/portfolio.json")))
        .object();
}

} // namespace tollgate::test
