#pragma once

#include "domain/Scorecard.h"

namespace tollgate
{

// Which of two screenings is the later one: the later date wins, and on the same day the one
// stored last (the higher id). Used wherever "an analyst's latest scorecard" is meant.
inline bool isLaterScreening(const Scorecard& a, const Scorecard& b)
{
    if (a.date != b.date)
        return a.date > b.date;
    return a.id > b.id;
}

} // namespace tollgate
