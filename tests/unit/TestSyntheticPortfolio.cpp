#include "domain/Segment.h"
#include "sample/SyntheticPortfolio.h"
#include "scoring/CostModel.h"
#include "scoring/DefaultTemplate.h"
#include "scoring/ProjectEvaluation.h"

#include <QElapsedTimer>
#include <QMap>
#include <QSet>
#include <QTest>

using namespace tollgate;

namespace
{

const QDate kToday(2026, 11, 30);

QString text(const std::optional<double>& v)
{
    return v ? QString::number(*v, 'g', 17) : QStringLiteral("-");
}

// Every field the generator fills, as one line per project, so two documents can be compared
// whole and a difference shows where it is.
QStringList fingerprint(const PortfolioDocument& doc)
{
    QStringList lines;
    for (const ProjectBundle& b : doc.projects) {
        const Project& p = b.project;
        QStringList f{QString::number(p.id),
                      p.name,
                      p.segmentKey,
                      stageKey(p.stage),
                      p.round,
                      QString::number(p.valuationCny.value_or(-1)),
                      QString::number(p.askCny.value_or(-1)),
                      p.city,
                      QString::number(p.foundedYear.value_or(-1)),
                      p.description,
                      p.tags.join(u';'),
                      p.leadAnalyst,
                      p.exitRoute,
                      QString::number(p.expectedExitYear.value_or(-1)),
                      QString::number(p.fundEndYear.value_or(-1)),
                      p.dominantIncumbent ? QStringLiteral("D") : QStringLiteral("-"),
                      p.created.toString(Qt::ISODate),
                      p.updated.toString(Qt::ISODate)};
        for (const Scorecard& s : b.scorecards) {
            f << s.analyst << s.date.toString(Qt::ISODate);
            for (auto it = s.entries.cbegin(); it != s.entries.cend(); ++it)
                f << it.key() + u'=' + QString::number(it->score.value_or(-1)) +
                         confidenceKey(it->confidence);
            f << text(s.market.tamCny) << text(s.market.samCny) << text(s.market.cagr)
              << QString::number(s.market.payers.value_or(-1));
            f << text(s.cost.unitCost) << text(s.cost.price) << text(s.cost.targetMargin)
              << text(s.cost.volume) << text(s.cost.cumulative) << text(s.cost.volumeGrowth)
              << text(s.cost.learningRate) << text(s.cost.priceErosion)
              << text(s.cost.horizonYears);
        }
        lines.append(f.join(u'|'));
    }
    return lines;
}

QMap<QString, int> countBy(const PortfolioDocument& doc,
                           const std::function<QString(const ProjectBundle&)>& key)
{
    QMap<QString, int> counts;
    for (const ProjectBundle& b : doc.projects)
        ++counts[key(b)];
    return counts;
}

Verdict verdictOf(const Template& t, const ProjectBundle& b)
{
    return evaluateProject(t, b.project, b.scorecards, kToday.year()).evaluation.verdict;
}

} // namespace

class TestSyntheticPortfolio : public QObject
{
    Q_OBJECT

private slots:
    void zeroOrNegativeCountGivesAnEmptyDocument()
    {
        QVERIFY(generateSyntheticPortfolio(0, 1, kToday).projects.isEmpty());
        QVERIFY(generateSyntheticPortfolio(-5, 1, kToday).projects.isEmpty());
    }

    void givesCountProjectsWithOneScorecardEachAndNoMeetings()
    {
        const PortfolioDocument doc = generateSyntheticPortfolio(500, 7, kToday);
        QCOMPARE(doc.projects.size(), 500);
        QVERIFY(doc.meetings.isEmpty());
        for (int i = 0; i < doc.projects.size(); ++i) {
            const ProjectBundle& b = doc.projects.at(i);
            QCOMPARE(b.project.id, qint64(i + 1)); // document ids link scorecards and meetings
            QCOMPARE(b.scorecards.size(), 1);
            QCOMPARE(b.scorecards.first().analyst, b.project.leadAnalyst);
        }
    }

