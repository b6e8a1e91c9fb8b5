#include "core/Paths.h"
#include "files/SampleDatabase.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/ScreenshotTour.h"
#include "settings/AppSettings.h"
#include "startup/AppCommandLine.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>

#include <cstdio>

using namespace tollgate;

int main(int argc, char** argv)
{
    describeApplication();
    answerTextOnlyRequests(argc, argv);

    QApplication app(argc, argv);
    // The installed hicolor icons (with the hand-drawn 16 px one) when the package is there;
    // the compiled-in SVG when run from a build tree.
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.tollgate.Tollgate"),
                                                 QIcon(QStringLiteral(":/icons/tollgate.svg"))));
    QApplication::setDesktopFileName(QStringLiteral("io.tollgate.Tollgate")); // the .desktop entry

    // --lang, else the saved (or system) language, before the parser speaks: its errors too.
    if (!installCommandLineLanguage(argc, argv))
        return 2;

    AppCommandLine commandLine;
    QCommandLineParser& parser = commandLine.parser;
    const QCommandLineOption& lang = commandLine.lang;
    const QCommandLineOption& screenshots = commandLine.screenshots;
    const QCommandLineOption& size = commandLine.size;
    parser.process(app);

    const QString language = parser.isSet(lang) ? parser.value(lang) : AppSettings::language();
    if (parser.positionalArguments().size() > 1) {
        std::fprintf(stderr, "tollgate: %s\n",
                     qUtf8Printable(QCoreApplication::translate(
                         "tollgate", "Give at most one database file.")));
        return 2;
    }

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
            std::fprintf(stderr, "tollgate: %s\n",
                         qUtf8Printable(QCoreApplication::translate(
                             "tollgate", "--size must look like 1366x768.")));
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
