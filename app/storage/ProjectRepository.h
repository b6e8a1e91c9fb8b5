#pragma once

#include "core/Result.h"
#include "domain/Project.h"
#include "storage/CachedEvaluation.h"
#include "storage/Portfolio.h"

#include <QDateTime>
#include <QList>
#include <QSet>

namespace tollgate
{

class Database;

// One row of a bulk import: the project, its cached evaluation, its times and the id the import
// handed out. The pointers are the caller's and must outlive the insert.
struct NewProjectRow {
    const Project* project = nullptr;
    const CachedEvaluation* evaluation = nullptr;
    QDateTime created;
    QDateTime updated;
    qint64 id = 0;
};

// The projects table: the stored fields of each project and its cached evaluation.
class ProjectRepository
{
public:
    explicit ProjectRepository(Database& db) : m_db(db) {}

    // Stores a new project with row version 1 and the given times and evaluation. With id > 0
    // the row gets that id (bulk imports allocate ids themselves); otherwise the database picks.
    Result<qint64> insert(const Project& p, const CachedEvaluation& evaluation,
                          const QDateTime& created, const QDateTime& updated, qint64 id = 0);
    // Stores new projects in order, several rows to a statement: one INSERT of many rows costs
    // a fraction of as many single-row ones. A refused row fails its whole statement; the
    // caller's transaction takes back the rest.
    Status insertRows(const QList<NewProjectRow>& rows);
    Result<qint64> nextId();
    // Stores the fields of p if its row version is still the stored one, and bumps it.
    // Conflict when it is not, NotFound when the project is gone; nothing changes then.
    Status update(const Project& p, const QDateTime& now);
    Status writeEvaluation(qint64 id, const CachedEvaluation& evaluation);
    // Marks the project as changed now, without a new row version: its scorecards changed,
    // which another window editing the project's own fields need not conflict with.
    Status touch(qint64 id, const QDateTime& now);
    Status remove(qint64 id);

    Result<Project> byId(qint64 id);
    // Which of the ids name stored projects.
    Result<QSet<qint64>> existing(const QList<qint64>& ids);
    Result<QList<Project>> all(); // by id
    // Every project with only what the scoring rules read: id, lead analyst, fund end year,
    // expected exit year and the dominant-incumbent tick.
    Result<QList<Project>> allForEvaluation();
    Result<QList<ProjectSummary>> summaries(const ProjectFilter& filter);
    // Cached evaluations of every project, by id, to see which a re-evaluation changes.
    Result<QHash<qint64, CachedEvaluation>> evaluations();
    // Whether some project's cached evaluation was made in another year than `year`.
    Result<bool> hasEvaluationsNotFrom(int year);

private:
    Database& m_db;
};

Error projectNotFound(qint64 id);
Error projectConflict(const Project& p, int storedVersion);

} // namespace tollgate
