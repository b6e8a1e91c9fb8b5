#include "StorageFixtures.h"

#include "core/Clock.h"
#include "scoring/ProjectEvaluation.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tollgate;
using namespace tollgate::test;

// importDocument and exportDocument: one transaction, all or nothing, and a round trip through
// a second database that keeps every project, scorecard and meeting.
class TestStorageImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_file = 0;

    std::unique_ptr<Portfolio> fresh()
    {
        return openPortfolio(m_dir.filePath(QStringLiteral("i%1.tollgate").arg(++m_file)));
    }

    // A document with several analysts, history, evidence, a new segment and two meetings.
    static PortfolioDocument richDocument()
    {
        PortfolioDocument doc = makeDocument(6);
        Segment quantum{QStringLiteral("quantum"), QStringLiteral("Quantum devices"),
                        QStringLiteral("量子器件"), QStringLiteral("#123456"), 0};
        doc.segments = defaultSegments();
        doc.segments << quantum;
        doc.projects[5].project.segmentKey = QStringLiteral("quantum");
        doc.projects[0].project.name = QStringLiteral("'); DROP TABLE projects;--");
        doc.projects[1].scorecards
            << makeScorecard(0, QStringLiteral("林晓"), QDate(2026, 6, 1), uniformScores(1));
        doc.projects[1].scorecards
            << makeScorecard(0, QStringLiteral("林晓"), QDate(2026, 7, 1), uniformScores(5));
        doc.projects[2].scorecards.clear();
        doc.projects[3].project.created = QDateTime(QDate(2025, 3, 2), QTime(8, 0), Qt::UTC);
        doc.projects[3].project.updated = QDateTime(QDate(2025, 10, 12), QTime(8, 0), Qt::UTC);

        Meeting closed;
        closed.title = QStringLiteral("Q3 committee");
        closed.date = QDate(2026, 9, 18);
        closed.status = MeetingStatus::Closed;
        closed.attendees = QStringList{QStringLiteral("王志"), analyst()};
        AgendaItem item;
        item.projectId = 2; // document ids
        item.decision = Decision::Approve;
        item.votes = {{QStringLiteral("王志"), Vote::Yes}, {analyst(), Vote::No}};
        closed.agenda << item;
        item.projectId = 4;
        item.decision = Decision::Decline;
        item.votes.clear();
        closed.agenda << item;
        Meeting planned;
        planned.title = QStringLiteral("Q4 committee");
        planned.date = QDate(2026, 12, 10);
        item.projectId = 6;
        item.decision = Decision::None;
        planned.agenda << item;
        doc.meetings << closed << planned;
        return doc;
    }

    // Projects compared by content (ids and stored times aside).
    static void compareDocuments(const PortfolioDocument& a, const PortfolioDocument& b)
    {
        QCOMPARE(a.projects.size(), b.projects.size());
        QHash<qint64, QString> namesA, namesB;
        for (int i = 0; i < a.projects.size(); ++i) {
            const Project& p = a.projects[i].project;
            const Project& q = b.projects[i].project;
            namesA.insert(p.id, p.name);
            namesB.insert(q.id, q.name);
            QCOMPARE(q.name, p.name);
            QCOMPARE(q.segmentKey, p.segmentKey);
            QCOMPARE(q.stage, p.stage);
            QCOMPARE(q.tags, p.tags);
            QCOMPARE(q.valuationCny, p.valuationCny);
            QCOMPARE(q.fundEndYear, p.fundEndYear);
            QCOMPARE(q.created, p.created);
            QCOMPARE(q.updated, p.updated);
            const QList<Scorecard>& sa = a.projects[i].scorecards;
            const QList<Scorecard>& sb = b.projects[i].scorecards;
            QCOMPARE(sb.size(), sa.size());
            for (int j = 0; j < sa.size(); ++j) {
                QCOMPARE(sb[j].analyst, sa[j].analyst);
                QCOMPARE(sb[j].date, sa[j].date);
                QCOMPARE(sb[j].templateVersion, sa[j].templateVersion);
                QCOMPARE(sb[j].entries.keys(), sa[j].entries.keys());
                for (const QString& key : sa[j].entries.keys()) {
                    QCOMPARE(sb[j].entries[key].score, sa[j].entries[key].score);
                    QCOMPARE(sb[j].entries[key].evidence, sa[j].entries[key].evidence);
                    QCOMPARE(sb[j].entries[key].confidence, sa[j].entries[key].confidence);
                }
                QCOMPARE(sb[j].market.tamCny, sa[j].market.tamCny);
                QCOMPARE(sb[j].cost.learningRate, sa[j].cost.learningRate);
                QCOMPARE(sb[j].submitted, sa[j].submitted);
            }
        }
        QCOMPARE(b.meetings.size(), a.meetings.size());
        for (int i = 0; i < a.meetings.size(); ++i) {
            QCOMPARE(b.meetings[i].title, a.meetings[i].title);
            QCOMPARE(b.meetings[i].status, a.meetings[i].status);
            QCOMPARE(b.meetings[i].attendees, a.meetings[i].attendees);
            QCOMPARE(b.meetings[i].agenda.size(), a.meetings[i].agenda.size());
            for (int j = 0; j < a.meetings[i].agenda.size(); ++j) {
                const AgendaItem& x = a.meetings[i].agenda[j];
                const AgendaItem& y = b.meetings[i].agenda[j];
                QCOMPARE(namesB.value(y.projectId), namesA.value(x.projectId));
                QCOMPARE(y.decision, x.decision);
                QCOMPARE(y.votes, x.votes);
            }
        }
    }

