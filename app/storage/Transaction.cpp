#include "storage/Transaction.h"

#include "storage/Database.h"

namespace tollgate
{

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::begin()
{
    if (Status begun = m_db.run(m_db.dialect().beginWriteStatement()); !begun)
        return begun;
    m_open = true;
    return {};
}

Status Transaction::commit()
{
    if (Status committed = m_db.run(QStringLiteral("COMMIT")); !committed) {
        rollback();
        return committed;
    }
    m_open = false;
    m_db.noteCommit();
    return {};
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    m_db.noteRollback();
    // A failed rollback leaves nothing to do: SQLite has already rolled back on its own.
    (void)m_db.run(QStringLiteral("ROLLBACK"));
}

} // namespace tollgate
