#pragma once

#include "cli/Arguments.h"
#include "core/Result.h"
#include "storage/Portfolio.h"

#include <memory>

namespace tollgate::cli {

// Opens the database of an invocation; errors carry the file name.
Result<std::unique_ptr<Portfolio>> openPortfolio(const Invocation& inv, OpenMode mode);

// The analyst recorded in the audit log for command-line edits: $TOLLGATE_ANALYST, else the
// login name.
QString commandLineAnalyst();

} // namespace tollgate::cli