    void sameSeedGivesTheSameDocument()
    {
        const QStringList a = fingerprint(generateSyntheticPortfolio(300, 42, kToday));
        const QStringList b = fingerprint(generateSyntheticPortfolio(300, 42, kToday));
        QCOMPARE(a, b);
    }

    void differentSeedGivesADifferentDocument()
    {
        const QStringList a = fingerprint(generateSyntheticPortfolio(300, 42, kToday));
        const QStringList b = fingerprint(generateSyntheticPortfolio(300, 43, kToday));
        QCOMPARE(a.size(), b.size());
        int same = 0;
        for (int i = 0; i < a.size(); ++i)
            same += a[i] == b[i] ? 1 : 0;
        QCOMPARE(same, 0);
    }

    void aLongerRunStartsWithTheShorterOne()
    {
        // A project depends only on the seed and its position, so N=100 is a prefix of N=200.
        const QStringList shorter = fingerprint(generateSyntheticPortfolio(100, 9, kToday));
        const QStringList longer = fingerprint(generateSyntheticPortfolio(200, 9, kToday));
        QCOMPARE(longer.mid(0, 100), shorter);
    }

    void fieldsAreFilledAndPlausible()
    {
        const PortfolioDocument doc = generateSyntheticPortfolio(2000, 3, kToday);
        QSet<QString> segmentKeys;
        for (const Segment& s : defaultSegments())
            segmentKeys.insert(s.key);
        const QDateTime endOfToday(kToday, QTime(23, 59, 59), Qt::UTC);
        for (const ProjectBundle& b : doc.projects) {
            const Project& p = b.project;
            QVERIFY2(p.name.contains(u' ') && p.name.size() >= 6, qPrintable(p.name));
            QVERIFY(p.name.at(0).unicode() >= 0x4E00); // starts with its Chinese name
            QVERIFY(segmentKeys.contains(p.segmentKey));
            QVERIFY(!p.round.isEmpty() && !p.city.isEmpty() && !p.description.isEmpty());
            QVERIFY(!p.tags.isEmpty() && !p.leadAnalyst.isEmpty() && !p.exitRoute.isEmpty());
            QVERIFY(*p.valuationCny > 0);
            QVERIFY(*p.askCny > 0 && *p.askCny < *p.valuationCny);
            QVERIFY(*p.foundedYear < kToday.year() && *p.foundedYear > kToday.year() - 15);
            QVERIFY(*p.fundEndYear >= 2029 && *p.fundEndYear <= 2034);
            QVERIFY(p.created.isValid() && p.created <= p.updated && p.updated <= endOfToday);
            const Scorecard& s = b.scorecards.first();
            QVERIFY(s.date >= p.created.date() && s.date <= p.updated.date());
            QVERIFY(*s.market.tamCny > 0);
            QVERIFY(*s.market.samCny <= *s.market.tamCny);
            QVERIFY(*s.market.payers > 0);
        }
    }

    void allScoresAreIntegersZeroToFive()
    {
        const PortfolioDocument doc = generateSyntheticPortfolio(3000, 11, kToday);
        const Template t = defaultTemplate();
        for (const ProjectBundle& b : doc.projects) {
            for (auto it = b.scorecards.first().entries.cbegin();
                 it != b.scorecards.first().entries.cend(); ++it) {
                QVERIFY2(t.criterion(it.key()), qPrintable(it.key()));
                QVERIFY(it->score.has_value()); // an open criterion has no entry at all
                QVERIFY(*it->score >= 0 && *it->score <= 5);
                QVERIFY(it->confidence != Confidence::Unset);
            }
        }
    }

