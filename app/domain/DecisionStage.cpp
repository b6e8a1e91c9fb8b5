#include "domain/DecisionStage.h"

namespace tollgate
{

std::optional<Stage> stageAfterDecision(Decision decision, Stage current)
{
    switch (decision) {
    case Decision::Approve:
        switch (current) {
        case Stage::Sourcing:
            return Stage::Screening;
        case Stage::Screening:
            return Stage::Diligence;
        case Stage::Diligence:
            return Stage::Committee;
        case Stage::Committee:
            return Stage::Invested;
        default:
            return std::nullopt; // a holding approved at a review stays a holding
        }
    case Decision::Decline:
        // Declining a holding at a review is no exit: that is a decision of its own.
        if (stageInPlay(current) && current != Stage::Invested)
            return Stage::Passed;
        return std::nullopt;
    case Decision::MoreDiligence:
        if (current == Stage::Committee)
            return Stage::Diligence;
        return std::nullopt;
    case Decision::Defer:
    case Decision::None:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace tollgate
