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

// When the arguments ask only for --help or --version, prints the answer and exits the process
// without ever creating a QApplication: those must work on a terminal with no display (a
// package check, an SSH session). Otherwise returns and the window starts as usual.
void answerTextOnlyRequests(int argc, char** argv);

} // namespace tollgate
