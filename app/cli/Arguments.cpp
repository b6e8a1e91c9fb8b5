#include "cli/Arguments.h"

#include "cli/CliText.h"
#include "core/Paths.h"

#include <QDir>

#include <limits>

namespace tollgate::cli
{

namespace
{

const QString kDatabaseOption = QStringLiteral("db");

const CommandSpec* findCommand(const QList<CommandSpec>& commands, const QString& name)
{
    for (const CommandSpec& command : commands)
        if (command.name == name)
            return &command;
    return nullptr;
}

const OptionSpec* findOption(const CommandSpec& command, const QString& name)
{
    for (const OptionSpec& option : command.options)
        if (option.name == name)
            return &option;
    return nullptr;
}

// A usage error; its field names the command when one was recognised, so the caller can show
// that command's usage line.
Error usage(const Invocation& inv, const QString& message)
{
    return Error::at(inv.command ? inv.command->name : QString(), message);
}

// Reads one "--name[=value] [value]" at arguments[i], advancing i past a separate value.
Status readOption(const QStringList& arguments, int& i, Invocation& inv)
{
    QString name = arguments.at(i).mid(2);
    std::optional<QString> inlineValue;
    if (const int eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
        inlineValue = name.mid(eq + 1);
        name.truncate(eq);
    }

    const OptionSpec database{kDatabaseOption, QStringLiteral("FILE")};
    const OptionSpec* spec = name == kDatabaseOption ? &database
                             : inv.command           ? findOption(*inv.command, name)
                                                     : nullptr;
    if (!spec) {
        if (inv.command) {
            return usage(inv, CliText::tr("'%1' has no option --%2.").arg(inv.command->name, name));
        }
        return usage(inv, CliText::tr("unknown option --%1 (a command's options come after the "
                                      "command).")
                              .arg(name));
    }
    if (name == kDatabaseOption ? !inv.database.isNull() : inv.options.contains(name))
        return usage(inv, CliText::tr("--%1 is given twice.").arg(name));

    QString value;
    if (spec->takesValue()) {
        if (inlineValue) {
            value = *inlineValue;
        } else if (i + 1 < arguments.size() &&
                   !arguments.at(i + 1).startsWith(QLatin1String("--"))) {
            value = arguments.at(++i);
        }
        if (value.isEmpty())
            return usage(inv,
                         CliText::tr("--%1 needs a value: --%1 %2.").arg(name, spec->valueName));
    } else if (inlineValue) {
        return usage(inv, CliText::tr("--%1 takes no value.").arg(name));
    }

    if (name == kDatabaseOption)
        inv.database = value;
    else
        inv.options.insert(name, value);
    return {};
}

// What the table requires once every argument is read.
Status checkComplete(const Invocation& inv)
{
    const CommandSpec& command = *inv.command;
    const qsizetype expected = command.positionals.size();
    if (inv.positional.size() < expected) {
        return usage(
            inv, CliText::tr("'%1' needs %2.")
                     .arg(command.name,
                          command.positionals.mid(inv.positional.size()).join(QLatin1Char(' '))));
    }
    if (inv.positional.size() > expected) {
        return usage(inv, CliText::tr("'%1' does not take the argument '%2'.")
                              .arg(command.name, inv.positional.at(expected)));
    }
    for (const OptionSpec& option : command.options) {
        if (option.required && !inv.has(option.name)) {
            return usage(inv, CliText::tr("'%1' needs --%2 %3.")
                                  .arg(command.name, option.name, option.valueName));
        }
    }
    if (!command.usesDatabase && !inv.database.isNull())
        return usage(inv, CliText::tr("'%1' uses no database: drop --db.").arg(command.name));
    return {};
}

} // namespace

Result<Invocation> parseArguments(const QStringList& arguments, const QList<CommandSpec>& commands)
{
    Invocation inv;
    bool optionsEnded = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        const bool looksLikeOption =
            !optionsEnded && arg.startsWith(QLatin1Char('-')) && arg != QLatin1String("-");
        if (!looksLikeOption) {
            if (inv.command) {
                inv.positional.append(arg);
                continue;
            }
            inv.command = findCommand(commands, arg);
            if (!inv.command)
                return usage(inv, CliText::tr("unknown command '%1'.").arg(arg));
            continue;
        }
        if (arg == QLatin1String("--")) {
            optionsEnded = true;
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            inv.help = true;
        } else if (arg == QLatin1String("--version")) {
            inv.version = true;
        } else if (!arg.startsWith(QLatin1String("--"))) {
            return usage(inv, CliText::tr("unknown option %1.").arg(arg));
        } else if (Status s = readOption(arguments, i, inv); !s) {
            return s.error();
        }
    }
    if (inv.help || inv.version)
        return inv;
    if (!inv.command)
        return usage(inv, CliText::tr("no command given."));
    if (Status s = checkComplete(inv); !s)
        return s.error();
    return inv;
}

std::optional<qint64> wholeNumber(const QString& text, qint64 min, qint64 max)
{
    // toLongLong alone would accept surrounding spaces and a leading plus sign.
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!(c >= QLatin1Char('0') && c <= QLatin1Char('9')) && !(i == 0 && c == QLatin1Char('-')))
            return std::nullopt;
    }
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    if (!ok || number < min || number > max)
        return std::nullopt;
    return number;
}

Result<qint64> projectIdArgument(const QString& text)
{
    const std::optional<qint64> id = wholeNumber(text, 1, std::numeric_limits<qint64>::max());
    if (!id) {
        return Error::at(
            QStringLiteral("ID"),
            CliText::tr("ID must be a project ID (a whole number above 0); got '%1'.").arg(text));
    }
    return *id;
}

QString commandUsage(const CommandSpec& command)
{
    QStringList words{QStringLiteral("tollgate-cli")};
    if (command.usesDatabase)
        words.append(QStringLiteral("[--db FILE]"));
    words.append(command.name);
    words.append(command.positionals);
    for (const OptionSpec& option : command.options) {
        QString word = QStringLiteral("--") + option.name;
        if (option.takesValue())
            word += QLatin1Char(' ') + option.valueName;
        words.append(option.required ? word : QLatin1Char('[') + word + QLatin1Char(']'));
    }
    return words.join(QLatin1Char(' '));
}

QString usageText(const QList<CommandSpec>& commands)
{
    QString text = CliText::tr("Usage:") + QLatin1Char('\n');
    for (const CommandSpec& command : commands) {
        text += QStringLiteral("  ") + commandUsage(command) + QLatin1Char('\n');
        text += QStringLiteral("      ") + command.summary + QLatin1Char('\n');
    }
    text += QStringLiteral("  tollgate-cli --help | --version\n\n");
    text += CliText::tr("The database is --db FILE, else $TOLLGATE_DB, else %1.\n"
                        "Edits are recorded under $TOLLGATE_ANALYST, else the login name.\n"
                        "Exit status: 0 success, 1 error (one line on stderr), 2 usage error.\n")
                .arg(QDir::toNativeSeparators(Paths::defaultDatabase()));
    return text;
}

QString shortUsage(const QList<CommandSpec>& commands, const QString& commandName)
{
    if (const CommandSpec* command = findCommand(commands, commandName))
        return CliText::tr("Usage: %1\n").arg(commandUsage(*command));
    QString text = CliText::tr("Usage:") + QLatin1Char('\n');
    for (const CommandSpec& command : commands)
        text += QStringLiteral("  ") + commandUsage(command) + QLatin1Char('\n');
    return text + CliText::tr("Run 'tollgate-cli --help' for more.\n");
}

} // namespace tollgate::cli
