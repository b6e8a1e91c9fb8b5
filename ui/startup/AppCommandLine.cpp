#include "startup/AppCommandLine.h"

#include "core/Translations.h"
#include "settings/AppSettings.h"

#include <QCoreApplication>

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

void answerTextOnlyRequests(int argc, char** argv)
{
    bool textOnly = false;
    for (int i = 1; i < argc && std::strcmp(argv[i], "--") != 0; ++i)
        textOnly = textOnly || isTextOnlyOption(argv[i]);
    if (!textOnly)
        return;
    QCoreApplication core(argc, argv);
    installTranslations(AppSettings::language()); // the help in the saved or system language
    AppCommandLine commandLine;
    commandLine.parser.process(core); // prints the help or version and exits
    std::exit(0);
}

} // namespace tollgate
