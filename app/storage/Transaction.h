#pragma once

#include "core/Result.h"

#include <type_traits>
#include <utility>

namespace tollgate
{

class Database;

// One write transaction. It takes the write lock when it begins; it is rolled back when it is
// destroyed without commit(), so an early return on an error leaves the database as it was.
class Transaction
{
public:
    explicit Transaction(Database& db) : m_db(db) {}
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Status begin();
    Status commit();
    void rollback();

private:
    Database& m_db;
    bool m_open = false;
};

// Runs `work` (returning Status or Result<T>) in one write transaction: committed when it
// succeeds, rolled back when it fails or the commit does.
template <typename Work>
auto inTransaction(Database& db, Work&& work) -> decltype(work())
{
    Transaction transaction(db);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    auto result = std::forward<Work>(work)();
    if (!result.ok())
        return result; // the destructor rolls back
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return result;
}

} // namespace tollgate
