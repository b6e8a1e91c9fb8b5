#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace tollgate::test
{

// A file under tests/data.
QString dataPath(const QString& relative);
QByteArray readDataFile(const QString& relative);

// The object with the value at a dotted path ("cost.learning_rate") replaced, creating the
// objects on the way; an undefined value removes the key. For variations of a JSON request.
QJsonObject withJsonValue(QJsonObject object, const QString& path, const QJsonValue& value);

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
