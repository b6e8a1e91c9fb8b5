#include "sample/SyntheticPortfolio.h"
#include "scoring/DefaultTemplate.h"
#include "storage/CachedEvaluation.h"

#include <QTest>

using namespace tollgate;

Q_DECLARE_METATYPE(Template)

// A bulk import scores every project with CachedEvaluator, which skips what a project row does
// not keep. Its result must be exactly what cachedEvaluation(evaluateProject(...)) gives, for
// every kind of project: one or several analysts, repeated screenings, criteria left open,
// knock-outs, cost inputs valid, invalid or missing, and templates other than the default.
class TestCachedEvaluator : public QObject
{
    Q_OBJECT

private:
    // The synthetic portfolio, reshaped so that projects differ in how they were screened.
    static QList<ProjectBundle> variedProjects()
    {
        const PortfolioDocument doc = generateSyntheticPortfolio(1500, 7, QDate(2026, 11, 23));
        QList<ProjectBundle> projects = doc.projects;
        for (int i = 0; i < projects.size(); ++i) {
            ProjectBundle& bundle = projects[i];
            const Scorecard& other =
                doc.projects.at((i + 1) % doc.projects.size()).scorecards.constFirst();
            switch (i % 6) {
            case 1: // a second analyst, with another project's scores
                bundle.scorecards.append(other);
                bundle.scorecards.last().analyst = QStringLiteral("第二位 analyst");
                break;
            case 2: { // the lead analyst screened again later; the first screening is stale
                Scorecard later = other;
                later.analyst = bundle.scorecards.constFirst().analyst;
                later.date = bundle.scorecards.constFirst().date.addDays(30);
                bundle.scorecards.append(later);
                break;
            }
            case 3: // cost inputs that do not validate count as "not given"
                bundle.scorecards.first().cost.learningRate = 1.5;
                break;
            case 4: // criteria left open, and no lead analyst
                bundle.scorecards.first().entries.remove(QStringLiteral("M5"));
                bundle.scorecards.first().entries.remove(QStringLiteral("C2"));
                bundle.project.leadAnalyst.clear();
                break;
            case 5: // not screened at all
                bundle.scorecards.clear();
                break;
            default:
                break;
            }
        }
        return projects;
    }

private slots:
    void sameAsEvaluateProject_data()
    {
        QTest::addColumn<Template>("scoring");
        QTest::addColumn<int>("year");
        Template t = defaultTemplate();
        t.id = 3;
        QTest::newRow("default template") << t << 2026;
        QTest::newRow("a later year: fund-end flags") << t << 2033;
        Template gates = t;
        gates.marketGate = 55;
        gates.costGate = 70;
        gates.criteria[0].weight = 2.5;
        gates.criteria[7].knockout = !gates.criteria[7].knockout;
        QTest::newRow("other gates, weights and knock-outs") << gates << 2026;
        Template fewer = t;
        fewer.criteria.removeIf([](const Criterion& c) {
            return c.key == QLatin1String("M5") || c.key == QLatin1String("C1");
        });
        QTest::newRow("a template without M5 and C1") << fewer << 2026;
    }

    void sameAsEvaluateProject()
    {
        QFETCH(Template, scoring);
        QFETCH(int, year);
        const CachedEvaluator evaluator(scoring);
        int differing = 0;
        QSet<Verdict> verdicts;
        QSet<QString> flags;
        for (const ProjectBundle& bundle : variedProjects()) {
            const CachedEvaluation expected =
                cachedEvaluation(evaluateProject(scoring, bundle.project, bundle.scorecards, year),
                                 scoring.id, year);
            const CachedEvaluation fast = evaluator(bundle.project, bundle.scorecards, year);
            if (fast != expected && ++differing <= 3)
                qWarning("differs: %s", qPrintable(bundle.project.name));
            verdicts.insert(expected.verdict);
            for (const QString& flag : expected.redFlags)
                flags.insert(flag);
        }
        QCOMPARE(differing, 0);
        // The portfolio exercised every verdict and most flags, so the comparison meant something.
        QCOMPARE(verdicts.size(), 5);
        QVERIFY(flags.size() >= 4);
    }
};

QTEST_GUILESS_MAIN(TestCachedEvaluator)
#include "TestCachedEvaluator.moc"
