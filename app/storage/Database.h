#pragma once

#include "core/Result.h"
#include "storage/SqlDialect.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <memory>

class QSqlQuery;

namespace tollgate
{

struct ScoringSnapshot;

// One connection to one database file. Each Portfolio owns its own, under a unique Qt
// connection name, so two Portfolios (two windows, a test and the app) never share a handle.
// Prepared statements are cached by their SQL text and reused: an import runs the same few
// statements hundreds of thousands of times.
class Database
{
public:
    // Opens the file with SQLite (created empty when missing) and applies the per-connection
    // settings: foreign keys, synchronous=FULL, the busy timeout. Nothing is written yet.
    static Result<std::unique_ptr<Database>> openSqlite(const QString& path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QString path() const { return m_path; }
    const SqlDialect& dialect() const { return *m_dialect; }
    QSqlDatabase& connection() { return m_connection; }

    // The prepared statement for `sql`, prepared on first use. Null with *error set when the
    // statement does not prepare (a bug in the SQL, or a file that is not a database).
    QSqlQuery* statement(const QString& sql, Error* error);
    // Runs one statement without parameters (schema changes, PRAGMAs, BEGIN/COMMIT).
    Status run(const QString& sql);

    // The Error to report for a failed database call: locked, full, read-only, damaged, or a
    // refused change (a closed meeting), each with a sentence a user can act on.
    Error errorFrom(const QSqlError& error) const;

    // Transactions report here: every commit counts, and a rollback drops what this connection
    // kept of the data (a kept copy may hold values the rollback took back).
    void noteCommit() { ++m_commits; }
    void noteRollback();
    quint64 commits() const { return m_commits; }

    // What the last full re-scoring read (storage/Rescoring.h), kept for the next one.
    ScoringSnapshot* scoringSnapshot() const { return m_scoringSnapshot.get(); }
    void keepScoringSnapshot(std::unique_ptr<ScoringSnapshot> snapshot);

private:
    Database(QString path, std::unique_ptr<SqlDialect> dialect);

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<SqlDialect> m_dialect;
    QSqlDatabase m_connection;
    QHash<QString, QSqlQuery*> m_statements;
    quint64 m_commits = 0;
    std::unique_ptr<ScoringSnapshot> m_scoringSnapshot;
};

// The most values one statement binds: a multi-row INSERT of a bulk import stays below it.
constexpr int kMostBoundValues = 512;

// The name of the index-th bound value of a statement (":p0", ":p1", …). Statements are
// written with `?` and prepared with these names in their place (see Database::statement).
const QString& placeholderName(int index);

} // namespace tollgate
