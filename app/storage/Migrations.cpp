#include "storage/Migrations.h"

#include "core/Clock.h"
#include "domain/Segment.h"
#include "scoring/DefaultTemplate.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/SegmentRepository.h"
#include "storage/StorageText.h"
#include "storage/TemplateRepository.h"
#include "storage/Transaction.h"

namespace tollgate
{

namespace
{

// Version 1: the whole schema, the default segments of SPEC §2 and the default template of
// SPEC §3, in a file marked as a Tollgate database.
Status createVersion1(Database& db)
{
    if (Status created = db.dialect().prepareNewFile(db); !created)
        return created;
    if (Status marked = db.dialect().markAsTollgateDatabase(db); !marked)
        return marked;
    for (const QString& statement : Schema::version1Statements()) {
        if (Status done = db.run(statement); !done)
            return done;
    }
    SegmentRepository segments(db);
    for (const Segment& s : defaultSegments()) {
        if (Status done = segments.insert(s); !done)
            return done;
    }
    Result<qint64> t =
        TemplateRepository(db).insert(defaultTemplate(), QStringLiteral("Tollgate"), Clock::now());
    if (!t)
        return t.error();
    return {};
}

// Version 2: the settings table (blind scoring is its first setting).
Status addSettings(Database& db)
{
    for (const QString& statement : Schema::version2Statements()) {
        if (Status done = db.run(statement); !done)
            return done;
    }
    return {};
}

} // namespace

QList<Migration> migrations()
{
    return {{1, createVersion1}, {2, addSettings}};
}

Status migrate(Database& db, const QList<Migration>& steps,
               const std::function<Status()>& backupFirst)
{
    Result<int> version = db.dialect().schemaVersion(db);
    if (!version)
        return version.error();
    bool backedUp = false;
    // A file that held no schema when we began holds no data: creating it step by step needs
    // no backup, even once the first step has made it version 1.
    const bool heldData = *version > 0;
    for (const Migration& step : steps) {
        if (step.toVersion <= *version)
            continue;
        if (heldData && !backedUp && backupFirst) {
            if (Status saved = backupFirst(); !saved)
                return saved;
            backedUp = true;
        }
        Status done = inTransaction(db, [&]() -> Status {
            if (Status applied = step.apply(db); !applied)
                return applied;
            return db.dialect().setSchemaVersion(db, step.toVersion);
        });
        if (!done) {
            Error error = done.error();
            error.message = StorageText::tr("Upgrading the database to schema version %1 failed; "
                                            "it was left at version %2: %3")
                                .arg(step.toVersion)
                                .arg(*version)
                                .arg(error.message);
            return error;
        }
        *version = step.toVersion;
    }
    return {};
}

} // namespace tollgate
