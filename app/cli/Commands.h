#pragma once

namespace tollgate::cli
{

struct Invocation;

// One function per command of SPEC §8, each returning an exit code (cli/Console.h). main.cpp
// holds the table that names them; each group lives in its own file.

// EvaluateCommand.cpp: pure scoring of one JSON request, no database.
int runEvaluate(const Invocation& inv);

// DatabaseCommands.cpp: the database file itself.
int runInit(const Invocation& inv);
int runCheck(const Invocation& inv);
int runBackup(const Invocation& inv);

// SampleCommand.cpp: the bundled sample portfolio or a synthetic one.
int runSample(const Invocation& inv);

// ExchangeCommands.cpp: CSV and JSON files in and out.
int runImport(const Invocation& inv);
int runExport(const Invocation& inv);

// ListCommand.cpp and ShowCommand.cpp: reading projects.
int runList(const Invocation& inv);
int runShow(const Invocation& inv);

// MeetingCommands.cpp: review meetings and their pack.
int runMeetings(const Invocation& inv);
int runMeetingPack(const Invocation& inv);

// MemoCommand.cpp: one project's memo as PDF or HTML (renders charts: needs a QApplication).
int runMemo(const Invocation& inv);

} // namespace tollgate::cli
