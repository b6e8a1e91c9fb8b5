#include "StorageFixtures.h"

#include "core/Clock.h"
#include "sample/BundledSample.h"
#include "sample/SyntheticPortfolio.h"
#include "scoring/ProjectEvaluation.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tollgate;
using namespace tollgate::test;

// A full re-scoring (after a gate or weight change, or the turn of a year) writes only the rows
// whose result changed, and a second one reuses what the first read. Whatever path it takes,
// every project must end up exactly as a fresh evaluateProject() scores it.
class TestRescoring : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A database with the bundled sample (several analysts, disagreements, every verdict) and
    // a few hundred synthetic projects (cost models, fund ends), opened for editing.
    std::unique_ptr<Portfolio> makePortfolio(const QString& name)
    {
        std::unique_ptr<Portfolio> p = openPortfolio(m_dir.filePath(name));
        if (!p)
            return nullptr;
        const Result<QList<Segment>> segments = p->segments();
        const Result<Template> t = p->currentTemplate();
        if (!segments || !t)
            return nullptr;
        const Result<PortfolioDocument> sample = bundledSamplePortfolio(*segments, *t);
        if (!sample || !p->importDocument(*sample, analyst()) ||
            !p->importDocument(generateSyntheticPortfolio(400, 7, QDate(2026, 11, 23)), analyst()))
            return nullptr;
        return p;
    }

    // Every stored evaluation equals what the scoring rules give now, field by field.
    static void verifyEveryProjectFresh(Portfolio& p)
    {
        const Result<Template> t = p.currentTemplate();
        TG_VERIFY_OK(t);
        const Result<QList<ProjectSummary>> rows = p.projectSummaries();
        TG_VERIFY_OK(rows);
        QVERIFY(rows->size() > 400);
        const int year = Clock::currentYear();
        for (const ProjectSummary& row : *rows) {
            const Result<Project> project = p.project(row.id);
            TG_VERIFY_OK(project);
            const Result<QList<Scorecard>> cards = p.scorecards(row.id);
            TG_VERIFY_OK(cards);
            const Evaluation e = evaluateProject(*t, *project, *cards, year).evaluation;
            const QByteArray where = "project " + QByteArray::number(row.id);
            QVERIFY2(row.market == e.market, where.constData());
            QVERIFY2(row.cost == e.cost, where.constData());
            QVERIFY2(row.composite == e.composite, where.constData());
            QVERIFY2(row.verdict == e.verdict, where.constData());
            QVERIFY2(row.redFlags == e.redFlags, where.constData());
            QVERIFY2(row.yearsToProfitableCost == e.yearsToProfitableCost, where.constData());
        }
    }

    static QList<Verdict> verdicts(Portfolio& p)
    {
        QList<Verdict> all;
        const Result<QList<ProjectSummary>> rows = p.projectSummaries();
        if (rows) {
            for (const ProjectSummary& row : *rows)
                all << row.verdict;
        }
        return all;
    }

    static Template withGates(Portfolio& p, double market, double cost)
    {
        Template t = *p.currentTemplate();
        t.marketGate = market;
        t.costGate = cost;
        return t;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void gateChangesGiveTheVerdictsOfAFreshEvaluation()
    {
        std::unique_ptr<Portfolio> p = makePortfolio(QStringLiteral("gates.tollgate"));
        QVERIFY(p);
        const QList<Verdict> before = verdicts(*p);
        // The first change reads every scorecard; the next ones reuse what it read.
        TG_VERIFY_OK(p->saveTemplateVersion(withGates(*p, 50, 45), analyst()));
        verifyEveryProjectFresh(*p);
        QVERIFY(verdicts(*p) != before); // the change did reach some verdicts
        TG_VERIFY_OK(p->saveTemplateVersion(withGates(*p, 70, 65), analyst()));
        verifyEveryProjectFresh(*p);
        Template weighted = withGates(*p, 60, 60);
        weighted.criteria[0].weight = 3;
        weighted.criteria[7].weight = 0.5;
        weighted.criteria[3].knockout = true;
        TG_VERIFY_OK(p->saveTemplateVersion(weighted, analyst()));
        verifyEveryProjectFresh(*p);
        // Back to the first template's gates and weights: back to the first verdicts.
        TG_VERIFY_OK(p->saveTemplateVersion(withGates(*p, 60, 60), analyst()));
        Template plain = *p->currentTemplate();
        for (Criterion& c : plain.criteria) {
            c.weight = 1;
            c.knockout = c.key == QLatin1String("M2") || c.key == QLatin1String("C3");
        }
        TG_VERIFY_OK(p->saveTemplateVersion(plain, analyst()));
        QCOMPARE(verdicts(*p), before);
        verifyEveryProjectFresh(*p);
    }

    void reevaluatingTwiceChangesNothing()
    {
        std::unique_ptr<Portfolio> p = makePortfolio(QStringLiteral("twice.tollgate"));
        QVERIFY(p);
        const Result<QList<ProjectSummary>> before = p->projectSummaries();
        TG_VERIFY_OK(before);
        TG_VERIFY_OK(p->reevaluateAll());
        TG_VERIFY_OK(p->reevaluateAll());
        const Result<QList<ProjectSummary>> after = p->projectSummaries();
        TG_VERIFY_OK(after);
        QCOMPARE(after->size(), before->size());
        for (qsizetype i = 0; i < after->size(); ++i) {
            QCOMPARE(after->at(i).verdict, before->at(i).verdict);
            QVERIFY(after->at(i).composite == before->at(i).composite);
            QCOMPARE(after->at(i).updated, before->at(i).updated); // not touched
        }
        verifyEveryProjectFresh(*p);
    }

    // An edit between two re-scorings changes scores the first one read: the second must see it,
    // whether this connection or another one made the edit.
    void editsBetweenRescoringsAreSeen_data()
    {
        QTest::addColumn<bool>("otherConnection");
        QTest::newRow("same connection") << false;
        QTest::newRow("other connection") << true;
    }

    void editsBetweenRescoringsAreSeen()
    {
        QFETCH(bool, otherConnection);
        const QString name =
            otherConnection ? QStringLiteral("other.tollgate") : QStringLiteral("same.tollgate");
        std::unique_ptr<Portfolio> p = makePortfolio(name);
        QVERIFY(p);
        TG_VERIFY_OK(p->saveTemplateVersion(withGates(*p, 55, 55), analyst()));

        std::unique_ptr<Portfolio> other;
        if (otherConnection) {
            other = openPortfolio(m_dir.filePath(name));
            QVERIFY(other);
        }
        Portfolio& editor = otherConnection ? *other : *p;
        const Result<QList<ProjectSummary>> rows = editor.projectSummaries();
        TG_VERIFY_OK(rows);
        int edited = 0;
        for (const ProjectSummary& row : *rows) {
            if (row.verdict != Verdict::Pursue || edited == 5)
                continue;
            Result<QList<Scorecard>> cards = editor.scorecards(row.id);
            TG_VERIFY_OK(cards);
            Scorecard s = cards->last();
            for (auto it = s.entries.begin(); it != s.entries.end(); ++it)
                it->score = 1; // far below both gates
            TG_VERIFY_OK(editor.updateScorecard(s, analyst()));
            ++edited;
        }
        QCOMPARE(edited, 5);

        TG_VERIFY_OK(p->saveTemplateVersion(withGates(*p, 50, 50), analyst()));
        verifyEveryProjectFresh(*p);
    }
};

QTEST_GUILESS_MAIN(TestRescoring)
#include "TestRescoring.moc"
