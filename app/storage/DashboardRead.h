#pragma once

#include "core/Result.h"
#include "domain/Stage.h"
#include "scoring/Verdict.h"
#include "storage/CachedEvaluation.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>

namespace tollgate
{

class Database;

// One project as the dashboard's statistics and filters need it (SPEC §5 charts 1–4), as plain
// values: no QString, QDateTime or list per row. At a million projects a ProjectSummary per row
// took the process to 6 GB; this is 64 bytes, plus the name, which the caller keeps or not.
struct DashboardRow {
    qint64 id = 0;
    double market = 0; // NaN: not scored
    double cost = 0;
    double composite = 0;
    double tamCny = 0;    // NaN: no TAM
    qint64 updatedMs = 0; // ms since the epoch, UTC; 0 when unknown
    int segment = 0;      // index into DashboardKeys::segmentKeys()
    int leadAnalyst = -1; // index into DashboardKeys::analysts(); -1: no lead analyst
    Stage stage = Stage::Sourcing;
    Verdict verdict = Verdict::Incomplete;
    bool archived = false;
};

// The strings the rows refer to by index, each stored once. Seeded with the known segment keys
// so that a row's segment is the index of its segment in that list; a key the list does not
// know, and every lead analyst, is appended when first met.
class DashboardKeys
{
public:
    DashboardKeys() = default;
    explicit DashboardKeys(const QStringList& segmentKeys);

    const QStringList& segmentKeys() const { return m_segmentKeys; }
    const QStringList& analysts() const { return m_analysts; } // in order of first appearance

    int segmentIndex(const QString& key);
    int analystIndex(const QString& name); // -1 for the empty name

private:
    QStringList m_segmentKeys;
    QStringList m_analysts;
    QHash<QString, int> m_segmentIndex;
    QHash<QString, int> m_analystIndex;
};

// Receives each row and its project's name (a view valid during the call only).
using DashboardVisitor = std::function<void(const DashboardRow&, QStringView name)>;

// Reads every project, archived ones included, in id order, in one statement finished before
// returning. `seen` replaces the stored evaluation of the projects it names (what a viewing
// analyst sees under blind scoring: storage/ViewerEvaluations.h).
Status readDashboardRows(Database& db, const QHash<qint64, CachedEvaluation>& seen,
                         DashboardKeys& keys, const DashboardVisitor& visit);

} // namespace tollgate
