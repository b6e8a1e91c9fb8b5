#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace tollgate
{

// The options of `tollgate [FILE] [--lang en|zh_CN]`, described once for both the window-less
// answer to --help/--version and the normal start.
struct AppCommandLine {
    AppCommandLine();

    QCommandLineParser parser;
    QCommandLineOption lang;
    QCommandLineOption screenshots; // hidden: scripts/screenshots.sh
    QCommandLineOption size;        // hidden: the window size of the screenshots
};

// Names, version and desktop-file id shared by every start of the app; static, so they can be
// set before any application object exists.
void describeApplication();

// The value of the last --lang (`--lang zh_CN` or `--lang=zh_CN`) before any "--", or an empty
// string when there is none. Read straight from argv so the language can be installed before the
// parser prints its help or its errors.
QString languageArgument(int argc, char** argv);

// Installs the language the command line asks for (a valid --lang), else the saved or system
// one, so --help, --version and every message of the command line speak it. When --lang names a
// language Tollgate does not speak, says so on stderr, naming the option, and returns false.
// Needs a QCoreApplication.
bool installCommandLineLanguage(int argc, char** argv);

// When the arguments ask only for --help or --version, prints the answer and exits the process
// without ever creating a QApplication: those must work on a terminal with no display (a
// package check, an SSH session). The help speaks the --lang language. Otherwise returns and the
// window starts as usual.
void answerTextOnlyRequests(int argc, char** argv);

} // namespace tollgate
