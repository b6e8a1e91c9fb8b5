#include "core/Clock.h"

namespace tollgate {

namespace {
QDateTime& fixedInstant()
{
    static QDateTime instant;
    return instant;
}
} // namespace

QDateTime Clock::now()
{
    const QDateTime& fixed = fixedInstant();
    return fixed.isValid() ? fixed : QDateTime::currentDateTimeUtc();
}

void Clock::setFixed(const QDateTime& instant)
{
    fixedInstant() = instant;
}

} // namespace tollgate
