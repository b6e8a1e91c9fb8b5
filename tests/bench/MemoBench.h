#pragma once

#include "Measure.h"

#include <QString>

namespace tollgate::bench
{

// One memo PDF of the best-ranked project of `database`, as the app's Export button writes it:
// the memo's data from the database, its two charts rendered, laid out, written as PDF.
Timing measureMemoPdf(const QString& database, const QString& folder, int runs, QString* error);

} // namespace tollgate::bench
