#pragma once

#include <QDate>
#include <QString>

namespace tollgate
{

// What the memo is told besides its data: who it is for and in which language. The core cannot
// read the app's settings, so the caller passes them in (the app from its settings, the command
// line from --fund and the language of its messages).
struct MemoOptions {
    QString fundName;     // the header's first line; empty: the header names no fund
    QString preparedBy;   // the analyst line; empty: the project's lead analyst
    QDate date;           // printed in the header and the footer; invalid: today (core/Clock.h)
    bool chinese = false; // segment, stage, verdict, criterion and rubric texts in Chinese

    QDate effectiveDate() const;
};

} // namespace tollgate
