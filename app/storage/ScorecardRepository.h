#pragma once

#include "core/Result.h"
#include "domain/Scorecard.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace tollgate
{

class Database;

// One row of a bulk import: the scorecard (its project id set), its times and the id the import
// handed out. The scorecard is the caller's and must outlive the insert.
struct NewScorecardRow {
    const Scorecard* scorecard = nullptr;
    QDateTime created;
    QDateTime updated;
    qint64 id = 0;
};

// The scorecards table: one row per screening with its market and cost inputs and its
// per-criterion entries (a JSON column, storage/CriteriaText.h).
class ScorecardRepository
{
public:
    explicit ScorecardRepository(Database& db) : m_db(db) {}

    // Stores a new scorecard (row version 1); returns its id. With id > 0 the row gets that id
    // (bulk imports allocate ids themselves); otherwise the database picks one.
    Result<qint64> insert(const Scorecard& s, const QDateTime& created, const QDateTime& updated,
                          qint64 id = 0);
    // Stores new scorecards in order, several rows to a statement (as
    // ProjectRepository::insertRows does). A refused row fails its whole statement; the caller's
    // transaction takes back the rest.
    Status insertRows(const QList<NewScorecardRow>& rows);
    // Replaces the fields and entries of s if its row version is still the stored one, and bumps
    // it. Conflict or NotFound otherwise, with nothing changed.
    Status update(const Scorecard& s, const QDateTime& now);
    Status remove(qint64 id);
    Result<qint64> nextId();

    Result<Scorecard> byId(qint64 id);
    Result<QList<Scorecard>> forProject(qint64 projectId); // oldest first
    // Every scorecard of one analyst, by project, each project's oldest first.
    Result<QList<Scorecard>> byAnalyst(const QString& analyst);
    // Every scorecard, grouped by project, each project's oldest first.
    Result<QHash<qint64, QList<Scorecard>>> allByProject();
    // The same with only what the scoring rules read (analyst, date, criteria, TAM and cost
    // inputs).
    Result<QHash<qint64, QList<Scorecard>>> allForEvaluation();

private:
    Result<QList<Scorecard>> read(const QString& where, const QVariant& value);

    Database& m_db;
};

Error scorecardNotFound(qint64 id);

} // namespace tollgate
