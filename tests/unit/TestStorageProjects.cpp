#include "StorageFixtures.h"

#include "core/Clock.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tollgate;
using namespace tollgate::test;

// Projects: every field stored as given, edits audited field by field, stale edits refused,
// failed edits leaving nothing behind, the summaries and their filters.
class TestStorageProjects : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Portfolio> m_portfolio;
    int m_file = 0;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 23), QTime(9, 30), Qt::UTC);

    Portfolio& portfolio() { return *m_portfolio; }

    qint64 create(const Project& p)
    {
        Result<qint64> id = portfolio().createProject(p, analyst());
        if (!id)
            qWarning("%s", qPrintable(id.error().message));
        return id ? *id : 0;
    }

private slots:
    void init()
    {
        Clock::setFixed(m_now);
        m_portfolio = openPortfolio(m_dir.filePath(QStringLiteral("p%1.tollgate").arg(++m_file)));
        QVERIFY(m_portfolio);
    }
    void cleanup()
    {
        m_portfolio.reset();
        Clock::setFixed(QDateTime());
    }

    void everyFieldIsStoredAsGiven()
    {
        Project p = makeProject(QStringLiteral("'); DROP TABLE projects;-- <b>x</b> 觸聯科技"));
        p.dominantIncumbent = true;
        p.archived = false;
        p.valuationCny = 9007199254740993LL; // beyond a double's exact range
        p.description = QStringLiteral("line one\nline \"two\", with comma; and 分号");
        const qint64 id = create(p);
        QVERIFY(id > 0);

        Result<Project> stored = portfolio().project(id);
        TG_VERIFY_OK(stored);
        QCOMPARE(stored->id, id);
        QCOMPARE(stored->name, p.name);
        QCOMPARE(stored->segmentKey, p.segmentKey);
        QCOMPARE(stored->stage, p.stage);
        QCOMPARE(stored->round, p.round);
        QCOMPARE(stored->valuationCny, p.valuationCny);
        QCOMPARE(stored->askCny, p.askCny);
        QCOMPARE(stored->city, p.city);
        QCOMPARE(stored->foundedYear, p.foundedYear);
        QCOMPARE(stored->description, p.description);
        QCOMPARE(stored->tags, p.tags);
        QCOMPARE(stored->leadAnalyst, p.leadAnalyst);
        QCOMPARE(stored->exitRoute, p.exitRoute);
        QCOMPARE(stored->expectedExitYear, p.expectedExitYear);
        QCOMPARE(stored->fundEndYear, p.fundEndYear);
        QCOMPARE(stored->dominantIncumbent, true);
        QCOMPARE(stored->archived, false);
        QCOMPARE(stored->created, m_now);
        QCOMPARE(stored->updated, m_now);
        QCOMPARE(stored->rowVersion, 1);

        // The hostile name did nothing but be a name.
        Result<QList<ProjectSummary>> all = portfolio().projectSummaries();
        TG_VERIFY_OK(all);
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().name, p.name);
    }

    void missingOptionalFieldsStayMissing()
    {
        Project p;
        p.name = QStringLiteral("Bare");
        p.segmentKey = QStringLiteral("eda-ip");
        const qint64 id = create(p);
        QVERIFY(id > 0);
        Result<Project> stored = portfolio().project(id);
        TG_VERIFY_OK(stored);
        QVERIFY(!stored->valuationCny);
        QVERIFY(!stored->foundedYear);
        QVERIFY(!stored->fundEndYear);
        QVERIFY(stored->tags.isEmpty());
        QVERIFY(stored->city.isEmpty());
        QVERIFY(!stored->city.isNull() || stored->city.isEmpty());
    }

    void creationIsAudited()
    {
        const qint64 id = create(makeProject(QStringLiteral("Audited")));
        Result<QList<AuditEntry>> history = portfolio().history(id);
        TG_VERIFY_OK(history);
        QCOMPARE(history->size(), 1);
        const AuditEntry& e = history->first();
        QCOMPARE(e.entity, QStringLiteral("project"));
        QCOMPARE(e.entityId, id);
        QCOMPARE(e.projectId, id);
        QCOMPARE(e.field, QStringLiteral("created"));
        QCOMPARE(e.newValue, QStringLiteral("Audited"));
        QCOMPARE(e.analyst, analyst());
        QCOMPARE(e.at, m_now);
    }

    void updateStoresBumpsAndAuditsEachField()
    {
        const qint64 id = create(makeProject(QStringLiteral("Before")));
        Result<Project> read = portfolio().project(id);
        TG_VERIFY_OK(read);
        Project p = *read;
        p.name = QStringLiteral("After");
        p.stage = Stage::Diligence;
        p.valuationCny.reset();
        p.tags << QStringLiteral("新标签");
        const QDateTime later = m_now.addSecs(3600);
        Clock::setFixed(later);
        TG_VERIFY_OK(portfolio().updateProject(p, QStringLiteral("林晓")));

        Result<Project> stored = portfolio().project(id);
        TG_VERIFY_OK(stored);
        QCOMPARE(stored->name, QStringLiteral("After"));
        QCOMPARE(stored->stage, Stage::Diligence);
        QVERIFY(!stored->valuationCny);
        QCOMPARE(stored->rowVersion, 2);
        QCOMPARE(stored->updated, later);
        QCOMPARE(stored->created, m_now);

        Result<QList<AuditEntry>> history = portfolio().history(id);
        TG_VERIFY_OK(history);
        QMap<QString, AuditEntry> byField;
        for (const AuditEntry& e : *history) {
            if (e.at == later)
                byField.insert(e.field, e);
        }
        QCOMPARE(byField.keys(),
                 (QStringList{QStringLiteral("name"), QStringLiteral("stage"),
                              QStringLiteral("tags"), QStringLiteral("valuation_cny")}));
        QCOMPARE(byField[QStringLiteral("name")].oldValue, QStringLiteral("Before"));
        QCOMPARE(byField[QStringLiteral("name")].newValue, QStringLiteral("After"));
        QCOMPARE(byField[QStringLiteral("stage")].oldValue, QStringLiteral("screening"));
        QCOMPARE(byField[QStringLiteral("stage")].newValue, QStringLiteral("diligence"));
        QCOMPARE(byField[QStringLiteral("valuation_cny")].oldValue, QStringLiteral("600000000"));
        QCOMPARE(byField[QStringLiteral("valuation_cny")].newValue, QString());
        QCOMPARE(byField[QStringLiteral("name")].analyst, QStringLiteral("林晓"));
        // Newest first.
        QCOMPARE(history->last().field, QStringLiteral("created"));
    }

    void staleUpdateIsAConflictAndChangesNothing()
    {
        const qint64 id = create(makeProject(QStringLiteral("Shared")));
        Result<Project> mine = portfolio().project(id);
        Result<Project> theirs = portfolio().project(id);
        TG_VERIFY_OK(mine);
        TG_VERIFY_OK(theirs);
        theirs->stage = Stage::Committee;
        TG_VERIFY_OK(portfolio().updateProject(*theirs, QStringLiteral("林晓")));
        const int auditBefore = static_cast<int>(portfolio().history(id)->size());

        mine->name = QStringLiteral("Mine");
        Status stale = portfolio().updateProject(*mine, analyst());
        QVERIFY(!stale);
        QCOMPARE(int(stale.error().kind), int(ErrorKind::Conflict));
        Result<Project> stored = portfolio().project(id);
        QCOMPARE(stored->name, QStringLiteral("Shared"));
        QCOMPARE(stored->stage, Stage::Committee);
        QCOMPARE(stored->rowVersion, 2);
        QCOMPARE(static_cast<int>(portfolio().history(id)->size()), auditBefore);
    }

    void invalidEditsAreRefusedNamingTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("which");
        QTest::newRow("empty name") << QStringLiteral("name") << 0;
        QTest::newRow("unknown segment") << QStringLiteral("segment") << 1;
        QTest::newRow("negative ask") << QStringLiteral("ask_cny") << 2;
        QTest::newRow("year 20300") << QStringLiteral("fund_end_year") << 3;
        QTest::newRow("two-line tag") << QStringLiteral("tags[1]") << 4;
    }

    void invalidEditsAreRefusedNamingTheField()
    {
        QFETCH(QString, field);
        QFETCH(int, which);
        const qint64 id = create(makeProject(QStringLiteral("Valid")));
        Project p = *portfolio().project(id);
        switch (which) {
        case 0:
            p.name = QStringLiteral("  ");
            break;
        case 1:
            p.segmentKey = QStringLiteral("quantum");
            break;
        case 2:
            p.askCny = -1;
            break;
        case 3:
            p.fundEndYear = 20300;
            break;
        default:
            p.tags = QStringList{QStringLiteral("ok"), QStringLiteral("two\nlines")};
        }
        Status updated = portfolio().updateProject(p, analyst());
        QVERIFY(!updated);
        QCOMPARE(int(updated.error().kind), int(ErrorKind::Invalid));
        QCOMPARE(updated.error().field, field);
        QVERIFY(updated.error().message.contains(field));
        QCOMPARE(portfolio().project(id)->name, QStringLiteral("Valid"));
        QCOMPARE(portfolio().project(id)->rowVersion, 1);
        QCOMPARE(portfolio().history(id)->size(), 1);

        p.id = 0;
        Result<qint64> created = portfolio().createProject(p, analyst());
        QVERIFY(!created);
        QCOMPARE(created.error().field, field);
        QCOMPARE(portfolio().projectSummaries()->size(), 1);
    }

    void editsNeedAnAnalyst()
    {
        Result<qint64> id =
            portfolio().createProject(makeProject(QStringLiteral("Anon")), QString());
        QVERIFY(!id);
        QCOMPARE(id.error().field, QStringLiteral("analyst"));
        QVERIFY(portfolio().projectSummaries()->isEmpty());
    }

    void deleteRemovesAndKeepsTheAuditTrail()
    {
        const qint64 id = create(makeProject(QStringLiteral("Gone")));
        TG_VERIFY_OK(portfolio().addScorecard(
            makeScorecard(id, analyst(), QDate(2026, 5, 1), uniformScores(3)), analyst()));
        TG_VERIFY_OK(portfolio().deleteProject(id, analyst()));
        Result<Project> gone = portfolio().project(id);
        QVERIFY(!gone);
        QCOMPARE(int(gone.error().kind), int(ErrorKind::NotFound));
        Result<QList<Scorecard>> cards = portfolio().scorecards(id);
        QVERIFY(!cards);
        Result<QList<AuditEntry>> history = portfolio().history(id);
        TG_VERIFY_OK(history);
        QCOMPARE(history->first().field, QStringLiteral("deleted"));
        QCOMPARE(history->first().oldValue, QStringLiteral("Gone"));
        Status again = portfolio().deleteProject(id, analyst());
        QCOMPARE(int(again.error().kind), int(ErrorKind::NotFound));
        Result<QStringList> problems = portfolio().integrityCheck();
        TG_VERIFY_OK(problems);
        QVERIFY(problems->isEmpty());

        // Ids are never reused: the audit trail of a deleted project stays its own.
        const qint64 next = create(makeProject(QStringLiteral("Next")));
        QVERIFY(next > id);
        QCOMPARE(portfolio().history(next)->size(), 1);
    }

    void summariesCarryTheCachedEvaluationAndFilter()
    {
        Project a = makeProject(QStringLiteral("A"), QStringLiteral("sensors"));
        Project b = makeProject(QStringLiteral("B"), QStringLiteral("materials"));
        b.stage = Stage::Invested;
        b.leadAnalyst = QStringLiteral("林晓");
        Project c = makeProject(QStringLiteral("C"), QStringLiteral("sensors"));
        c.archived = true;
        const qint64 ia = create(a);
        const qint64 ib = create(b);
        create(c);
        TG_VERIFY_OK(portfolio().addScorecard(
            makeScorecard(ia, analyst(), QDate(2026, 5, 1), uniformScores(4)), analyst()));

        Result<QList<ProjectSummary>> all = portfolio().projectSummaries();
        TG_VERIFY_OK(all);
        QCOMPARE(all->size(), 2); // archived left out
        const ProjectSummary& sa = all->at(0);
        QCOMPARE(sa.id, ia);
        QCOMPARE(sa.verdict, Verdict::Pursue);
        QCOMPARE(sa.market, 80.0);
        QCOMPARE(sa.cost, 80.0);
        QCOMPARE(sa.composite, 80.0);
        QCOMPARE(sa.tamCny, 3.2e9);
        QVERIFY(sa.costModelGiven);
        QVERIFY(sa.yearsToProfitableCost);
        QCOMPARE(sa.tags, a.tags);
        QCOMPARE(sa.city, a.city);
        QCOMPARE(all->at(1).verdict, Verdict::Incomplete);
        QVERIFY(!all->at(1).market);

        ProjectFilter f;
        f.includeArchived = true;
        QCOMPARE(portfolio().projectSummaries(f)->size(), 3);
        f = {};
        f.segmentKey = QStringLiteral("materials");
        QCOMPARE(portfolio().projectSummaries(f)->first().id, ib);
        f = {};
        f.verdict = Verdict::Pursue;
        QCOMPARE(portfolio().projectSummaries(f)->size(), 1);
        f = {};
        f.stage = Stage::Invested;
        QCOMPARE(portfolio().projectSummaries(f)->first().id, ib);
        f = {};
        f.analyst = QStringLiteral("林晓");
        QCOMPARE(portfolio().projectSummaries(f)->size(), 1);
        f.segmentKey = QStringLiteral("sensors");
        QVERIFY(portfolio().projectSummaries(f)->isEmpty());
        f = {};
        f.segmentKey = QStringLiteral("' OR 1=1 --");
        QVERIFY(portfolio().projectSummaries(f)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStorageProjects)
#include "TestStorageProjects.moc"
