#pragma once

#include "core/Result.h"
#include "domain/Portfolio.h"
#include "domain/Segment.h"
#include "domain/Template.h"

#include <QList>

namespace tollgate
{

// The sample portfolio offered on first run (SPEC §5) and by `tollgate-cli sample` without
// --projects: about forty fictional projects across the ten segments, scorecards by three
// analysts (some disagreeing, some re-screened), one closed and one planned committee meeting.
// It ships inside the core as ":/sample/portfolio.json" (resources/sample/portfolio.json) in the
// JSON exchange format, and is read with the same reader as any imported file, so the sample
// can never drift from what the importer accepts. docs/sample-portfolio.md describes it.
//
// `segments` and `t` are those of the database it goes into: segment names are resolved against
// them and criterion keys checked against the template. An Error only if the build is broken
// (the resource missing or not a valid document).
Result<PortfolioDocument> bundledSamplePortfolio(const QList<Segment>& segments, const Template& t);

} // namespace tollgate
