#include "core/Paths.h"
#include "core/Translations.h"
#include "files/SampleDatabase.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/ScreenshotTour.h"
#include "settings/AppSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>

#include <cstdio>

using namespace tollgate;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tollgate"));
    QApplication::setApplicationName(QStringLiteral("Tollgate"));
    QApplication::setApplicationVersion(QStringLiteral(TOLLGATE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tollgate.svg")));
    QApplication::setDesktopFileName(QStringLiteral("io.tollgate.Tollgate")); // the .desktop entry

    // The saved (or system) language first, so --help speaks it too; --lang may change it below.
    installTranslations(AppSettings::language());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("tollgate", "Due diligence for a semiconductor fund."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("tollgate", "The database to open (default: the last one)."),
        QStringLiteral("[FILE]"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("tollgate", "The UI language: en or zh_CN."),
        QStringLiteral("LANG"));
    QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QCoreApplication::translate("tollgate",
                                    "Save PNGs of the main screens into DIR, then quit."),
        QStringLiteral("DIR"));
    screenshots.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption size(QStringLiteral("size"), QString(), QStringLiteral("WxH"),
                            QStringLiteral("1366x768"));
    size.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({lang, screenshots, size});
    parser.process(app);

    const QString language = parser.isSet(lang) ? parser.value(lang) : AppSettings::language();
    if (parser.isSet(lang) && !isSupportedLanguage(language)) {
        std::fprintf(stderr, "tollgate: %s\n",
                     qUtf8Printable(QCoreApplication::translate(
                                        "tollgate", "--lang must be en or zh_CN, not \"%1\".")
                                        .arg(language)));
        return 2;
    }
    if (parser.positionalArguments().size() > 1) {
        std::fprintf(stderr, "tollgate: %s\n",
                     qUtf8Printable(QCoreApplication::translate(
                         "tollgate", "Give at most one database file.")));
        return 2;
    }
    if (parser.isSet(lang))
        installTranslations(language);

    MainWindow window;
    if (parser.isSet(screenshots) && parser.positionalArguments().isEmpty()) {
        // The screenshots show the bundled sample portfolio unless a file is named.
        const QString sample = Paths::sampleDatabase();
        Status ready = ensureSampleDatabase(sample, AppSettings::analystOrAccountName());
        if (ready)
            ready = window.openDatabase(sample, OpenMode::ExistingOnly);
        if (!ready) {
            std::fprintf(stderr, "tollgate: %s\n", qUtf8Printable(ready.error().message));
            return 1;
        }
    } else if (!parser.positionalArguments().isEmpty()) {
        const QString file = parser.positionalArguments().constFirst();
        const OpenMode mode =
            QFileInfo::exists(file) ? OpenMode::ExistingOnly : OpenMode::CreateIfMissing;
        if (!window.openInteractively(file, mode) && !window.openStartupDatabase())
            return 0;
    } else if (!window.openStartupDatabase()) {
        return 0;
    }

    if (parser.isSet(screenshots)) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        const QSize windowSize(wh.value(0).toInt(), wh.value(1).toInt());
        if (!windowSize.isValid()) {
            std::fprintf(stderr, "tollgate: --size must look like 1366x768\n");
            return 2;
        }
        window.show();
        const QString suffix = language.isEmpty() || language == QLatin1String("en")
                                   ? QString()
                                   : QLatin1Char('-') + language;
        const QStringList files =
            takeScreenshots(window, parser.value(screenshots), windowSize, suffix);
        for (const QString& file : files)
            std::printf("%s\n", qUtf8Printable(file));
        return files.isEmpty() ? 1 : 0;
    }

    window.show();
    return QApplication::exec();
}
