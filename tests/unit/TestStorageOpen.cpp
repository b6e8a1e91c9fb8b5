#include "StorageFixtures.h"

#include "storage/Schema.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace tollgate;
using namespace tollgate::test;

// Opening, creating and refusing database files (SPEC §6): whatever is refused is left
// byte for byte as it was.
class TestStorageOpen : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    void expectRefused(const QString& file, ErrorKind kind)
    {
        const QByteArray before = fileBytes(file);
        Result<std::unique_ptr<Portfolio>> opened =
            Portfolio::open(file, OpenMode::CreateIfMissing);
        QVERIFY(!opened);
        QCOMPARE(int(opened.error().kind), int(kind));
        QVERIFY(!opened.error().message.isEmpty());
        QVERIFY2(opened.error().message.contains(file), qPrintable(opened.error().message));
        QCOMPARE(fileBytes(file), before);
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-journal")));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void missingFileWithExistingOnlyIsNotFound()
    {
        const QString file = path(QStringLiteral("missing.tollgate"));
        Result<std::unique_ptr<Portfolio>> opened = Portfolio::open(file, OpenMode::ExistingOnly);
        QVERIFY(!opened);
        QCOMPARE(int(opened.error().kind), int(ErrorKind::NotFound));
        QVERIFY(!QFileInfo::exists(file));
    }

    void createMakesACurrentDatabaseWithDefaults()
    {
        const QString file = path(QStringLiteral("sub/folder/new.tollgate"));
        std::unique_ptr<Portfolio> p = openPortfolio(file);
        QVERIFY(p);
        QCOMPARE(p->path(), file);
        QCOMPARE(p->schemaVersion(), Schema::currentVersion);
        Result<QList<Segment>> segments = p->segments();
        QVERIFY(segments);
        QCOMPARE(segments->size(), 10);
        QCOMPARE(segments->first().key, QStringLiteral("sensors"));
        QCOMPARE(segments->first().nameZh, QStringLiteral("传感器"));
        Result<Template> t = p->currentTemplate();
        QVERIFY(t);
        QCOMPARE(t->version, 1);
        QCOMPARE(t->criteria.size(), 12);
        QVERIFY(t->criterion(QStringLiteral("M2"))->knockout);
        QVERIFY(!t->criterion(QStringLiteral("M3"))->rubricZh[5].isEmpty());
        Result<QStringList> problems = p->integrityCheck();
        QVERIFY(problems);
        QVERIFY(problems->isEmpty());
        p.reset();
        QCOMPARE(runRaw(file, QStringLiteral("PRAGMA encoding")).value, QStringLiteral("UTF-16le"));
        QCOMPARE(runRaw(file, QStringLiteral("PRAGMA journal_mode")).value,
                 QStringLiteral("delete"));
        QCOMPARE(runRaw(file, QStringLiteral("PRAGMA application_id")).value,
                 QString::number(0x546f6c6c));
    }

    void reopenKeepsData()
    {
        const QString file = path(QStringLiteral("reopen.tollgate"));
        qint64 id = 0;
        {
            std::unique_ptr<Portfolio> p = openPortfolio(file);
            QVERIFY(p);
            Result<qint64> created =
                p->createProject(makeProject(QStringLiteral("触联科技")), analyst());
            TG_VERIFY_OK(created);
            id = *created;
        }
        Result<std::unique_ptr<Portfolio>> again = Portfolio::open(file, OpenMode::ExistingOnly);
        QVERIFY(again);
        Result<Project> p = (*again)->project(id);
        QVERIFY(p);
        QCOMPARE(p->name, QStringLiteral("触联科技"));
    }

    void twoPortfoliosOnOneFileHaveTheirOwnConnections()
    {
        const QString file = path(QStringLiteral("two.tollgate"));
        std::unique_ptr<Portfolio> a = openPortfolio(file);
        std::unique_ptr<Portfolio> b = openPortfolio(file);
        QVERIFY(a && b);
        Result<qint64> id = a->createProject(makeProject(QStringLiteral("A")), analyst());
        TG_VERIFY_OK(id);
        QVERIFY(b->project(*id)); // b sees a's committed edit
        a.reset();
        QVERIFY(b->project(*id)); // and keeps working when a is gone
    }

    void emptyFileIsRefused()
    {
        const QString file = path(QStringLiteral("empty.tollgate"));
        writeBytes(file, QByteArray());
        expectRefused(file, ErrorKind::Damaged);
    }

    void randomBytesAreRefused()
    {
        const QString file = path(QStringLiteral("random.tollgate"));
        QByteArray bytes;
        quint32 x = 12345;
        for (int i = 0; i < 8192; ++i) {
            x = x * 1664525u + 1013904223u;
            bytes.append(char(x >> 24));
        }
        writeBytes(file, bytes);
        expectRefused(file, ErrorKind::Damaged);
    }

    void textFileIsRefused()
    {
        const QString file = path(QStringLiteral("notes.tollgate"));
        writeBytes(file, QByteArray("name,segment\n触联科技,sensors\n"));
        expectRefused(file, ErrorKind::Damaged);
    }

    void truncatedDatabaseIsRefused()
    {
        const QString source = path(QStringLiteral("whole.tollgate"));
        {
            std::unique_ptr<Portfolio> p = openPortfolio(source);
            QVERIFY(p);
            TG_VERIFY_OK(p->importDocument(makeDocument(200), analyst()));
        }
        const QByteArray whole = fileBytes(source);
        QVERIFY(whole.size() > 16384);
        const QString file = path(QStringLiteral("truncated.tollgate"));
        writeBytes(file, whole.left(whole.size() / 2));
        expectRefused(file, ErrorKind::Damaged);
        const QString ragged = path(QStringLiteral("ragged.tollgate"));
        writeBytes(ragged, whole.left(whole.size() / 2 + 100));
        expectRefused(ragged, ErrorKind::Damaged);
    }

    void damagedPagesAreRefused()
    {
        const QString source = path(QStringLiteral("tobreak.tollgate"));
        {
            std::unique_ptr<Portfolio> p = openPortfolio(source);
            QVERIFY(p);
            TG_VERIFY_OK(p->importDocument(makeDocument(300), analyst()));
        }
        QByteArray bytes = fileBytes(source);
        // Scribble over the pages after the first few (the header stays intact, so only the
        // integrity check can tell).
        for (int i = 8 * 4096; i < bytes.size(); i += 7)
            bytes[i] = char(0xA5);
        const QString file = path(QStringLiteral("broken.tollgate"));
        writeBytes(file, bytes);
        expectRefused(file, ErrorKind::Damaged);
    }

    void otherSqliteDatabaseIsRefused()
    {
        const QString file = path(QStringLiteral("other.sqlite"));
        QCOMPARE(
            runRaw(file, {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"),
                          QStringLiteral("INSERT INTO notes (text) VALUES ('hello')")})
                .error,
            QString());
        expectRefused(file, ErrorKind::Invalid);
    }

    void newerSchemaIsRefusedUntouched()
    {
        const QString file = path(QStringLiteral("newer.tollgate"));
        {
            std::unique_ptr<Portfolio> p = openPortfolio(file);
            QVERIFY(p);
        }
        QCOMPARE(
            runRaw(file, QStringLiteral("PRAGMA user_version = %1").arg(Schema::currentVersion + 1))
                .error,
            QString());
        const QByteArray before = fileBytes(file);
        Result<std::unique_ptr<Portfolio>> opened = Portfolio::open(file, OpenMode::ExistingOnly);
        QVERIFY(!opened);
        QCOMPARE(int(opened.error().kind), int(ErrorKind::NewerSchema));
        QVERIFY(opened.error().message.contains(QStringLiteral("newer")));
        QCOMPARE(fileBytes(file), before);
        QVERIFY(!QDir(QFileInfo(file).dir().filePath(QStringLiteral("backups"))).exists() ||
                Portfolio::backupsOf(file).isEmpty());
    }

    void folderIsRefused()
    {
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("adir")));
        Result<std::unique_ptr<Portfolio>> opened =
            Portfolio::open(path(QStringLiteral("adir")), OpenMode::CreateIfMissing);
        QVERIFY(!opened);
        QCOMPARE(int(opened.error().kind), int(ErrorKind::Invalid));
    }

    void rvalueResultsAreValues()
    {
        // A Result temporary hands out its value by value: no dangling reference.
        const auto make = [] {
            return Result<QString>(QStringLiteral("持有"));
        };
        const QString& held = *make();
        QCOMPARE(held, QStringLiteral("持有"));
        QString moved = make().value();
        QCOMPARE(moved, QStringLiteral("持有"));
    }
};

QTEST_GUILESS_MAIN(TestStorageOpen)
#include "TestStorageOpen.moc"
