#pragma once

#include "core/Result.h"

namespace tollgate
{

class Database;

// Keeps each project's cached evaluation (storage/CachedEvaluation.h) equal to what the
// scoring rules give for its stored scorecards under the current template, in the year of
// core/Clock. Called inside the transaction of every edit that can change it.
class EvaluationCache
{
public:
    explicit EvaluationCache(Database& db) : m_db(db) {}

    Status refresh(qint64 projectId);
    // Every project; only the rows whose evaluation changed are written. Returns their count.
    Result<int> refreshAll();

private:
    Database& m_db;
};

} // namespace tollgate
