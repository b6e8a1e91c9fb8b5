#include "report/MemoOptions.h"

#include "core/Clock.h"

namespace tollgate
{

QDate MemoOptions::effectiveDate() const
{
    return date.isValid() ? date : Clock::today();
}

} // namespace tollgate
