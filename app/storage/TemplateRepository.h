#pragma once

#include "core/Result.h"
#include "domain/Template.h"

#include <QDateTime>
#include <QHash>

namespace tollgate
{

class Database;

// The templates table and its criteria and rubric rows. Stored versions are never changed:
// a change of gates or weights is a new version, and scorecards keep the one they used.
class TemplateRepository
{
public:
    explicit TemplateRepository(Database& db) : m_db(db) {}

    // Stores t as given (name, version, criteria); returns the new id.
    Result<qint64> insert(const Template& t, const QString& createdBy, const QDateTime& at);
    Result<Template> byId(qint64 id);
    // The newest version of the named template.
    Result<qint64> currentId(const QString& name = QStringLiteral("default"));
    Result<Template> current(const QString& name = QStringLiteral("default"));
    Result<int> latestVersion(const QString& name);
    // Template ids by version number, for one template name.
    Result<QHash<int, qint64>> idsByVersion(const QString& name = QStringLiteral("default"));

private:
    Status insertCriteria(qint64 id, const Template& t);
    Status readCriteria(Template& t);

    Database& m_db;
};

} // namespace tollgate
