#pragma once

#include "core/Result.h"
#include "storage/Schema.h"

#include <QList>
#include <QString>

namespace tollgate
{

class Database;

// The secondary indexes of one table set aside for a bulk insert and built again after it,
// inside the caller's transaction (a rollback brings them back as they were). Inserting
// 100 000 rows into seven indexes one key at a time, most of them in random key order, costs
// far more than sorting each index once at the end.
class BulkIndexes
{
public:
    BulkIndexes(Database& db, QString table) : m_db(db), m_table(std::move(table)) {}

    // Worth it when the rows to insert outnumber those already there: rebuilding an index
    // costs in proportion to the whole table.
    Result<bool> worthDropping(qsizetype incoming);

    Status drop();
    // Builds every dropped index again; the caller must call it before its commit.
    Status rebuild();

private:
    Database& m_db;
    QString m_table;
    QList<Schema::IndexDefinition> m_dropped;
};

} // namespace tollgate
