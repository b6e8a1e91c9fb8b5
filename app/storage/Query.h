#pragma once

#include "core/Result.h"

#include <QVariant>

#include <optional>

class QSqlQuery;

namespace tollgate
{

class Database;

// One use of a cached prepared statement: bind values in order, run, read the rows. The
// destructor finishes the statement, so no read is ever left open holding a lock or pinning
// the journal. Only one Query per SQL text may be alive at a time.
class Query
{
public:
    Query(Database& db, const QString& sql);
    ~Query();
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;

    Query& bind(const QVariant& value);
    // Text is never NULL in Tollgate's tables: a null QString is stored as ''.
    Query& bind(const QString& text);
    template <typename T>
    Query& bind(const std::optional<T>& value)
    {
        // A typed null, so engines that care about parameter types get one.
        return bind(value ? QVariant::fromValue(*value) : QVariant(QMetaType::fromType<T>()));
    }

    // Runs the statement with the values bound since the last run, then starts binding afresh.
    Status exec();
    bool next();
    QVariant value(int column) const;
    int rowsAffected() const;
    // Ends the read early (the destructor does the same).
    void finish();

    // Runs the statement and returns the first column of its first row (null when no row).
    Result<QVariant> scalar();

private:
    Database& m_db;
    QSqlQuery* m_query = nullptr;
    Error m_prepareError;
    int m_bindIndex = 0;
};

} // namespace tollgate
