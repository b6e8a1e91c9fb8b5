// The database file through tollgate-cli: init, check and backup; read commands on a missing
// file; and every command refusing a damaged, foreign, empty or newer file with exit 1, one
// line, and the file's bytes unchanged (SPEC §6, §8, §9).
#include "CliChecks.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tollgate::test;

namespace
{

// Runs SQL on a file outside Tollgate, as another SQLite tool would.
bool runSql(const QString& file, const QStringList& statements)
{
    bool ok = true;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        db.setDatabaseName(file);
        ok = db.open();
        for (const QString& statement : statements) {
            QSqlQuery query(db);
            ok = ok && query.exec(statement);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
    return ok;
}

// The commands that must refuse a bad file, each with its arguments after --db FILE.
QList<QStringList> everyDatabaseCommand(const QDir& dir)
{
    const QString csv = dir.filePath(QStringLiteral("good.csv"));
    return {
        {QStringLiteral("list")},
        {QStringLiteral("list"), QStringLiteral("--json")},
        {QStringLiteral("show"), QStringLiteral("1")},
        {QStringLiteral("check")},
        {QStringLiteral("init")},
        {QStringLiteral("sample")},
        {QStringLiteral("import"), csv},
        {QStringLiteral("import"), csv, QStringLiteral("--dry-run")},
        {QStringLiteral("export"), dir.filePath(QStringLiteral("out.json"))},
        {QStringLiteral("backup"), QStringLiteral("--out"), dir.filePath(QStringLiteral("b.db"))},
    };
}

} // namespace

class TestCliDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

    // A fresh database with the bundled sample in it.
    QString sampleDatabase(const char* name)
    {
        return makeDatabase(path(name), QStringLiteral("sample"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(writeFile(path("good.csv"), "name,segment\nA good project,sensors\n"));
    }

    void initCreatesTheDatabaseAndIsRepeatable()
    {
        const QString file = path("new.tollgate");
        const CliRun first = runCliOn(file, {QStringLiteral("init")});
        QVERIFY2(first.exitCode == 0, describeRun(first));
        QVERIFY(QFileInfo(file).size() > 0);
        QVERIFY(first.out.contains("schema version"));
        const CliRun again = runCliOn(file, {QStringLiteral("init")});
        QVERIFY2(again.exitCode == 0, describeRun(again));
        const CliRun list = runCliOn(file, {QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(list.exitCode == 0, describeRun(list));
        QVERIFY2(jsonOutput(list).isArray() && jsonOutput(list).array().isEmpty(), list.out);
    }

    void initCreatesMissingFolders()
    {
        const QString file = path("deeper/still/pipeline.tollgate");
        const CliRun run = runCliOn(file, {QStringLiteral("init")});
        QVERIFY2(run.exitCode == 0, describeRun(run));
        QVERIFY(QFile::exists(file));
    }

    void checkPassesOnASoundDatabase()
    {
        const QString file = sampleDatabase("checked.tollgate");
        const CliRun run = runCliOn(file, {QStringLiteral("check")});
        QVERIFY2(run.exitCode == 0, describeRun(run));
        QVERIFY(run.out.contains("integrity check passed"));
        QVERIFY(run.out.contains("schema version"));
        QVERIFY(run.err.isEmpty());
    }

    void backupWritesAVerifiedCopy()
    {
        const QString file = sampleDatabase("original.tollgate");
        const QString copy = path("copy.tollgate");
        const CliRun run =
            runCliOn(file, {QStringLiteral("backup"), QStringLiteral("--out"), copy});
        QVERIFY2(run.exitCode == 0, describeRun(run));
        QVERIFY(QFile::exists(copy));
        const CliRun check = runCliOn(copy, {QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, describeRun(check));
        const QJsonArray projects = listJson(file);
        QVERIFY(!projects.isEmpty());
        QCOMPARE(listJson(copy), projects);
    }

    void backupNeverReplacesAFile()
    {
        const QString file = sampleDatabase("kept.tollgate");
        const QString existing = path("existing-backup.tollgate");
        QVERIFY(writeFile(existing, "an older backup"));
        const CliRun run =
            runCliOn(file, {QStringLiteral("backup"), QStringLiteral("--out"), existing});
        QVERIFY2(isOneLineUserError(run), describeRun(run));
        QCOMPARE(fileBytes(existing), QByteArray("an older backup"));
    }

    void readCommandsNeedAnExistingDatabase_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QList<QStringList> commands = everyDatabaseCommand(QDir(m_dir.path()));
        for (const QStringList& arguments : commands) {
            const QString name = arguments.join(QLatin1Char(' '));
            const QString command = arguments.first();
            // These create the database they are given.
            if ((command == QLatin1String("init") || command == QLatin1String("sample") ||
                 command == QLatin1String("import")))
                continue;
            QTest::newRow(qPrintable(name)) << arguments;
        }
    }

    void readCommandsNeedAnExistingDatabase()
    {
        QFETCH(QStringList, arguments);
        const QString file = path("never-made.tollgate");
        const CliRun run = runCliOn(file, arguments);
        QVERIFY2(isOneLineUserError(run), describeRun(run));
        QVERIFY2(run.err.contains("never-made.tollgate"), run.err);
        QVERIFY(!QFile::exists(file));
    }

    void badFilesAreRefusedUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("arguments");
        const QList<QStringList> commands = everyDatabaseCommand(QDir(m_dir.path()));
        for (const char* kind : {"empty", "garbage", "truncated", "newer", "foreign"}) {
            for (const QStringList& arguments : commands) {
                const QString name =
                    QLatin1String(kind) + QLatin1Char(':') + arguments.join(QLatin1Char(' '));
                QTest::newRow(qPrintable(name)) << QString::fromLatin1(kind) << arguments;
            }
        }
    }

    void badFilesAreRefusedUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, arguments);
        const QString file = path("bad.tollgate");
        QFile::remove(file);
        if (kind == QLatin1String("empty")) {
            QVERIFY(writeFile(file, QByteArray()));
        } else if (kind == QLatin1String("garbage")) {
            QVERIFY(writeFile(file, QByteArray("this is not a database at all\n").repeated(200)));
        } else if (kind == QLatin1String("truncated")) {
            const QByteArray whole = fileBytes(sampleDatabase("whole.tollgate"));
            QVERIFY(whole.size() > 8192);
            QVERIFY(writeFile(file, whole.left(whole.size() / 2)));
        } else if (kind == QLatin1String("newer")) {
            QCOMPARE(runCliOn(file, {QStringLiteral("init")}).exitCode, 0);
            QVERIFY(runSql(file, {QStringLiteral("PRAGMA user_version = 9999")}));
        } else if (kind == QLatin1String("foreign")) {
            QVERIFY(runSql(file, {QStringLiteral("CREATE TABLE recipes (name TEXT)"),
                                  QStringLiteral("INSERT INTO recipes VALUES ('dumplings')")}));
        }
        const QByteArray before = fileBytes(file);
        const QStringList entriesBefore =
            QDir(m_dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);

        const CliRun run = runCliOn(file, arguments);
        QVERIFY2(isOneLineUserError(run), describeRun(run));
        QVERIFY2(QFile::exists(file), "the file was removed");
        QVERIFY2(fileBytes(file) == before, "the file was changed");
        // No export, backup or side file was written either.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot),
                 entriesBefore);
    }
};

QTEST_GUILESS_MAIN(TestCliDatabase)
#include "TestCliDatabase.moc"
