#pragma once

#include "core/Result.h"

#include <QString>

namespace tollgate
{

// Creates the bundled sample portfolio (SPEC §5 "First run") as a database at `path`, or
// leaves an existing database there as it is.
Status ensureSampleDatabase(const QString& path, const QString& analyst);

} // namespace tollgate
