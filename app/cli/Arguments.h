#pragma once

#include "core/Result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace tollgate::cli
{

struct Invocation;

// Runs one command; returns the process exit code (cli/Console.h, ExitCode).
using CommandHandler = int (*)(const Invocation&);

// One option a command accepts: a flag (--json) or an option with a value (--out FILE).
struct OptionSpec {
    QString name;      // without the dashes
    QString valueName; // "FILE", "N", "auto|utf-8|gb18030"; empty for a flag
    bool required = false;
    bool takesValue() const { return !valueName.isEmpty(); }
};

// The shape of one command of SPEC §8, and the function that runs it.
struct CommandSpec {
    QString name;
    QString summary;         // one line for --help
    QStringList positionals; // the required positional arguments by name, e.g. {"ID"}
    QList<OptionSpec> options;
    bool usesDatabase = true; // accepts --db and opens a database
    CommandHandler run = nullptr;
    // Draws charts (Qt Charts needs a QApplication, on the offscreen platform unless one is set);
    // every other command runs in a QCoreApplication, which needs no platform at all.
    bool rendersCharts = false;
};

// A parsed command line.
struct Invocation {
    const CommandSpec* command = nullptr; // null with --help or --version alone
    QString database;                     // --db, empty when not given
    QStringList positional;
    QMap<QString, QString> options; // by name; a flag maps to an empty string
    bool help = false;
    bool version = false;

    bool has(const QString& option) const { return options.contains(option); }
    QString value(const QString& option) const { return options.value(option); }
};

// Parses the arguments after the program name against the command table. `--db FILE` may come
// before or after the command; `--name=value` works like `--name value`; `--` ends the options.
// Anything the table does not allow (an unknown command or option, a missing value, a repeated
// option, too many or too few arguments) comes back as an Error: a usage error, whose field is
// the command's name when the command was recognised.
Result<Invocation> parseArguments(const QStringList& arguments, const QList<CommandSpec>& commands);

// A whole number from min to max written in plain digits (an optional leading minus), or
// nullopt: for IDs, counts and seeds typed on the command line.
std::optional<qint64> wholeNumber(const QString& text, qint64 min, qint64 max);
// A project ID (a whole number above 0), or the usage error's message saying what was typed.
Result<qint64> projectIdArgument(const QString& text);

// "tollgate-cli [--db FILE] list [--segment KEY] …" for one command.
QString commandUsage(const CommandSpec& command);
// The full --help text: every command with its synopsis and summary.
QString usageText(const QList<CommandSpec>& commands);
// The short usage text after a usage error: the command's usage line when `commandName` names
// one, else every command's.
QString shortUsage(const QList<CommandSpec>& commands, const QString& commandName);

} // namespace tollgate::cli
