#include "StorageFixtures.h"

#include "core/Clock.h"
#include "scoring/ProjectEvaluation.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tollgate;
using namespace tollgate::test;

// Scorecards and the cached evaluation: after every edit the project's stored M, C, composite,
// verdict and red flags are what the scoring rules give for the aggregate of each analyst's
// latest scorecard (SPEC §4).
class TestStorageScorecards : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Portfolio> m_portfolio;
    int m_file = 0;
    qint64 m_project = 0;

    Portfolio& portfolio() { return *m_portfolio; }

    ProjectSummary summary(qint64 id)
    {
        ProjectFilter all;
        all.includeArchived = true;
        for (const ProjectSummary& s : *portfolio().projectSummaries(all)) {
            if (s.id == id)
                return s;
        }
        return {};
    }

    // The stored evaluation equals the rules applied to the stored scorecards.
    void verifyCachedEvaluation(qint64 id)
    {
        Result<Template> t = portfolio().currentTemplate();
        Result<Project> p = portfolio().project(id);
        Result<QList<Scorecard>> cards = portfolio().scorecards(id);
        TG_VERIFY_OK(t);
        TG_VERIFY_OK(p);
        TG_VERIFY_OK(cards);
        const ProjectEvaluation expected = evaluateProject(*t, *p, *cards, Clock::currentYear());
        const ProjectSummary s = summary(id);
        QCOMPARE(s.market, expected.evaluation.market);
        QCOMPARE(s.cost, expected.evaluation.cost);
        QCOMPARE(s.composite, expected.evaluation.composite);
        QCOMPARE(s.verdict, expected.evaluation.verdict);
        QCOMPARE(s.redFlags, expected.evaluation.redFlags);
        QCOMPARE(s.yearsToProfitableCost, expected.evaluation.yearsToProfitableCost);
        QCOMPARE(s.costModelGiven, expected.evaluation.costModelGiven);
        QCOMPARE(s.tamCny, expected.primary ? expected.primary->market.tamCny : std::nullopt);
    }

