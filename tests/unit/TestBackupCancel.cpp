// A backup reports its steps (copy, check, move into place) and can be cancelled between them:
// then no partial copy is left behind and a file already at the target stays as it was.
#include "StorageFixtures.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace tollgate;
using namespace tollgate::test;

class TestBackupCancel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Portfolio> m_portfolio;

    QString path(const QString& name) const { return m_dir->filePath(name); }
    QStringList leftovers() const
    {
        return QDir(m_dir->path()).entryList({QStringLiteral("*.partial")}, QDir::Files);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        Result<std::unique_ptr<Portfolio>> opened =
            Portfolio::open(path(QStringLiteral("live.tollgate")), OpenMode::CreateIfMissing);
        TG_VERIFY_OK(opened);
        m_portfolio = std::move(*opened);
        TG_VERIFY_OK(m_portfolio->importDocument(makeDocument(5), analyst()));
    }

    void cleanup()
    {
        m_portfolio.reset();
        m_dir.reset();
    }

    void reportsItsStepsAndFinishes()
    {
        QList<qint64> steps;
        const QString target = path(QStringLiteral("copy.tollgate"));
        TG_VERIFY_OK(m_portfolio->backupTo(target, [&](qint64 done, qint64 total) {
            steps << done;
            return total == 3;
        }));
        QCOMPARE(steps, (QList<qint64>{0, 1, 2}));
        auto copy = Portfolio::open(target, OpenMode::ExistingOnly);
        TG_VERIFY_OK(copy);
        QCOMPARE((*copy)->projectSummaries()->size(), 5);
    }

    void cancelAtAnyStepLeavesTheTargetAsItWas_data()
    {
        QTest::addColumn<int>("step");
        QTest::newRow("before the copy") << 0;
        QTest::newRow("after the copy") << 1;
        QTest::newRow("after the check") << 2;
    }

    void cancelAtAnyStepLeavesTheTargetAsItWas()
    {
        QFETCH(int, step);
        const QString target = path(QStringLiteral("copy.tollgate"));
        writeBytes(target, "an older file the user chose to replace");
        const Status written =
            m_portfolio->backupTo(target, [step](qint64 done, qint64) { return done < step; });
        QVERIFY(!written);
        QCOMPARE(written.error().kind, ErrorKind::Cancelled);
        QCOMPARE(fileBytes(target), QByteArray("an older file the user chose to replace"));
        QCOMPARE(leftovers(), QStringList());
        // The database itself is untouched and takes the next backup.
        TG_VERIFY_OK(m_portfolio->backupTo(target));
        QVERIFY(fileBytes(target).startsWith("SQLite format 3"));
    }
};

QTEST_GUILESS_MAIN(TestBackupCancel)
#include "TestBackupCancel.moc"
