#pragma once

#include "core/Result.h"
#include "domain/Stage.h"
#include "scoring/Verdict.h"

#include <QString>

#include <functional>

namespace tollgate
{

class Database;

// One project as the desktop's project table needs it: the columns it shows and sorts by, as
// plain values (no QDateTime, no lists), read without building a ProjectSummary. The search
// text's parts (city, tags, description) are read only when asked for.
struct ProjectTableRow {
    qint64 id = 0;
    QString name;
    QString segmentKey;
    Stage stage = Stage::Sourcing;
    double market = 0; // NaN: not scored
    double cost = 0;
    double composite = 0;
    Verdict verdict = Verdict::Incomplete;
    int redFlagCount = 0;
    QString leadAnalyst;
    qint64 updatedMs = 0; // ms since the epoch, UTC; 0 when unknown
    bool archived = false;
    QString city; // these three only with ProjectTableRequest::searchText
    QString tags; // one per line, as stored
    QString description;
};

// The orders the storage can give the table's first screen in, from an index.
enum class ProjectTableOrder { ById, ByMarket, ByCost, ByComposite, ByRedFlags, ByUpdated };

struct ProjectTableRequest {
    bool searchText = false;     // also read city, tags and description
    bool includeArchived = true; // false: only the projects in play
    ProjectTableOrder order = ProjectTableOrder::ById;
    bool descending = false; // ties follow the id the same way
    int limit = -1;          // -1: every row
};

// Reads the project table's rows in one statement, finished before returning, and hands each
// to `visit` in order. A null number (not scored) orders below every score, as in the table.
Status readProjectTable(Database& db, const ProjectTableRequest& request,
                        const std::function<void(const ProjectTableRow&)>& visit);

// The number of projects, without reading them.
Result<int> countProjects(Database& db, bool includeArchived);

} // namespace tollgate
