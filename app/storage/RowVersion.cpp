#include "storage/RowVersion.h"

#include "storage/Query.h"
#include "storage/StorageText.h"

namespace tollgate
{

Error unchangedRowError(Database& db, const QString& table, qint64 id, const Error& notFound,
                        const std::function<Error(int stored)>& conflict)
{
    Query stored(db, QStringLiteral("SELECT row_version FROM %1 WHERE id = ?").arg(table));
    stored.bind(id);
    Result<QVariant> version = stored.scalar();
    if (!version)
        return version.error();
    if (version->isNull())
        return notFound;
    return conflict(version->toInt());
}

Error changedElsewhere(const QString& what, int readVersion, int storedVersion)
{
    return Error::of(ErrorKind::Conflict,
                     StorageText::tr("%1 was changed elsewhere since it was read (version %2, now "
                                     "%3); reload it and apply the change again.")
                         .arg(what)
                         .arg(readVersion)
                         .arg(storedVersion));
}

} // namespace tollgate
