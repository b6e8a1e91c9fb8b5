#include "storage/BulkIndexes.h"

#include "storage/Database.h"
#include "storage/Query.h"

namespace tollgate
{

Result<bool> BulkIndexes::worthDropping(qsizetype incoming)
{
    constexpr qsizetype kBulk = 2000;
    if (incoming < kBulk)
        return false;
    Result<QVariant> existing =
        Query(m_db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(m_table)).scalar();
    if (!existing)
        return existing.error();
    return incoming >= existing->toLongLong();
}

Status BulkIndexes::drop()
{
    for (const Schema::IndexDefinition& index : Schema::indexesOf(m_table)) {
        // The name comes from the schema in code, never from user text.
        if (Status dropped = m_db.run(QStringLiteral("DROP INDEX %1").arg(index.name)); !dropped)
            return dropped;
        m_dropped.append(index);
    }
    return {};
}

Status BulkIndexes::rebuild()
{
    while (!m_dropped.isEmpty()) {
        if (Status built = m_db.run(m_dropped.constFirst().create); !built)
            return built;
        m_dropped.removeFirst();
    }
    return {};
}

} // namespace tollgate
