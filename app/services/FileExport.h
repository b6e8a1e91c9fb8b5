#pragma once

#include "core/Result.h"
#include "storage/Portfolio.h"

#include <QString>

namespace tollgate
{

// Writes the whole portfolio to a CSV or JSON file or an Excel workbook (by its extension), the
// use case behind `tollgate-cli export` and the GUI's export command (SPEC §8). CSV rows and the
// workbook carry each project's aggregate evaluated as of `asOfYear`. The file is replaced
// atomically: a failed write leaves the old file as it was.
Status exportFile(const Portfolio& portfolio, const QString& path, int asOfYear);

} // namespace tollgate
