#pragma once

#include "cli/Arguments.h"

namespace tollgate::cli {

// One function per verb of SPEC §8; each returns an ExitCode (cli/Console.h).
int runInit(const Invocation& inv);
int runSample(const Invocation& inv);
int runImport(const Invocation& inv);
int runExport(const Invocation& inv);
int runList(const Invocation& inv);
int runShow(const Invocation& inv);
int runCheck(const Invocation& inv);
int runBackup(const Invocation& inv);
int runEvaluate(const Invocation& inv);

// The database named by --db, or the default one (core/Paths.h).
QString databasePath(const Invocation& inv);

} // namespace tollgate::cli
