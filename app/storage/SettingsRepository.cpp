#include "storage/SettingsRepository.h"

#include "storage/Query.h"

namespace tollgate
{

Result<QString> SettingsRepository::value(const QString& key, const QString& fallback)
{
    Query q(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.bind(key);
    Result<QVariant> stored = q.scalar();
    if (!stored)
        return stored.error();
    return stored->isNull() ? fallback : stored->toString();
}

Status SettingsRepository::setValue(const QString& key, const QString& value)
{
    Query q(m_db, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bind(key).bind(value);
    return q.exec();
}

} // namespace tollgate
