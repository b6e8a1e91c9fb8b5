#pragma once

// Small checks shared by the end-to-end tests of tollgate-cli (header-only: every e2e test is
// its own executable).

#include "TestSupport.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QString>

namespace tollgate::test
{

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

} // namespace tollgate::test
