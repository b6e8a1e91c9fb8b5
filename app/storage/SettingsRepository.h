#pragma once

#include "core/Result.h"

#include <QString>

namespace tollgate
{

class Database;

// The settings table (schema version 2): settings that belong to the database and every
// analyst who opens it, such as blind scoring, rather than to one user's machine.
class SettingsRepository
{
public:
    explicit SettingsRepository(Database& db) : m_db(db) {}

    // The stored value of `key`, or `fallback` when none is stored.
    Result<QString> value(const QString& key, const QString& fallback = QString());
    Status setValue(const QString& key, const QString& value);

private:
    Database& m_db;
};

// The keys of the settings table.
namespace SettingKey
{
inline const QString BlindScoring = QStringLiteral("blind_scoring"); // "1" on, "0" off
} // namespace SettingKey

} // namespace tollgate
