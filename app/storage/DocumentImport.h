#pragma once

#include "core/Progress.h"
#include "core/Result.h"
#include "domain/Portfolio.h"
#include "storage/Portfolio.h"

#include <QDateTime>
#include <QString>

namespace tollgate
{

class Database;

// Adds a whole PortfolioDocument inside the caller's transaction: missing segments, then each
// project with its scorecards and cached evaluation, then the meetings re-linked to the new
// project ids. The first bad record stops it with an Error naming its place in the document
// ("projects[3].scorecards[0].criteria.M7"); the caller's rollback then leaves nothing behind.
class DocumentImport
{
public:
    DocumentImport(Database& db, QString analyst, QDateTime now)
        : m_db(db), m_analyst(std::move(analyst)), m_now(std::move(now))
    {
    }

    // `progress` hears of each stored project; when it says stop, run returns a Cancelled
    // Error and the caller's rollback undoes what was written.
    Status run(const PortfolioDocument& doc, ImportStats* stats,
               const ProgressCallback& progress = {});

private:
    Database& m_db;
    QString m_analyst;
    QDateTime m_now;
};

} // namespace tollgate
