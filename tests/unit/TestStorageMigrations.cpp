#include "StorageFixtures.h"

#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Query.h"
#include "storage/Schema.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tollgate;
using namespace tollgate::test;

// Schema migrations by PRAGMA user_version: each step in its own transaction, a backup before
// the first step on a database that holds data, a failed step leaving the last good version.
class TestStorageMigrations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_file = 0;

    // A database at this build's version holding one project.
    QString currentDatabase()
    {
        const QString file = m_dir.filePath(QStringLiteral("current-%1.tollgate").arg(++m_file));
        std::unique_ptr<Portfolio> p = openPortfolio(file);
        if (p)
            p->createProject(makeProject(QStringLiteral("Old")), analyst());
        return file;
    }

    static int version(Database& db) { return *db.dialect().schemaVersion(db); }

    static bool tableExists(Database& db, const QString& name)
    {
        Query q(db,
                QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
        q.bind(name);
        Result<QVariant> found = q.scalar();
        return found && !found->isNull();
    }

    // A later version: a step that adds a table.
    static Migration addNotes()
    {
        return {Schema::currentVersion + 1, [](Database& db) {
                    return db.run(QStringLiteral("CREATE TABLE project_notes (project_id INTEGER "
                                                 "REFERENCES projects (id), note TEXT)"));
                }};
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void emptyFileGetsTheWholeSchemaWithoutABackup()
    {
        const QString file = m_dir.filePath(QStringLiteral("new.tollgate"));
        Result<std::unique_ptr<Database>> db = Database::openSqlite(file);
        TG_VERIFY_OK(db);
        int backups = 0;
        TG_VERIFY_OK(migrate(**db, migrations(), [&] {
            ++backups;
            return Status();
        }));
        QCOMPARE(backups, 0);
        QCOMPARE(version(**db), Schema::currentVersion);
        QVERIFY(tableExists(**db, QStringLiteral("projects")));
        QVERIFY(*(*db)->dialect().isTollgateDatabase(**db));
    }

    void stepsRunInOrderAfterABackup()
    {
        const QString file = currentDatabase();
        Result<std::unique_ptr<Database>> db = Database::openSqlite(file);
        TG_VERIFY_OK(db);
        QCOMPARE(version(**db), Schema::currentVersion);
        QString backup;
        const auto takeBackup = [&]() -> Status {
            Result<QString> made = Backup::rollingBackup(**db);
            if (!made)
                return made.error();
            backup = *made;
            return {};
        };
        Migration three{Schema::currentVersion + 2, [](Database& d) {
                            return d.run(QStringLiteral("ALTER TABLE project_notes ADD COLUMN "
                                                        "author TEXT NOT NULL DEFAULT ''"));
                        }};
        TG_VERIFY_OK(migrate(**db, migrations() << addNotes() << three, takeBackup));
        QCOMPARE(version(**db), Schema::currentVersion + 2);
        QVERIFY(tableExists(**db, QStringLiteral("project_notes")));

        // The backup is the database as it was before, with its project.
        QVERIFY(!backup.isEmpty());
        Result<std::unique_ptr<Database>> saved = Database::openSqlite(backup);
        TG_VERIFY_OK(saved);
        QCOMPARE(version(**saved), Schema::currentVersion);
        QVERIFY(!tableExists(**saved, QStringLiteral("project_notes")));
        Result<QVariant> projects =
            Query(**saved, QStringLiteral("SELECT COUNT(*) FROM projects")).scalar();
        QCOMPARE(projects->toInt(), 1);

        // Nothing left to do the second time, so no backup either.
        backup.clear();
        TG_VERIFY_OK(migrate(**db, migrations() << addNotes() << three, takeBackup));
        QVERIFY(backup.isEmpty());
    }

    void aFailingStepLeavesTheLastGoodVersion()
    {
        const QString file = currentDatabase();
        Result<std::unique_ptr<Database>> db = Database::openSqlite(file);
        TG_VERIFY_OK(db);
        Migration broken{Schema::currentVersion + 2, [](Database& d) -> Status {
                             if (Status made = d.run(QStringLiteral("CREATE TABLE half (a)"));
                                 !made)
                                 return made;
                             return d.run(QStringLiteral("ALTER TABLE nowhere ADD COLUMN b"));
                         }};
        Status migrated =
            migrate(**db, migrations() << addNotes() << broken, [] { return Status(); });
        QVERIFY(!migrated);
        QVERIFY(migrated.error().message.contains(QString::number(Schema::currentVersion + 2)));
        // The first added step committed, the second rolled back whole.
        QCOMPARE(version(**db), Schema::currentVersion + 1);
        QVERIFY(tableExists(**db, QStringLiteral("project_notes")));
        QVERIFY(!tableExists(**db, QStringLiteral("half")));
    }

    void aFailedBackupStopsTheMigration()
    {
        const QString file = currentDatabase();
        Result<std::unique_ptr<Database>> db = Database::openSqlite(file);
        TG_VERIFY_OK(db);
        Status migrated = migrate(**db, migrations() << addNotes(), [] {
            return Status(Error::of(ErrorKind::Io, QStringLiteral("disk full")));
        });
        QVERIFY(!migrated);
        QCOMPARE(int(migrated.error().kind), int(ErrorKind::Io));
        QCOMPARE(version(**db), Schema::currentVersion);
    }

    void openingACurrentDatabaseTakesNoBackup()
    {
        const QString file = currentDatabase();
        Result<std::unique_ptr<Portfolio>> p = Portfolio::open(file, OpenMode::ExistingOnly);
        TG_VERIFY_OK(p);
        QVERIFY(Portfolio::backupsOf(file).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStorageMigrations)
#include "TestStorageMigrations.moc"
