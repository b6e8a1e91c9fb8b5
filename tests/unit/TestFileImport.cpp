#include "TestSupport.h"
#include "exchange/Csv.h"
#include "exchange/TextEncoding.h"
#include "services/FileExport.h"
#include "services/FileImport.h"
#include "storage/Portfolio.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace tollgate;

namespace
{

const QString kAnalyst = QStringLiteral("导入员");

// Two good rows (lines 2 and 4, the first spanning two lines with its description) and two bad
// ones (lines 5 and 6).
const char* const kMixedCsv = "name,segment,stage,description,M1,C3,lead_analyst\n"
                              "触联科技,傳感器,diligence,\"two\nlines\",4,2,陈思远\n"
                              "光子算力,光计算,,,,,\n"
                              "Bad score,sensors,,,7,,\n"
                              "Bad stage,sensors,funded,,,,\n";

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

FileImportOptions options()
{
    FileImportOptions o;
    o.analyst = kAnalyst;
    o.today = QDate(2026, 11, 23);
    return o;
}

} // namespace

class TestFileImport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir; // a fresh one for each test
    std::unique_ptr<Portfolio> m_portfolio;

    QString path(const QString& name) const { return m_dir->filePath(name); }

    std::unique_ptr<Portfolio> openNew(const QString& name)
    {
        Result<std::unique_ptr<Portfolio>> opened =
            Portfolio::open(path(name), OpenMode::CreateIfMissing);
        if (!opened)
            qFatal("cannot open %s: %s", qPrintable(name), qPrintable(opened.error().message));
        return std::move(*opened);
    }

    int projectCount() const { return static_cast<int>(m_portfolio->projectSummaries()->size()); }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_portfolio = openNew(QStringLiteral("portfolio.db"));
    }
    void cleanup()
    {
        m_portfolio.reset();
        m_dir.reset();
    }

    void csvWithBadRowsImportsNothingAndListsEveryRow()
    {
        writeFile(path(QStringLiteral("mixed.csv")), kMixedCsv);
        const Result<FileImportReport> report =
            importFile(*m_portfolio, path(QStringLiteral("mixed.csv")), options());
        QVERIFY(!report.ok());
        QCOMPARE(report.error().kind, ErrorKind::Invalid);
        QCOMPARE(report.error().line, 5);
        QCOMPARE(report.error().message,
                 QStringLiteral("2 rows are invalid; nothing was imported: line 5: M1: score must "
                                "be an integer 0–5, got \"7\"; line 6: stage must be one of "
                                "sourcing, screening, diligence, committee, invested, passed, "
                                "exited, got \"funded\""));
        QCOMPARE(projectCount(), 0);
        QVERIFY(!QFile::exists(path(QStringLiteral("mixed.rejects.csv"))));
    }

    // Above the bulk threshold (2 000 projects), so the import would set the indexes aside and
    // write many rows to a statement: one bad row at the very end still refuses all of it.
    void largeCsvWithABadLastRowNamesItsLineAndImportsNothing()
    {
        QByteArray csv = "name,segment,stage,M1,C3,lead_analyst\n";
        constexpr int kGoodRows = 2000;
        for (int i = 1; i <= kGoodRows; ++i)
            csv += "Project " + QByteArray::number(i) + ",sensors,screening,3,2,陈思远\n";
        csv += "Project last,sensors,funded,3,2,陈思远\n";
        writeFile(path(QStringLiteral("large.csv")), csv);
        const QByteArray before = readFile(path(QStringLiteral("portfolio.db")));

        const Result<FileImportReport> report =
            importFile(*m_portfolio, path(QStringLiteral("large.csv")), options());
        QVERIFY(!report.ok());
        QCOMPARE(report.error().kind, ErrorKind::Invalid);
        QCOMPARE(report.error().line, kGoodRows + 2); // after the header and the good rows
        QVERIFY2(report.error().message.startsWith(
                     QStringLiteral("1 row is invalid; nothing was imported: line 2002: stage")),
                 qPrintable(report.error().message));
        QCOMPARE(projectCount(), 0);
        QCOMPARE(readFile(path(QStringLiteral("portfolio.db"))), before);
    }

    void skipInvalidImportsGoodRowsAndWritesRejects()
    {
        FileImportOptions o = options();
        o.skipInvalid = true;
        writeFile(path(QStringLiteral("mixed.csv")), kMixedCsv);
        const Result<FileImportReport> report =
            importFile(*m_portfolio, path(QStringLiteral("mixed.csv")), o);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QCOMPARE(report->stats.projects, 2);
        QCOMPARE(report->stats.scorecards, 1);
        QCOMPARE(report->rejectedRows, 2);
        QCOMPARE(report->rowErrors.size(), 2);
        QVERIFY(report->rowErrors[0].startsWith(QStringLiteral("line 5: M1:")));
        QCOMPARE(report->rejectsFile, path(QStringLiteral("mixed.rejects.csv")));
        const QString rejects = QString::fromUtf8(readFile(report->rejectsFile));
        QVERIFY2(rejects.contains(QStringLiteral("lead_analyst,error\r\n")), qPrintable(rejects));
        QVERIFY(rejects.contains(QStringLiteral("Bad score,sensors,,,7,,,")));
        QVERIFY(rejects.contains(QStringLiteral("line 6: stage must be one of")));

        const QList<ProjectSummary> projects = *m_portfolio->projectSummaries();
        QCOMPARE(projects.size(), 2);
        QStringList names;
        for (const ProjectSummary& p : projects)
            names.append(p.name);
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("光子算力"), QStringLiteral("触联科技")}));
        for (const ProjectSummary& p : projects) {
            if (p.name != QStringLiteral("触联科技"))
                continue;
            const QList<Scorecard> cards = *m_portfolio->scorecards(p.id);
            QCOMPARE(cards.size(), 1);
            QCOMPARE(cards[0].analyst, QStringLiteral("陈思远"));
            QCOMPARE(cards[0].date, QDate(2026, 11, 23));
            QCOMPARE(cards[0].score(QStringLiteral("M1")), std::optional<int>(4));
            QCOMPARE(m_portfolio->project(p.id)->description, QStringLiteral("two\nlines"));
        }
    }

    void dryRunWritesNothing()
    {
        writeFile(path(QStringLiteral("mixed.csv")), kMixedCsv);
        FileImportOptions o = options();
        o.dryRun = true;
        o.skipInvalid = true;
        const Result<FileImportReport> report =
            importFile(*m_portfolio, path(QStringLiteral("mixed.csv")), o);
        QVERIFY(report.ok());
        QCOMPARE(report->stats.projects, 2);
        QCOMPARE(report->stats.scorecards, 1);
        QCOMPARE(report->rejectedRows, 2);
        QVERIFY(report->rejectsFile.isEmpty());
        QVERIFY(!QFile::exists(path(QStringLiteral("mixed.rejects.csv"))));
        QCOMPARE(projectCount(), 0);

        o.skipInvalid = false; // a dry run still refuses a file with bad rows
        QVERIFY(!importFile(*m_portfolio, path(QStringLiteral("mixed.csv")), o).ok());

        const Result<FileImportReport> json = importFile(
            *m_portfolio, test::dataPath(QStringLiteral("exchange/rich-portfolio.json")), o);
        QVERIFY(json.ok());
        QCOMPARE(json->stats.projects, 3);
        QCOMPARE(json->stats.scorecards, 2);
        QCOMPARE(json->stats.meetings, 2);
        QCOMPARE(projectCount(), 0);
    }

    void gb18030Csv()
    {
        QStringEncoder encoder("GB18030");
        writeFile(path(QStringLiteral("gb.csv")),
                  encoder.encode(QStringLiteral("name,segment,city\n晶测科技,封測,無錫\n")));
        for (TextEncoding encoding : {TextEncoding::Auto, TextEncoding::Gb18030}) {
            FileImportOptions o = options();
            o.encoding = encoding;
            o.dryRun = encoding == TextEncoding::Auto;
            const Result<FileImportReport> report =
                importFile(*m_portfolio, path(QStringLiteral("gb.csv")), o);
            QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
            QCOMPARE(report->stats.projects, 1);
        }
        const QList<ProjectSummary> projects = *m_portfolio->projectSummaries();
        QCOMPARE(projects.size(), 1);
        QCOMPARE(projects[0].name, QStringLiteral("晶测科技"));
        QCOMPARE(projects[0].segmentKey, QStringLiteral("packaging-test"));
        QCOMPARE(projects[0].city, QStringLiteral("無錫"));
        // Read as UTF-8, the same bytes are refused, naming the line.
        FileImportOptions utf8 = options();
        utf8.encoding = TextEncoding::Utf8;
        const Result<FileImportReport> refused =
            importFile(*m_portfolio, path(QStringLiteral("gb.csv")), utf8);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().line, 2);
    }

    void refusedFiles()
    {
        writeFile(path(QStringLiteral("list.txt")), "name,segment\nA,sensors\n");
        QVERIFY(!importFile(*m_portfolio, path(QStringLiteral("list.txt")), options()).ok());
        const Result<FileImportReport> missing =
            importFile(*m_portfolio, path(QStringLiteral("absent.csv")), options());
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);
        FileImportOptions gb = options();
        gb.encoding = TextEncoding::Gb18030;
        const Result<FileImportReport> json = importFile(
            *m_portfolio, test::dataPath(QStringLiteral("exchange/rich-portfolio.json")), gb);
        QVERIFY(!json.ok());
        QCOMPARE(json.error().field, QStringLiteral("--encoding"));
        writeFile(path(QStringLiteral("bad.json")),
                  R"({"format": "tollgate-portfolio", "version": 9, "projects": []})");
        const Result<FileImportReport> newer =
            importFile(*m_portfolio, path(QStringLiteral("bad.json")), options());
        QVERIFY(!newer.ok());
        QVERIFY(newer.error().message.contains(QStringLiteral("newer")));
        QCOMPARE(projectCount(), 0);
    }

    void jsonImportRelinksMeetings()
    {
        const Result<FileImportReport> report =
            importFile(*m_portfolio, test::dataPath(QStringLiteral("exchange/rich-portfolio.json")),
                       options());
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QCOMPARE(report->stats.projects, 3);
        QCOMPARE(report->stats.scorecards, 2);
        QCOMPARE(report->stats.meetings, 2);
        const QList<Meeting> meetings = *m_portfolio->meetings();
        QCOMPARE(meetings.size(), 2);
        const Meeting& closed = meetings[0];
        QCOMPARE(closed.status, MeetingStatus::Closed);
        QCOMPARE(m_portfolio->project(closed.agenda[0].projectId)->name,
                 QStringLiteral("触联科技 TactiLink"));
        QCOMPARE(closed.agenda[0].votes.value(QStringLiteral("王志")), Vote::Yes);
    }

    void jsonExportThenImportIntoANewDatabaseIsEqual()
    {
        QVERIFY(importFile(*m_portfolio,
                           test::dataPath(QStringLiteral("exchange/rich-portfolio.json")),
                           options())
                    .ok());
        const QString exported = path(QStringLiteral("all.json"));
        const Status written = exportFile(*m_portfolio, exported, 2026);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));

        std::unique_ptr<Portfolio> copy = openNew(QStringLiteral("copy.db"));
        const Result<FileImportReport> report = importFile(*copy, exported, options());
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        // The copy exports to the same document: every project, scorecard and meeting.
        const QString again = path(QStringLiteral("again.json"));
        QVERIFY(exportFile(*copy, again, 2026).ok());
        QCOMPARE(readFile(again), readFile(exported));

        // And so the same aggregates and verdicts.
        ProjectFilter everything;
        everything.includeArchived = true;
        const QList<ProjectSummary> a = *m_portfolio->projectSummaries(everything);
        const QList<ProjectSummary> b = *copy->projectSummaries(everything);
        QCOMPARE(b.size(), a.size());
        for (int i = 0; i < a.size(); ++i) {
            QCOMPARE(b[i].name, a[i].name);
            QCOMPARE(b[i].market, a[i].market);
            QCOMPARE(b[i].cost, a[i].cost);
            QCOMPARE(b[i].verdict, a[i].verdict);
            QCOMPARE(b[i].redFlags, a[i].redFlags);
        }
    }

    void csvExportThenImportGivesTheSameProjects()
    {
        QVERIFY(importFile(*m_portfolio,
                           test::dataPath(QStringLiteral("exchange/rich-portfolio.json")),
                           options())
                    .ok());
        const QString exported = path(QStringLiteral("all.csv"));
        QVERIFY(exportFile(*m_portfolio, exported, 2026).ok());
        std::unique_ptr<Portfolio> copy = openNew(QStringLiteral("copy-csv.db"));
        // CSV names segments by key but does not carry them: a segment the database lacks is
        // refused, naming the row, until it is added (here from a JSON file of segments alone).
        const Result<FileImportReport> refused = importFile(*copy, exported, options());
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("\"quantum-sensing\"")));
        writeFile(path(QStringLiteral("segments.json")),
                  QStringLiteral("{\"format\": \"tollgate-portfolio\", \"version\": 1, "
                                 "\"segments\": [{\"key\": \"quantum-sensing\", "
                                 "\"name_en\": \"Quantum sensing\", \"name_zh\": \"量子传感\"}]}")
                      .toUtf8());
        QVERIFY(importFile(*copy, path(QStringLiteral("segments.json")), options()).ok());
        const Result<FileImportReport> report = importFile(*copy, exported, options());
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QCOMPARE(report->stats.projects, 3);
        QCOMPARE(report->stats.scorecards, 1); // the lead analyst's latest scores only
        const QString again = path(QStringLiteral("again.csv"));
        QVERIFY(exportFile(*copy, again, 2026).ok());
        // Ids are new, and the aggregate now rests on the lead's scores alone: compare the
        // columns from name to C6.
        const auto projectColumns = [](const QByteArray& csv) {
            QList<QStringList> rows;
            for (const CsvRecord& r : *parseCsv(*decodeText(csv, TextEncoding::Auto)))
                rows.append(r.fields.mid(1, r.fields.size() - 4));
            return rows;
        };
        const QList<QStringList> before = projectColumns(readFile(exported));
        QCOMPARE(before.size(), 4);
        QCOMPARE(projectColumns(readFile(again)), before);
    }
};

QTEST_GUILESS_MAIN(TestFileImport)
#include "TestFileImport.moc"
