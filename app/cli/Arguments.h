#pragma once

#include "core/Result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace tollgate::cli {

// One option a command accepts, e.g. --out FILE or --json.
struct OptionSpec {
    QString name; // without the dashes
    bool takesValue = false;
};

// The shape of one command line verb (SPEC §8).
struct CommandSpec {
    QString name;
    QString synopsis; // the usage line after "tollgate-cli"
    int minPositional = 0;
    int maxPositional = 0;
    QList<OptionSpec> options;
    bool usesDatabase = true;
};

// A parsed command line.
struct Invocation {
    QString database; // --db, empty when not given
    QString command;  // empty with --help or --version
    QStringList positional;
    QMap<QString, QString> options; // flags map to an empty string
    bool help = false;
    bool version = false;

    bool has(const QString& option) const { return options.contains(option); }
    QString value(const QString& option, const QString& fallback = {}) const
    {
        return options.value(option, fallback);
    }
};

const QList<CommandSpec>& commandSpecs();
QString usageText();

// Parses argv (without the program name). A usage error comes back as an Error.
Result<Invocation> parseArguments(const QStringList& arguments);

} // namespace tollgate::cli
