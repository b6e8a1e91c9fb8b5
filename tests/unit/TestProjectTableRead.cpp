#include "StorageFixtures.h"

#include "core/Clock.h"
#include "storage/ProjectTableRead.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tollgate;
using namespace tollgate::test;

namespace
{
QList<ProjectTableRow> readAll(const Portfolio& portfolio, const ProjectTableRequest& request)
{
    QList<ProjectTableRow> rows;
    const Status read =
        portfolio.readProjectTable(request, [&rows](const ProjectTableRow& r) { rows << r; });
    if (!read)
        qWarning("%s", qPrintable(read.error().message));
    return rows;
}
} // namespace

// The project table's lean read: the same values as the summaries, the indexed first screen in
// the table's own order (not scored last when descending, ties by id), the count, the read on
// a connection of its own, and a small file checked at once even when checks may be deferred.
class TestProjectTableRead : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Portfolio> m_portfolio;
    QString m_path;

private slots:
    void initTestCase()
    {
        Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(9, 30), Qt::UTC));
        m_path = m_dir.filePath(QStringLiteral("table.tollgate"));
        m_portfolio = openPortfolio(m_path);
        QVERIFY(m_portfolio);
        PortfolioDocument doc = makeDocument(30);
        // Two without scorecards (not scored) and one archived.
        doc.projects[3].scorecards.clear();
        doc.projects[17].scorecards.clear();
        doc.projects[5].project.archived = true;
        TG_VERIFY_OK(m_portfolio->importDocument(doc, analyst()));
    }
    void cleanupTestCase()
    {
        m_portfolio.reset();
        Clock::setFixed(QDateTime());
    }

    void rowsCarryTheSummariesValues()
    {
        ProjectFilter all;
        all.includeArchived = true;
        const Result<QList<ProjectSummary>> summaries = m_portfolio->projectSummaries(all);
        TG_VERIFY_OK(summaries);
        ProjectTableRequest request;
        request.searchText = true;
        const QList<ProjectTableRow> rows = readAll(*m_portfolio, request);
        QCOMPARE(rows.size(), summaries->size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const ProjectTableRow& r = rows.at(i);
            const ProjectSummary& s = summaries->at(i);
            QCOMPARE(r.id, s.id);
            QCOMPARE(r.name, s.name);
            QCOMPARE(r.segmentKey, s.segmentKey);
            QCOMPARE(r.stage, s.stage);
            QCOMPARE(std::isnan(r.composite), !s.composite.has_value());
            if (s.composite)
                QCOMPARE(r.composite, *s.composite);
            QCOMPARE(r.verdict, s.verdict);
            QCOMPARE(r.redFlagCount, s.redFlags.size());
            QCOMPARE(r.leadAnalyst, s.leadAnalyst);
            QCOMPARE(r.updatedMs, s.updated.toMSecsSinceEpoch());
            QCOMPARE(r.archived, s.archived);
            QCOMPARE(r.city, s.city);
            QCOMPARE(r.tags, s.tags.join(QLatin1Char('\n')));
            QCOMPARE(r.description, s.description);
        }
    }

    void withoutSearchTextTheLongColumnsStayEmpty()
    {
        const QList<ProjectTableRow> rows = readAll(*m_portfolio, ProjectTableRequest());
        QVERIFY(!rows.isEmpty());
        QVERIFY(!rows.first().name.isEmpty());
        QVERIFY(rows.first().description.isEmpty());
        QVERIFY(rows.first().city.isEmpty());
    }

    void firstScreenFollowsTheTablesOrder()
    {
        ProjectTableRequest request;
        request.includeArchived = false;
        request.order = ProjectTableOrder::ByComposite;
        request.descending = true;
        const QList<ProjectTableRow> all = readAll(*m_portfolio, request);
        QCOMPARE(all.size(), 29); // one archived
        for (qsizetype i = 1; i < all.size(); ++i) {
            const ProjectTableRow& a = all.at(i - 1);
            const ProjectTableRow& b = all.at(i);
            QVERIFY(!a.archived && !b.archived);
            // Best first; not scored last; equal composites by descending id.
            if (std::isnan(a.composite)) {
                QVERIFY(std::isnan(b.composite));
            } else if (!std::isnan(b.composite)) {
                QVERIFY(a.composite >= b.composite);
                if (a.composite == b.composite)
                    QVERIFY(a.id > b.id);
            }
        }
        QVERIFY(std::isnan(all.last().composite));

        request.limit = 7;
        const QList<ProjectTableRow> head = readAll(*m_portfolio, request);
        QCOMPARE(head.size(), 7);
        for (int i = 0; i < 7; ++i)
            QCOMPARE(head.at(i).id, all.at(i).id);

        request.descending = false;
        const QList<ProjectTableRow> ascending = readAll(*m_portfolio, request);
        QVERIFY(std::isnan(ascending.first().composite)); // not scored first
    }

    void countsWithAndWithoutArchived()
    {
        const Result<int> all = m_portfolio->projectCount(true);
        const Result<int> inPlay = m_portfolio->projectCount(false);
        TG_VERIFY_OK(all);
        TG_VERIFY_OK(inPlay);
        QCOMPARE(*all, 30);
        QCOMPARE(*inPlay, 29);
    }

    void readsOnAConnectionOfItsOwn()
    {
        int rows = 0;
        TG_VERIFY_OK(Portfolio::readProjectTableFrom(m_path, ProjectTableRequest(),
                                                     [&rows](const ProjectTableRow&) { ++rows; }));
        QCOMPARE(rows, 30);
        const QString missing = m_dir.filePath(QStringLiteral("missing.tollgate"));
        const Status none = Portfolio::readProjectTableFrom(missing, ProjectTableRequest(),
                                                            [](const ProjectTableRow&) {});
        QVERIFY(!none);
        QCOMPARE(none.error().kind, ErrorKind::NotFound);
        QVERIFY(!QFile::exists(missing)); // not created by the attempt
    }

    void aSmallFileIsCheckedAtOnce()
    {
        Result<std::unique_ptr<Portfolio>> opened =
            Portfolio::open(m_path, OpenMode::ExistingOnly, OpenCheck::Deferred);
        TG_VERIFY_OK(opened);
        QVERIFY(!(*opened)->quickCheckDeferred());
    }
};

QTEST_GUILESS_MAIN(TestProjectTableRead)
#include "TestProjectTableRead.moc"