private slots:
    void init()
    {
        Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(9, 30), Qt::UTC));
        m_portfolio = openPortfolio(m_dir.filePath(QStringLiteral("s%1.tollgate").arg(++m_file)));
        QVERIFY(m_portfolio);
        Result<qint64> id =
            portfolio().createProject(makeProject(QStringLiteral("触联科技 TactiLink")), analyst());
        TG_VERIFY_OK(id);
        m_project = *id;
    }
    void cleanup()
    {
        m_portfolio.reset();
        Clock::setFixed(QDateTime());
    }

    void scorecardIsStoredAsGiven()
    {
        Scorecard s = makeScorecard(m_project, analyst(), QDate(2026, 5, 14),
                                    {4, 3, 5, 3, 1, 4, 2, 3, 1, 2, 1, 3});
        s.entries[QStringLiteral("M2")].score.reset();      // not scored, but with evidence
        s.entries[QStringLiteral("C6")] = CriterionEntry{}; // present and empty
        s.entries[QStringLiteral("M4")].evidence = QStringLiteral("tab\there, \\ back \u0001 控制");
        s.submitted = false;
        s.market.payers.reset();
        s.cost.horizonYears.reset();
        Result<qint64> id = portfolio().addScorecard(s, analyst());
        TG_VERIFY_OK(id);

        Result<Scorecard> stored = portfolio().scorecard(*id);
        TG_VERIFY_OK(stored);
        QCOMPARE(stored->id, *id);
        QCOMPARE(stored->projectId, m_project);
        QCOMPARE(stored->analyst, analyst());
        QCOMPARE(stored->date, QDate(2026, 5, 14));
        QCOMPARE(stored->submitted, false);
        QCOMPARE(stored->templateId, portfolio().currentTemplate()->id);
        QCOMPARE(stored->templateVersion, 1);
        QCOMPARE(stored->entries.keys(), s.entries.keys());
        for (auto it = s.entries.constBegin(); it != s.entries.constEnd(); ++it) {
            const CriterionEntry& got = stored->entries.value(it.key());
            QCOMPARE(got.score, it->score);
            QCOMPARE(got.evidence, it->evidence);
            QCOMPARE(got.confidence, it->confidence);
        }
        QCOMPARE(stored->market.tamCny, s.market.tamCny);
        QCOMPARE(stored->market.samCny, s.market.samCny);
        QCOMPARE(stored->market.cagr, s.market.cagr);
        QVERIFY(!stored->market.payers);
        QCOMPARE(stored->cost.learningRate, s.cost.learningRate);
        QCOMPARE(stored->cost.priceErosion, s.cost.priceErosion);
        QVERIFY(!stored->cost.horizonYears);
        QCOMPARE(stored->rowVersion, 1);

        Result<QList<AuditEntry>> history = portfolio().history(m_project);
        TG_VERIFY_OK(history);
        bool created = false, m1 = false;
        for (const AuditEntry& e : *history) {
            created |=
                e.entity == QStringLiteral("scorecard") && e.field == QStringLiteral("created");
            m1 |= e.field == QStringLiteral("M1.score") && e.newValue == QStringLiteral("4") &&
                  e.entityId == *id;
        }
        QVERIFY(created);
        QVERIFY(m1);
    }

    void cachedEvaluationFollowsEveryEdit()
    {
        verifyCachedEvaluation(m_project);
        QCOMPARE(summary(m_project).verdict, Verdict::Incomplete);

        // The worked example of SPEC §8: cost-gap.
        Result<qint64> first =
            portfolio().addScorecard(makeScorecard(m_project, analyst(), QDate(2026, 5, 14),
                                                   {4, 3, 5, 3, 1, 4, 2, 3, 1, 2, 1, 3}),
                                     analyst());
        TG_VERIFY_OK(first);
        verifyCachedEvaluation(m_project);
        QCOMPARE(summary(m_project).verdict, Verdict::CostGap);
        QVERIFY(summary(m_project).redFlags.contains(QStringLiteral("substitution-unproven")));

        // A second analyst: the aggregate is the mean of both.
        Result<qint64> second = portfolio().addScorecard(
            makeScorecard(m_project, QStringLiteral("林晓"), QDate(2026, 6, 1), uniformScores(5)),
            QStringLiteral("林晓"));
        TG_VERIFY_OK(second);
        verifyCachedEvaluation(m_project);
        QCOMPARE(summary(m_project).verdict, Verdict::Pursue);

        // An older screening by the first analyst does not replace the latest one.
        TG_VERIFY_OK(portfolio().addScorecard(
            makeScorecard(m_project, analyst(), QDate(2026, 1, 1), uniformScores(0)), analyst()));
        verifyCachedEvaluation(m_project);
        QCOMPARE(summary(m_project).verdict, Verdict::Pursue);

        // An update of the second analyst's scorecard: a knock-out at 0 in both latest cards.
        Scorecard s = *portfolio().scorecard(*second);
        s.entries[QStringLiteral("M2")].score = 0;
        TG_VERIFY_OK(portfolio().updateScorecard(s, QStringLiteral("林晓")));
        Scorecard f = *portfolio().scorecard(*first);
        f.entries[QStringLiteral("M2")].score = 0;
        TG_VERIFY_OK(portfolio().updateScorecard(f, analyst()));
        verifyCachedEvaluation(m_project);
        QCOMPARE(summary(m_project).verdict, Verdict::Decline);

        // Deleting it brings the other analyst's latest back alone.
        TG_VERIFY_OK(portfolio().deleteScorecard(*second, analyst()));
        verifyCachedEvaluation(m_project);

        // Project fields feed the red flags too.
        Project p = *portfolio().project(m_project);
        p.dominantIncumbent = true;
        p.expectedExitYear = 2035;
        TG_VERIFY_OK(portfolio().updateProject(p, analyst()));
        verifyCachedEvaluation(m_project);
        QVERIFY(summary(m_project).redFlags.contains(QStringLiteral("dominant-incumbent")));
        QVERIFY(summary(m_project).redFlags.contains(QStringLiteral("exit-after-fund-end")));
    }

    void staleScorecardUpdateIsAConflict()
    {
        Result<qint64> id = portfolio().addScorecard(
            makeScorecard(m_project, analyst(), QDate(2026, 5, 14), uniformScores(3)), analyst());
        TG_VERIFY_OK(id);
        Scorecard a = *portfolio().scorecard(*id);
        Scorecard b = a;
        a.entries[QStringLiteral("M1")].score = 5;
        TG_VERIFY_OK(portfolio().updateScorecard(a, analyst()));
        b.entries[QStringLiteral("M1")].score = 0;
        Status stale = portfolio().updateScorecard(b, analyst());
        QVERIFY(!stale);
        QCOMPARE(int(stale.error().kind), int(ErrorKind::Conflict));
        QCOMPARE(portfolio().scorecard(*id)->score(QStringLiteral("M1")), 5);
        QCOMPARE(portfolio().scorecard(*id)->rowVersion, 2);
    }

    void badScorecardsAreRefused_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("field");
        QTest::newRow("score 7") << 0 << QStringLiteral("criteria.M3.score");
        QTest::newRow("unknown criterion") << 1 << QStringLiteral("criteria.M7");
        QTest::newRow("learning rate 1.2") << 2 << QStringLiteral("cost.learning_rate");
        QTest::newRow("negative TAM") << 3 << QStringLiteral("market.tam_cny");
        QTest::newRow("no analyst") << 4 << QStringLiteral("analyst");
        QTest::newRow("no date") << 5 << QStringLiteral("date");
    }

    void badScorecardsAreRefused()
    {
        QFETCH(int, which);
        QFETCH(QString, field);
        const ProjectSummary before = summary(m_project);
        Scorecard s = makeScorecard(m_project, analyst(), QDate(2026, 5, 14), uniformScores(4));
        switch (which) {
        case 0:
            s.entries[QStringLiteral("M3")].score = 7;
            break;
        case 1:
            s.entries[QStringLiteral("M7")].score = 2;
            break;
        case 2:
            s.cost.learningRate = 1.2;
            break;
        case 3:
            s.market.tamCny = -5;
            break;
        case 4:
            s.analyst.clear();
            break;
        default:
            s.date = QDate();
        }
        Result<qint64> id = portfolio().addScorecard(s, analyst());
        QVERIFY(!id);
        QCOMPARE(int(id.error().kind), int(ErrorKind::Invalid));
        QCOMPARE(id.error().field, field);
        QVERIFY(portfolio().scorecards(m_project)->isEmpty());
        QCOMPARE(summary(m_project).verdict, before.verdict);
        QCOMPARE(summary(m_project).updated, before.updated);
    }

    void scorecardOfAMissingProjectIsNotFound()
    {
        Result<qint64> id = portfolio().addScorecard(
            makeScorecard(m_project + 99, analyst(), QDate(2026, 5, 14), uniformScores(4)),
            analyst());
        QVERIFY(!id);
        QCOMPARE(int(id.error().kind), int(ErrorKind::NotFound));
    }

    void newTemplateVersionReevaluatesEveryProject()
    {
        TG_VERIFY_OK(
            portfolio().addScorecard(makeScorecard(m_project, analyst(), QDate(2026, 5, 14),
                                                   {4, 3, 5, 3, 1, 4, 2, 3, 1, 2, 1, 3}),
                                     analyst()));
        QCOMPARE(summary(m_project).verdict, Verdict::CostGap); // C = 40 < 60
        Template t = *portfolio().currentTemplate();
        t.costGate = 40;
        Result<qint64> id = portfolio().saveTemplateVersion(t, QStringLiteral("王志"));
        TG_VERIFY_OK(id);
        Result<Template> current = portfolio().currentTemplate();
        QCOMPARE(current->id, *id);
        QCOMPARE(current->version, 2);
        QCOMPARE(current->costGate, 40.0);
        QCOMPARE(current->criteria.size(), 12);
        QCOMPARE(current->criterion(QStringLiteral("C3"))->rubricEn,
                 t.criterion(QStringLiteral("C3"))->rubricEn);
        QCOMPARE(summary(m_project).verdict, Verdict::Pursue);
        verifyCachedEvaluation(m_project);
        QCOMPARE(portfolio().templateById(current->id - 1)->version, 1);

        // The older scorecard keeps the version it was scored on.
        QCOMPARE(portfolio().scorecards(m_project)->first().templateVersion, 1);

        Template bad = t;
        bad.criteria[0].weight = 0;
        Result<qint64> refused = portfolio().saveTemplateVersion(bad, analyst());
        QVERIFY(!refused);
        QCOMPARE(portfolio().currentTemplate()->version, 2);
    }

    void evaluationsAreRedoneWhenTheYearTurns()
    {
        Project p = *portfolio().project(m_project);
        p.fundEndYear = 2030;
        TG_VERIFY_OK(portfolio().updateProject(p, analyst()));
        TG_VERIFY_OK(portfolio().addScorecard(
            makeScorecard(m_project, analyst(), QDate(2026, 5, 14), uniformScores(4)), analyst()));
        // 2026: 6.27 years to profitable cost is past 2030 - 2026 = 4.
        QVERIFY(summary(m_project).redFlags.contains(QStringLiteral("cost-after-fund-end")));
        const QString file = portfolio().path();
        m_portfolio.reset();

        Clock::setFixed(QDateTime(QDate(2020, 1, 2), QTime(9, 0), Qt::UTC));
        m_portfolio = openPortfolio(file);
        QVERIFY(m_portfolio);
        // 2020: ten years to the fund's end, so the flag is gone.
        QVERIFY(!summary(m_project).redFlags.contains(QStringLiteral("cost-after-fund-end")));
        verifyCachedEvaluation(m_project);
    }
};

QTEST_GUILESS_MAIN(TestStorageScorecards)
#include "TestStorageScorecards.moc"
