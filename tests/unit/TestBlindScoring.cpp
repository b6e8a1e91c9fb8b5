#include "StorageFixtures.h"

#include "scoring/BlindScoring.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Schema.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tollgate;
using namespace tollgate::test;

// Blind scoring enforced by the core: while a viewer's latest scorecard of a project is a draft,
// every read that takes the viewer hides the other analysts' scores of that project, and the
// project's figures are the viewer's own. Also the schema step that added the settings table.
class TestBlindScoring : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_file = 0;
    const QString m_other = QStringLiteral("王磊");

    QString nextFile() { return m_dir.filePath(QStringLiteral("blind-%1.tollgate").arg(++m_file)); }

    // A project scored 5 everywhere by m_other (submitted) and 1 everywhere by analyst() as a
    // draft. Returns the project id and the draft's id.
    std::pair<qint64, qint64> scoredProject(Portfolio& p)
    {
        const qint64 id = *p.createProject(makeProject(QStringLiteral("触觉 Tactile")), analyst());
        Scorecard theirs = makeScorecard(id, m_other, QDate(2026, 5, 1), uniformScores(5));
        p.addScorecard(theirs, m_other);
        Scorecard mine = makeScorecard(id, analyst(), QDate(2026, 5, 2), uniformScores(1));
        mine.submitted = false;
        const qint64 draft = *p.addScorecard(mine, analyst());
        return {id, draft};
    }

    static ProjectSummary summaryOf(const Portfolio& p, qint64 id, const QString& viewer)
    {
        const Result<QList<ProjectSummary>> all = p.projectSummaries({}, viewer);
        for (const ProjectSummary& s : *all)
            if (s.id == id)
                return s;
        return {};
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void rulesHideOthersOnlyWhileTheViewersLatestIsADraft()
    {
        Scorecard other = makeScorecard(1, m_other, QDate(2026, 1, 1), uniformScores(4));
        Scorecard mineOld = makeScorecard(1, analyst(), QDate(2026, 1, 2), uniformScores(2));
        Scorecard mineNew = makeScorecard(1, analyst(), QDate(2026, 2, 1), uniformScores(3));
        mineNew.submitted = false;
        const QList<Scorecard> all{other, mineOld, mineNew};
        QVERIFY(hasDraft(all, analyst()));
        QCOMPARE(visibleTo(all, analyst()).size(), 2);
        for (const Scorecard& s : visibleTo(all, analyst()))
            QCOMPARE(s.analyst, analyst());
        // The other analyst submitted, so sees everything; so does someone with no scorecard.
        QCOMPARE(visibleTo(all, m_other).size(), 3);
        QCOMPARE(visibleTo(all, QStringLiteral("partner")).size(), 3);
        // Only the latest counts: an older draft under a submitted screening hides nothing.
        mineOld.submitted = false;
        mineNew.submitted = true;
        QVERIFY(!hasDraft({other, mineOld, mineNew}, analyst()));
    }

    void settingIsOffByDefaultAndTravelsWithTheDatabase()
    {
        std::unique_ptr<Portfolio> p = openPortfolio(nextFile());
        QVERIFY(p);
        QCOMPARE(*p->blindScoring(), false);
        TG_VERIFY_OK(p->setBlindScoring(true, analyst()));
        QCOMPARE(*p->blindScoring(), true);
        const QString file = p->path();
        p.reset();
        p = openPortfolio(file);
        QCOMPARE(*p->blindScoring(), true); // the setting travels with the database
        QVERIFY(!p->setBlindScoring(false, QString()).ok()); // an edit names its analyst
        QCOMPARE(*p->blindScoring(), true);
    }

    void draftHidesOthersScorecardsAndAggregateUntilSubmitted()
    {
        std::unique_ptr<Portfolio> p = openPortfolio(nextFile());
        QVERIFY(p);
        TG_VERIFY_OK(p->setBlindScoring(true, analyst()));
        const auto [id, draft] = scoredProject(*p);

        Result<QList<Scorecard>> seen = p->scorecards(id, analyst());
        TG_VERIFY_OK(seen);
        QCOMPARE(seen->size(), 1);
        QCOMPARE(seen->first().analyst, analyst());
        QVERIFY(*p->othersHiddenFrom(id, analyst()));
        // The table's figures are the viewer's own: all 1s give M = C = 20.
        const ProjectSummary mine = summaryOf(*p, id, analyst());
        QCOMPARE(mine.id, id);
        QCOMPARE(*mine.market, 20.0);
        QCOMPARE(*mine.cost, 20.0);
        // The other analyst, and anyone who is not scoring, see the aggregate of both.
        QCOMPARE(p->scorecards(id, m_other)->size(), 2);
        QCOMPARE(*summaryOf(*p, id, m_other).market, 60.0);
        QCOMPARE(*summaryOf(*p, id, QString()).market, 60.0);
        QCOMPARE(p->scorecards(id)->size(), 2); // export and the command line see everything

        // Only the scorecard's own analyst may submit it.
        Status foreign = p->submitScorecard(draft, m_other);
        QVERIFY(!foreign.ok());
        QCOMPARE(foreign.error().field, QStringLiteral("analyst"));
        QVERIFY(*p->othersHiddenFrom(id, analyst()));

        TG_VERIFY_OK(p->submitScorecard(draft, analyst()));
        QCOMPARE(p->scorecards(id, analyst())->size(), 2);
        QVERIFY(!*p->othersHiddenFrom(id, analyst()));
        QCOMPARE(*summaryOf(*p, id, analyst()).market, 60.0);
    }

    void submittingIsFinal()
    {
        std::unique_ptr<Portfolio> p = openPortfolio(nextFile());
        QVERIFY(p);
        TG_VERIFY_OK(p->setBlindScoring(true, analyst()));
        const auto [id, draft] = scoredProject(*p);
        const Scorecard before = *p->scorecard(draft);
        TG_VERIFY_OK(p->submitScorecard(draft, analyst()));
        // An edit that still carries the draft flag (the form's copy, an undo) keeps it submitted.
        Scorecard edited = *p->scorecard(draft);
        edited.entries[QStringLiteral("M1")].score = 3;
        edited.submitted = false;
        TG_VERIFY_OK(p->updateScorecard(edited, analyst()));
        QVERIFY(p->scorecard(draft)->submitted);
        QVERIFY(!before.submitted);
        QVERIFY(!*p->othersHiddenFrom(id, analyst()));
    }

    void verdictFilterAppliesToWhatTheViewerSees()
    {
        std::unique_ptr<Portfolio> p = openPortfolio(nextFile());
        QVERIFY(p);
        TG_VERIFY_OK(p->setBlindScoring(true, analyst()));
        const qint64 id = scoredProject(*p).first;
        ProjectFilter declined;
        declined.verdict = Verdict::Decline; // the viewer's own 1s decline
        QCOMPARE(p->projectSummaries(declined, analyst())->size(), 1);
        QCOMPARE(p->projectSummaries(declined, analyst())->first().id, id);
        QCOMPARE(p->projectSummaries(declined, m_other)->size(), 0);
    }

    void offSettingHidesNothing()
    {
        std::unique_ptr<Portfolio> p = openPortfolio(nextFile());
        QVERIFY(p);
        const qint64 id = scoredProject(*p).first;
        QCOMPARE(p->scorecards(id, analyst())->size(), 2);
        QVERIFY(!*p->othersHiddenFrom(id, analyst()));
        QCOMPARE(*summaryOf(*p, id, analyst()).market, 60.0);
    }

    void versionOneDatabaseIsUpgradedWithItsData()
    {
        // A database as the previous release wrote it: schema version 1, one project.
        const QString file = nextFile();
        {
            Result<std::unique_ptr<Database>> db = Database::openSqlite(file);
            TG_VERIFY_OK(db);
            TG_VERIFY_OK(migrate(**db, {migrations().first()}, [] { return Status(); }));
            QCOMPARE(*(*db)->dialect().schemaVersion(**db), 1);
        }
        QCOMPARE(runRaw(file, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = "
                                             "'settings'"))
                     .value,
                 QStringLiteral("0"));
        QVERIFY(runRaw(file, QStringLiteral("INSERT INTO projects (name, segment_key, stage, "
                                            "created, updated) VALUES ('旧项目', 'sensors', "
                                            "'screening', '2025-01-01T00:00:00Z', "
                                            "'2025-01-01T00:00:00Z')"))
                    .error.isEmpty());

        std::unique_ptr<Portfolio> p = openPortfolio(file);
        QVERIFY(p);
        QCOMPARE(p->schemaVersion(), Schema::currentVersion);
        QCOMPARE(Schema::currentVersion, 2);
        QCOMPARE(p->projectSummaries()->size(), 1);
        QCOMPARE(p->projectSummaries()->first().name, QStringLiteral("旧项目"));
        QCOMPARE(*p->blindScoring(), false);
        TG_VERIFY_OK(p->setBlindScoring(true, analyst()));
        QCOMPARE(Portfolio::backupsOf(file).size(), 1); // taken before the upgrade
        TG_VERIFY_OK(p->integrityCheck());
        QVERIFY(p->integrityCheck()->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBlindScoring)
#include "TestBlindScoring.moc"
