#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tollgate::test {

// A file under tests/data.
QString dataPath(const QString& relative);
QByteArray readDataFile(const QString& relative);

// The outcome of one run of the real tollgate-cli binary.
struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs tollgate-cli with the arguments (and optional standard input), waiting up to 120 s.
CliRun runCli(const QStringList& arguments, const QByteArray& input = {},
              const QStringList& extraEnvironment = {});

} // namespace tollgate::test
