#include "report/MeetingText.h"

namespace tollgate
{

QString MeetingText::status(MeetingStatus status)
{
    switch (status) {
    case MeetingStatus::Planned:
        return tr("Planned");
    case MeetingStatus::InProgress:
        return tr("In progress");
    case MeetingStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString MeetingText::decision(Decision decision)
{
    switch (decision) {
    case Decision::None:
        return tr("No decision");
    case Decision::Approve:
        return tr("Approve");
    case Decision::Decline:
        return tr("Decline");
    case Decision::Defer:
        return tr("Defer");
    case Decision::MoreDiligence:
        return tr("More diligence");
    }
    return {};
}

QString MeetingText::vote(Vote vote)
{
    switch (vote) {
    case Vote::Yes:
        return tr("Yes");
    case Vote::No:
        return tr("No");
    case Vote::Abstain:
        return tr("Abstain");
    }
    return {};
}

} // namespace tollgate
