#pragma once

#include "domain/Meeting.h"

#include <QCoreApplication>

namespace tollgate
{

// The translation context of the meeting texts the core writes ("Meetings" in the .ts files):
// minutes, the meeting pack, and the names of statuses, decisions and votes that the GUI shows.
class MeetingText
{
    Q_DECLARE_TR_FUNCTIONS(Meetings)
public:
    static QString status(MeetingStatus status);
    static QString decision(Decision decision); // "No decision" for Decision::None
    static QString vote(Vote vote);
};

} // namespace tollgate