private slots:
    void initTestCase() { Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC)); }
    void cleanupTestCase() { Clock::setFixed(QDateTime()); }

    void importStoresEverythingAndCounts()
    {
        std::unique_ptr<Portfolio> p = fresh();
        QVERIFY(p);
        ImportStats stats;
        TG_VERIFY_OK(p->importDocument(richDocument(), analyst(), &stats));
        QCOMPARE(stats.projects, 6);
        QCOMPARE(stats.scorecards, 7);
        QCOMPARE(stats.meetings, 2);
        QCOMPARE(p->segments()->size(), 11);
        QCOMPARE(p->segments()->last().nameZh, QStringLiteral("量子器件"));

        Result<PortfolioDocument> exported = p->exportDocument();
        TG_VERIFY_OK(exported);
        QCOMPARE(exported->projects[0].project.name, QStringLiteral("'); DROP TABLE projects;--"));
        QCOMPARE(exported->projects[3].project.created,
                 QDateTime(QDate(2025, 3, 2), QTime(8, 0), Qt::UTC));
        // The meetings point at the new ids of the right projects.
        const Meeting& closed = exported->meetings[0];
        QCOMPARE(closed.status, MeetingStatus::Closed);
        QCOMPARE(closed.agenda[0].projectId, exported->projects[1].project.id);
        QCOMPARE(closed.agenda[1].projectId, exported->projects[3].project.id);

        // Every cached evaluation is the rules applied to the stored scorecards.
        const Template t = *p->currentTemplate();
        for (const ProjectSummary& s : *p->projectSummaries()) {
            const Project project = *p->project(s.id);
            const ProjectEvaluation e =
                evaluateProject(t, project, *p->scorecards(s.id), Clock::currentYear());
            QCOMPARE(s.verdict, e.evaluation.verdict);
            QCOMPARE(s.composite, e.evaluation.composite);
            QCOMPARE(s.redFlags, e.evaluation.redFlags);
        }
        // Each imported project has its audit entry.
        QCOMPARE(p->history(exported->projects[2].project.id)->first().field,
                 QStringLiteral("imported"));
    }

    void exportThenImportIntoANewDatabaseIsTheSame()
    {
        std::unique_ptr<Portfolio> first = fresh();
        TG_VERIFY_OK(first->importDocument(richDocument(), analyst()));
        const PortfolioDocument one = *first->exportDocument();
        std::unique_ptr<Portfolio> second = fresh();
        TG_VERIFY_OK(second->importDocument(one, analyst()));
        const PortfolioDocument two = *second->exportDocument();
        compareDocuments(one, two);
        const QList<ProjectSummary> a = *first->projectSummaries();
        const QList<ProjectSummary> b = *second->projectSummaries();
        QCOMPARE(a.size(), b.size());
        for (int i = 0; i < a.size(); ++i) {
            QCOMPARE(b[i].verdict, a[i].verdict);
            QCOMPARE(b[i].market, a[i].market);
            QCOMPARE(b[i].cost, a[i].cost);
            QCOMPARE(b[i].redFlags, a[i].redFlags);
        }
    }

    void aBadRecordAnywhereLeavesTheDatabaseUnchanged_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown segment") << 0 << QStringLiteral("projects[30].segment");
        QTest::newRow("score 9") << 1
                                 << QStringLiteral("projects[30].scorecards[0].criteria.M1.score");
        QTest::newRow("agenda names no project")
            << 2 << QStringLiteral("meetings[0].agenda[0].project");
        QTest::newRow("duplicate document id") << 3 << QStringLiteral("projects[30].id");
        QTest::newRow("vote by a stranger")
            << 4 << QStringLiteral("meetings[0].agenda[0].votes.stranger");
    }

    void aBadRecordAnywhereLeavesTheDatabaseUnchanged()
    {
        QFETCH(int, which);
        QFETCH(QString, field);
        std::unique_ptr<Portfolio> p = fresh();
        TG_VERIFY_OK(p->importDocument(makeDocument(3), analyst()));
        const QString file = p->path();
        const QByteArray before = fileBytes(file);

        PortfolioDocument doc = makeDocument(60);
        Meeting m;
        m.title = QStringLiteral("M");
        m.date = QDate(2026, 12, 1);
        m.attendees << analyst();
        AgendaItem item;
        item.projectId = 1;
        m.agenda << item;
        doc.meetings << m;
        switch (which) {
        case 0:
            doc.projects[30].project.segmentKey = QStringLiteral("nowhere");
            break;
        case 1:
            doc.projects[30].scorecards[0].entries[QStringLiteral("M1")].score = 9;
            break;
        case 2:
            doc.meetings[0].agenda[0].projectId = 999;
            break;
        case 3:
            doc.projects[30].project.id = 3;
            break;
        default:
            doc.meetings[0].agenda[0].votes.insert(QStringLiteral("stranger"), Vote::Yes);
        }
        Status imported = p->importDocument(doc, analyst());
        QVERIFY(!imported);
        QCOMPARE(int(imported.error().kind), int(ErrorKind::Invalid));
        QCOMPARE(imported.error().field, field);
        QVERIFY2(imported.error().message.contains(field), qPrintable(imported.error().message));
        QCOMPARE(p->projectSummaries()->size(), 3);
        QVERIFY(p->meetings()->isEmpty());
        p.reset();
        QCOMPARE(fileBytes(file), before); // not a byte changed
    }

    void scorecardsLinkToTheTemplateVersionTheyName()
    {
        std::unique_ptr<Portfolio> p = fresh();
        Template t = *p->currentTemplate();
        t.marketGate = 50;
        TG_VERIFY_OK(p->saveTemplateVersion(t, analyst()));
        PortfolioDocument doc = makeDocument(3);
        doc.projects[0].scorecards[0].templateVersion = 1;
        doc.projects[1].scorecards[0].templateVersion = 2;
        doc.projects[2].scorecards[0].templateVersion = 7; // unknown: the current one
        TG_VERIFY_OK(p->importDocument(doc, analyst()));
        const PortfolioDocument out = *p->exportDocument();
        QCOMPARE(out.projects[0].scorecards[0].templateVersion, 1);
        QCOMPARE(out.projects[1].scorecards[0].templateVersion, 2);
        QCOMPARE(out.projects[2].scorecards[0].templateVersion, 2);
    }

    void importNeedsAnAnalyst()
    {
        std::unique_ptr<Portfolio> p = fresh();
        Status imported = p->importDocument(makeDocument(2), QStringLiteral(" "));
        QVERIFY(!imported);
        QVERIFY(p->projectSummaries()->isEmpty());
    }

    void emptyDocumentImportsNothing()
    {
        std::unique_ptr<Portfolio> p = fresh();
        ImportStats stats;
        stats.projects = 99;
        TG_VERIFY_OK(p->importDocument(PortfolioDocument{}, analyst(), &stats));
        QCOMPARE(stats.projects, 0);
    }
};

QTEST_GUILESS_MAIN(TestStorageImport)
#include "TestStorageImport.moc"