    void allCostInputsAreValid()
    {
        const PortfolioDocument doc = generateSyntheticPortfolio(3000, 12, kToday);
        int reached = 0;
        for (const ProjectBundle& b : doc.projects) {
            const Result<CostParams> params = validateCostInputs(b.scorecards.first().cost);
            QVERIFY2(params.ok(), qPrintable(params.ok() ? QString() : params.error().message));
            reached += yearsToProfitableCost(*params) ? 1 : 0;
        }
        // Some reach a profitable cost within the horizon and some do not.
        QVERIFY(reached > 300 && reached < 2700);
    }

    void segmentsAndStagesAreSpreadLikeTheInterview()
    {
        const PortfolioDocument doc = generateSyntheticPortfolio(5000, 5, kToday);
        const auto bySegment =
            countBy(doc, [](const ProjectBundle& b) { return b.project.segmentKey; });
        QCOMPARE(bySegment.size(), defaultSegments().size());
        // The open opportunities are seen more often than optical computing or EDA.
        QVERIFY(bySegment.value(QStringLiteral("sensors")) >
                2 * bySegment.value(QStringLiteral("optical-computing")));
        QVERIFY(bySegment.value(QStringLiteral("equipment-parts")) >
                bySegment.value(QStringLiteral("eda-ip")));

        const auto byStage =
            countBy(doc, [](const ProjectBundle& b) { return stageKey(b.project.stage); });
        QCOMPARE(byStage.size(), stageKeys().size());
        for (const int n : byStage)
            QVERIFY(n >= 100);
    }

    void everyVerdictOccursInAPlausibleShare()
    {
        const PortfolioDocument doc = generateSyntheticPortfolio(5000, 5, kToday);
        const Template t = defaultTemplate();
        const auto byVerdict =
            countBy(doc, [&t](const ProjectBundle& b) { return verdictKey(verdictOf(t, b)); });
        QStringList shares;
        for (const Verdict v : {Verdict::Incomplete, Verdict::Pursue, Verdict::MarketGap,
                                Verdict::CostGap, Verdict::Decline}) {
            const int n = byVerdict.value(verdictKey(v));
            shares.append(verdictKey(v) + u' ' + QString::number(n));
            QVERIFY2(n >= 150 && n <= 2500, qPrintable(shares.last()));
        }
        qInfo("verdicts of 5000: %s", qPrintable(shares.join(QStringLiteral(", "))));
    }

    void computeChipsPassTheCostQuestionLessOftenThanSensors()
    {
        const PortfolioDocument doc = generateSyntheticPortfolio(5000, 21, kToday);
        const Template t = defaultTemplate();
        QMap<QString, int> total;
        QMap<QString, int> pursued;
        for (const ProjectBundle& b : doc.projects) {
            ++total[b.project.segmentKey];
            if (verdictOf(t, b) == Verdict::Pursue)
                ++pursued[b.project.segmentKey];
        }
        const auto rate = [&](const char16_t* key) {
            const QString k = QString::fromUtf16(key);
            return double(pursued.value(k)) / total.value(k);
        };
        QVERIFY(rate(u"sensors") > rate(u"compute-chips"));
        QVERIFY(rate(u"smart-terminals") > rate(u"optical-computing"));
    }

    void oneHundredThousandProjects()
    {
        // SPEC §9's load: the generator itself is a small part of `sample --projects 100000`.
        QElapsedTimer timer;
        timer.start();
        const PortfolioDocument doc = generateSyntheticPortfolio(100000, 1, kToday);
        const qint64 ms = timer.elapsed();
        QCOMPARE(doc.projects.size(), 100000);
        QSet<QString> names;
        for (const ProjectBundle& b : doc.projects)
            names.insert(b.project.name);
        QVERIFY(names.size() > 90000); // mostly distinct names, so search has work to do
        qInfo("generated 100000 projects in %lld ms", ms);
    }
};

QTEST_GUILESS_MAIN(TestSyntheticPortfolio)
#include "TestSyntheticPortfolio.moc"
