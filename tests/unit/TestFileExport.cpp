#include "TestSupport.h"
#include "exchange/Csv.h"
#include "exchange/TextEncoding.h"
#include "services/FileExport.h"
#include "services/FileImport.h"
#include "storage/Portfolio.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace tollgate;

namespace
{

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

// Caps the size of any file this process writes, so a write fails the way a full disk makes it
// fail (EFBIG instead of ENOSPC), even for root. Restored when it goes out of scope.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN); // fail the write, do not kill the process
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit m_saved{};
    void (*m_oldHandler)(int) = nullptr;
};

} // namespace

class TestFileExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Portfolio> m_portfolio;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Result<std::unique_ptr<Portfolio>> opened =
            Portfolio::open(path(QStringLiteral("export.db")), OpenMode::CreateIfMissing);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        m_portfolio = std::move(*opened);
        FileImportOptions options;
        options.analyst = QStringLiteral("王志");
        const Result<FileImportReport> imported = importFile(
            *m_portfolio, test::dataPath(QStringLiteral("exchange/rich-portfolio.json")), options);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
    }
    void cleanupTestCase() { m_portfolio.reset(); }

    void csvHasOneRowPerProjectWithTheAggregate()
    {
        const QString file = path(QStringLiteral("projects.csv"));
        const Status written = exportFile(*m_portfolio, file, 2026);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        const QByteArray bytes = readFile(file);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "id,name,segment,stage,"));
        const QList<CsvRecord> rows = *parseCsv(*decodeText(bytes, TextEncoding::Auto));
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[0].fields.size(), 32);
        const QStringList& tactilink = rows[1].fields;
        QCOMPARE(tactilink[1], QStringLiteral("触联科技 TactiLink"));
        QCOMPARE(tactilink[2], QStringLiteral("sensors"));
        QCOMPARE(tactilink[17], QStringLiteral("4")); // M1 of the lead, 陈思远
        QCOMPARE(tactilink[15], QStringLiteral("8000000000"));
        // The aggregate over both analysts: 王志's C3 of 0 is a knock-out only in the mean
        // (0.5), so the verdict comes from the gates.
        QVERIFY(!tactilink[29].isEmpty());
        QCOMPARE(rows[2].fields[1], QStringLiteral("<b>x</b>"));
        QCOMPARE(rows[2].fields[9], QStringLiteral("=HYPERLINK(\"http://example.com\")"));
        QVERIFY(bytes.contains("\"'=HYPERLINK(\"\"http://example.com\"\")\"")); // guarded
    }

    void jsonReadsBack()
    {
        const QString file = path(QStringLiteral("all.json"));
        QVERIFY(exportFile(*m_portfolio, file, 2026).ok());
        const QByteArray bytes = readFile(file);
        QVERIFY(bytes.contains("\"format\": \"tollgate-portfolio\""));
        QVERIFY(bytes.contains(QStringLiteral("量子磁力计 QMag").toUtf8()));
    }

    void unknownExtensionRefused()
    {
        const Status s = exportFile(*m_portfolio, path(QStringLiteral("projects.xls")), 2026);
        QVERIFY(!s.ok());
        QVERIFY(!QFile::exists(path(QStringLiteral("projects.xls"))));
    }

    void failedWriteLeavesTheOldFile()
    {
        for (const QString& name : {QStringLiteral("old.json"), QStringLiteral("old.csv")}) {
            const QString file = path(name);
            const QByteArray old("the previous export\n");
            writeFile(file, old);
            Status s;
            {
                FileSizeLimit limit(64); // far smaller than any export of this portfolio
                s = exportFile(*m_portfolio, file, 2026);
            }
            QVERIFY(!s.ok());
            QCOMPARE(s.error().kind, ErrorKind::Io);
            QVERIFY2(s.error().message.contains(file), qPrintable(s.error().message));
            QCOMPARE(readFile(file), old);
            // No temporary file is left behind either.
            QCOMPARE(QDir(m_dir.path()).entryList({name + QLatin1String("*")}, QDir::Files),
                     QStringList{name});
        }
    }
};

QTEST_GUILESS_MAIN(TestFileExport)
#include "TestFileExport.moc"
