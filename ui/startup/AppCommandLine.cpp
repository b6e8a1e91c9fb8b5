#include "startup/AppCommandLine.h"

#include "core/Translations.h"
#include "settings/AppSettings.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace tollgate
{

AppCommandLine::AppCommandLine()
    : lang(QStringLiteral("lang"),
           QCoreApplication::translate("tollgate", "The UI language: en or zh_CN."),
           QStringLiteral("LANG")),
      screenshots(QStringLiteral("screenshots"),
                  QCoreApplication::translate("tollgate",
                                              "Save PNGs of the main screens into DIR, then quit."),
                  QStringLiteral("DIR")),
      size(QStringLiteral("size"), QString(), QStringLiteral("WxH"), QStringLiteral("1366x768"))
{
    parser.setApplicationDescription(
        QCoreApplication::translate("tollgate", "Due diligence for a semiconductor fund."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("tollgate", "The database to open (default: the last one)."),
        QStringLiteral("[FILE]"));
    screenshots.setFlags(QCommandLineOption::HiddenFromHelp);
    size.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({lang, screenshots, size});
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Tollgate"));
    QCoreApplication::setApplicationName(QStringLiteral("Tollgate"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOLLGATE_VERSION));
}

namespace
{
bool isTextOnlyOption(const char* argument)
{
    for (const char* option : {"-h", "-?", "--help", "--help-all", "-v", "--version"}) {
        if (std::strcmp(argument, option) == 0)
            return true;
    }
    return false;
}
} // namespace

QString languageArgument(int argc, char** argv)
{
    static const QLatin1String option("--lang");
    static const QLatin1String withValue("--lang=");
    QString language;
    for (int i = 1; i < argc && std::strcmp(argv[i], "--") != 0; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (argument == option && i + 1 < argc)
            language = QString::fromLocal8Bit(argv[++i]);
        else if (argument.startsWith(withValue))
            language = argument.mid(withValue.size());
    }
    return language;
}

bool installCommandLineLanguage(int argc, char** argv)
{
    const QString forced = languageArgument(argc, argv);
    const bool valid = forced.isEmpty() || isSupportedLanguage(forced);
    installTranslations(valid && !forced.isEmpty() ? forced : AppSettings::language());
    if (!valid) {
        std::fprintf(stderr, "tollgate: %s\n",
                     qUtf8Printable(QCoreApplication::translate(
                                        "tollgate", "--lang must be en or zh_CN, not \"%1\".")
                                        .arg(forced)));
    }
    return valid;
}

void answerTextOnlyRequests(int argc, char** argv)
{
    bool textOnly = false;
    for (int i = 1; i < argc && std::strcmp(argv[i], "--") != 0; ++i)
        textOnly = textOnly || isTextOnlyOption(argv[i]);
    if (!textOnly)
        return;
    QCoreApplication core(argc, argv);
    if (!installCommandLineLanguage(argc, argv))
        std::exit(2);
    AppCommandLine commandLine;
    commandLine.parser.process(core); // prints the help or version and exits
    std::exit(0);
}

} // namespace tollgate
