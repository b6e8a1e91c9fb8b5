#pragma once

#include "domain/Meeting.h"
#include "domain/Project.h"
#include "domain/Scorecard.h"
#include "domain/Segment.h"

#include <QList>

namespace tollgate {

// A project with all its scorecards: the unit of import and export.
struct ProjectBundle {
    Project project;
    QList<Scorecard> scorecards;
};

// Everything a JSON export carries (SPEC §8): the full-fidelity exchange unit, also the shape
// of the bundled sample portfolio. Ids inside a document only link its parts together (a
// meeting's agenda names projects by their document id); importing assigns new ids.
struct PortfolioDocument {
    QList<Segment> segments; // may be empty: the database's own list is kept
    QList<ProjectBundle> projects;
    QList<Meeting> meetings;
};

} // namespace tollgate
