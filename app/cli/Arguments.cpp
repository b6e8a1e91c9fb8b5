#include "cli/Arguments.h"

#include <QCoreApplication>

namespace tollgate::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Arguments)
};

const CommandSpec* findSpec(const QString& name)
{
    for (const CommandSpec& spec : commandSpecs())
        if (spec.name == name)
            return &spec;
    return nullptr;
}

const OptionSpec* findOption(const CommandSpec& spec, const QString& name)
{
    for (const OptionSpec& option : spec.options)
        if (option.name == name)
            return &option;
    return nullptr;
}
} // namespace

const QList<CommandSpec>& commandSpecs()
{
    static const QList<CommandSpec> specs{
        {QStringLiteral("init"), QStringLiteral("[--db FILE] init"), 0, 0, {}, true},
        {QStringLiteral("sample"),
         QStringLiteral("[--db FILE] sample [--projects N] [--seed S]"),
         0,
         0,
         {{QStringLiteral("projects"), true}, {QStringLiteral("seed"), true}},
         true},
        {QStringLiteral("import"),
         QStringLiteral("[--db FILE] import FILE.csv|FILE.json [--dry-run] [--skip-invalid] "
                        "[--encoding auto|utf-8|gb18030]"),
         1,
         1,
         {{QStringLiteral("dry-run"), false},
          {QStringLiteral("skip-invalid"), false},
          {QStringLiteral("encoding"), true}},
         true},
        {QStringLiteral("export"), QStringLiteral("[--db FILE] export FILE.csv|FILE.json"), 1, 1,
         {}, true},
        {QStringLiteral("list"),
         QStringLiteral("[--db FILE] list [--segment KEY] [--verdict V] [--json]"),
         0,
         0,
         {{QStringLiteral("segment"), true},
          {QStringLiteral("verdict"), true},
          {QStringLiteral("json"), false}},
         true},
        {QStringLiteral("show"), QStringLiteral("[--db FILE] show ID [--json]"), 1, 1,
         {{QStringLiteral("json"), false}}, true},
        {QStringLiteral("check"), QStringLiteral("[--db FILE] check"), 0, 0, {}, true},
        {QStringLiteral("backup"), QStringLiteral("[--db FILE] backup --out FILE"), 0, 0,
         {{QStringLiteral("out"), true}}, true},
        {QStringLiteral("evaluate"), QStringLiteral("evaluate FILE.json|-"), 1, 1, {}, false},
    };
    return specs;
}

QString usageText()
{
    QString text = Tr::tr("Usage:") + QLatin1Char('\n');
    for (const CommandSpec& spec : commandSpecs())
        text += QStringLiteral("  tollgate-cli ") + spec.synopsis + QLatin1Char('\n');
    text += QStringLiteral("  tollgate-cli --help | --version\n");
    return text;
}

Result<Invocation> parseArguments(const QStringList& arguments)
{
    Invocation inv;
    const CommandSpec* spec = nullptr;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            inv.help = true;
            continue;
        }
        if (arg == QLatin1String("--version")) {
            inv.version = true;
            continue;
        }
        if (arg.startsWith(QLatin1String("--"))) {
            QString name = arg.mid(2);
            QString inlineValue;
            bool hasInlineValue = false;
            const int eq = name.indexOf(QLatin1Char('='));
            if (eq >= 0) {
                inlineValue = name.mid(eq + 1);
                name = name.left(eq);
                hasInlineValue = true;
            }
            const bool isDb = name == QLatin1String("db");
            const OptionSpec* option = spec ? findOption(*spec, name) : nullptr;
            if (!isDb && !option) {
                return Error::at(name, spec ? Tr::tr("unknown option --%1 for '%2'")
                                                  .arg(name, spec->name)
                                            : Tr::tr("unknown option --%1").arg(name));
            }
            const bool takesValue = isDb || option->takesValue;
            QString value;
            if (takesValue) {
                if (hasInlineValue) {
                    value = inlineValue;
                } else if (i + 1 < arguments.size()) {
                    value = arguments.at(++i);
                } else {
                    return Error::at(name, Tr::tr("option --%1 needs a value").arg(name));
                }
                if (value.isEmpty())
                    return Error::at(name, Tr::tr("option --%1 needs a value").arg(name));
            } else if (hasInlineValue) {
                return Error::at(name, Tr::tr("option --%1 takes no value").arg(name));
            }
            if (isDb)
                inv.database = value;
            else
                inv.options.insert(name, value);
            continue;
        }
        if (!spec) {
            spec = findSpec(arg);
            if (!spec)
                return Error::at(QStringLiteral("command"), Tr::tr("unknown command '%1'").arg(arg));
            inv.command = arg;
            continue;
        }
        inv.positional.append(arg);
    }
    if (inv.help || inv.version)
        return inv;
    if (!spec)
        return Error::at(QStringLiteral("command"), Tr::tr("no command given"));
    if (inv.positional.size() < spec->minPositional)
        return Error::at(QStringLiteral("command"),
                         Tr::tr("'%1' needs more arguments: tollgate-cli %2")
                             .arg(spec->name, spec->synopsis));
    if (inv.positional.size() > spec->maxPositional)
        return Error::at(QStringLiteral("command"),
                         Tr::tr("'%1' takes fewer arguments: tollgate-cli %2")
                             .arg(spec->name, spec->synopsis));
    if (!spec->usesDatabase && !inv.database.isEmpty())
        return Error::at(QStringLiteral("db"),
                         Tr::tr("'%1' uses no database; drop --db").arg(spec->name));
    return inv;
}

} // namespace tollgate::cli
