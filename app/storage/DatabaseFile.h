#pragma once

#include "core/Result.h"

#include <QString>

namespace tollgate
{

// Looks at an existing file before SQLite touches it: an empty file, a file that is not
// SQLite, or one cut short is refused here, from its header and size alone, so it is never
// opened for writing.
Status probeDatabaseFile(const QString& path);

} // namespace tollgate
