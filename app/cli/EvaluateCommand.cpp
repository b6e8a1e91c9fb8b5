// evaluate: one request in, one answer out (SPEC §8). Pure scoring: no database is opened.
#include "cli/Arguments.h"
#include "cli/CliText.h"
#include "cli/Commands.h"
#include "cli/Console.h"
#include "scoring/EvaluationRequest.h"
#include "services/FileFormat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tollgate::cli
{

namespace
{

// The request bytes from a file, or from standard input for "-".
Result<QByteArray> readRequest(const QString& source)
{
    if (source != QLatin1String("-")) {
        if (QFileInfo(source).isDir()) {
            return Error::of(ErrorKind::Invalid, CliText::tr("%1 is a folder, not a request file.")
                                                     .arg(QDir::toNativeSeparators(source)));
        }
        return readWholeFile(source);
    }
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        return Error::of(ErrorKind::Io,
                         CliText::tr("Cannot read standard input: %1.").arg(input.errorString()));
    }
    return input.readAll();
}

// Names where a request came from in front of a message about it.
QString sourceName(const QString& source)
{
    return source == QLatin1String("-") ? CliText::tr("standard input")
                                        : QDir::toNativeSeparators(source);
}

} // namespace

int runEvaluate(const Invocation& inv)
{
    const QString source = inv.positional.at(0);
    const Result<QByteArray> bytes = readRequest(source);
    if (!bytes)
        return userError(bytes.error());
    const Result<EvaluationRequest> request = parseEvaluationRequest(*bytes);
    if (!request)
        return userError(sourceName(source) + QStringLiteral(": ") + request.error().message);
    printJson(evaluationToJson(evaluate(request->scoringTemplate, request->input)));
    return Success;
}

} // namespace tollgate::cli
