#pragma once

#include "core/Result.h"
#include "storage/CachedEvaluation.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace tollgate
{

class Database;

// What the last full re-scoring of a connection read, kept for the next one (a second gate or
// weight change need not read 100 000 scorecards again). Only the inputs that no template
// change can alter are kept: each project's aggregate scores, and its stored evaluation, whose
// red flags, TAM and years to profitable cost depend on the scorecards and the year alone.
// It is used only while it is current: no other connection has committed (the dialect's
// change counter), this connection has committed nothing but the transaction that made it,
// nothing was rolled back, and the year and the template's criteria are the same.
struct ScoringSnapshot {
    QStringList keys;                    // the criteria of `means`, in this order
    int asOfYear = 0;                    // the year its red flags were computed in
    std::optional<qint64> othersChanges; // the dialect's change counter when it was made
    quint64 currentAtCommits = 0;        // the connection's commit count at which it is current
    QList<qint64> ids;                   // by id
    QList<CachedEvaluation> stored;      // what each project row holds
    QList<double> means;                 // ids.size() × keys.size(); NaN = not scored
};

// Recomputes every project's cached evaluation from its scorecards under the current template,
// in the year of core/Clock, and writes only the rows whose result changed (the aggregate of
// SPEC §4, exactly as evaluateProject() gives it). Runs inside the caller's write transaction;
// the scoring runs on every core. Returns how many rows changed.
Result<int> rescoreAll(Database& db);

} // namespace tollgate
