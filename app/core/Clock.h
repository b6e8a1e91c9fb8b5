#pragma once

#include <QDate>
#include <QDateTime>

namespace tollgate {

// The one source of "now" for the core, so tests can pin dates (audit times, as-of year,
// scorecard dates) without depending on the day they run.
class Clock
{
public:
    static QDateTime now();
    static QDate today() { return now().date(); }
    static int currentYear() { return today().year(); }

    // Tests only: pin the clock to a fixed instant; an invalid QDateTime releases it.
    static void setFixed(const QDateTime& instant);
};

} // namespace tollgate
