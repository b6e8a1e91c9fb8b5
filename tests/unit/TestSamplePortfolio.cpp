#include "domain/Segment.h"
#include "sample/BundledSample.h"
#include "scoring/CostModel.h"
#include "scoring/DefaultTemplate.h"
#include "scoring/ProjectEvaluation.h"

#include <QFile>
#include <QMap>
#include <QSet>
#include <QTest>

using namespace tollgate;

namespace
{

// The sample is written as of late November 2026: red flags that compare with "now" (cost after
// the fund's end) are evaluated in that year, as the app did when it was written.
constexpr int kAsOfYear = 2026;
const QDate kLatestDate(2026, 11, 30);

bool hasHan(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

bool hasLatinLetter(const QString& text)
{
    for (const QChar c : text) {
        if ((c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z'))
            return true;
    }
    return false;
}

const ProjectBundle* projectById(const PortfolioDocument& doc, qint64 id)
{
    for (const ProjectBundle& b : doc.projects) {
        if (b.project.id == id)
            return &b;
    }
    return nullptr;
}

} // namespace

class TestSamplePortfolio : public QObject
{
    Q_OBJECT

private:
    Template m_template;
    PortfolioDocument m_doc;
    QMap<qint64, ProjectEvaluation> m_evaluations;

    const Meeting* meetingWithStatus(MeetingStatus status) const
    {
        for (const Meeting& m : m_doc.meetings) {
            if (m.status == status)
                return &m;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        m_template = defaultTemplate();
        Result<PortfolioDocument> doc = bundledSamplePortfolio(defaultSegments(), m_template);
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().message));
        m_doc = std::move(doc).value();
        for (const ProjectBundle& b : m_doc.projects)
            m_evaluations.insert(b.project.id,
                                 evaluateProject(m_template, b.project, b.scorecards, kAsOfYear));
    }

    void fileStaysSmall()
    {
        QFile file(QStringLiteral(":/sample/portfolio.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.size() <= 250 * 1024);
    }

    void aboutFortyProjectsWithDistinctBilingualNames()
    {
        QCOMPARE(m_doc.projects.size(), 40);
        QSet<QString> names;
        for (const ProjectBundle& b : m_doc.projects) {
            const QString& name = b.project.name;
            QVERIFY2(hasHan(name) && hasLatinLetter(name), qPrintable(name));
            names.insert(name);
            QVERIFY(hasHan(b.project.description) && hasHan(b.project.city));
            QVERIFY(!b.project.tags.isEmpty());
            QVERIFY(b.project.valuationCny && b.project.askCny && b.project.fundEndYear);
        }
        QCOMPARE(names.size(), m_doc.projects.size());
    }

    void everySegmentAndStageOccurs()
    {
        QSet<QString> segments;
        QSet<Stage> stages;
        for (const ProjectBundle& b : m_doc.projects) {
            segments.insert(b.project.segmentKey);
            stages.insert(b.project.stage);
        }
        for (const Segment& s : defaultSegments())
            QVERIFY2(segments.contains(s.key), qPrintable(s.key));
        QCOMPARE(stages.size(), stageKeys().size());
    }

    void theOpenOpportunitiesAreTheLargestSegments()
    {
        QMap<QString, int> bySegment;
        for (const ProjectBundle& b : m_doc.projects)
            ++bySegment[b.project.segmentKey];
        const int opportunities = bySegment.value(QStringLiteral("sensors")) +
                                  bySegment.value(QStringLiteral("smart-terminals")) +
                                  bySegment.value(QStringLiteral("equipment-parts")) +
                                  bySegment.value(QStringLiteral("materials"));
        QVERIFY(opportunities * 2 > m_doc.projects.size()); // more than half of the pipeline
        QVERIFY(bySegment.value(QStringLiteral("sensors")) >=
                bySegment.value(QStringLiteral("compute-chips")));
    }

    void verdictsAreAsDocumented()
    {
        // The segments × verdicts table of docs/sample-portfolio.md; change both together.
        // Columns: pursue, market-gap, cost-gap, decline, incomplete.
        const QMap<QString, QList<int>> expected{
            {QStringLiteral("sensors"), {3, 1, 1, 1, 1}},
            {QStringLiteral("equipment-parts"), {2, 1, 1, 0, 1}},
            {QStringLiteral("materials"), {2, 1, 2, 0, 0}},
            {QStringLiteral("equipment"), {1, 1, 1, 1, 0}},
            {QStringLiteral("compute-chips"), {0, 0, 1, 2, 1}},
            {QStringLiteral("chip-design"), {1, 2, 0, 1, 0}},
            {QStringLiteral("eda-ip"), {1, 1, 0, 0, 0}},
            {QStringLiteral("packaging-test"), {0, 0, 1, 0, 1}},
            {QStringLiteral("optical-computing"), {1, 0, 1, 0, 0}},
            {QStringLiteral("smart-terminals"), {2, 1, 1, 1, 0}},
        };
        const QList<Verdict> columns{Verdict::Pursue, Verdict::MarketGap, Verdict::CostGap,
                                     Verdict::Decline, Verdict::Incomplete};
        QMap<QString, QList<int>> actual;
        for (const ProjectBundle& b : m_doc.projects) {
            QList<int>& row = actual[b.project.segmentKey];
            row.resize(columns.size());
            ++row[columns.indexOf(m_evaluations.value(b.project.id).evaluation.verdict)];
        }
        QCOMPARE(actual, expected);
    }

    void declinesIncludeAKnockOut()
    {
        QSet<QString> knockouts;
        for (const ProjectEvaluation& e : m_evaluations) {
            for (const QString& k : e.evaluation.knockouts)
                knockouts.insert(k);
        }
        QVERIFY(knockouts.contains(QStringLiteral("M2")));
        QVERIFY(knockouts.contains(QStringLiteral("C3")));
    }

    void everyRedFlagOccurs()
    {
        QSet<QString> flags;
        for (const ProjectEvaluation& e : m_evaluations) {
            for (const QString& f : e.evaluation.redFlags)
                flags.insert(f);
        }
        for (const QString& id :
             {RedFlag::SubstitutionUnproven, RedFlag::FragmentedMarket, RedFlag::ExportExposure,
              RedFlag::CostAfterFundEnd, RedFlag::ExitAfterFundEnd, RedFlag::DominantIncumbent})
            QVERIFY2(flags.contains(id), qPrintable(id));
    }

    void theGeneralGpuIsTheHardestCase()
    {
        // The interview's example: a general GPU against a >90 % incumbent.
        const auto it = std::find_if(
            m_doc.projects.cbegin(), m_doc.projects.cend(),
            [](const ProjectBundle& b) { return b.project.tags.contains(QStringLiteral("GPU")); });
        QVERIFY(it != m_doc.projects.cend());
        const Evaluation& e = m_evaluations.value(it->project.id).evaluation;
        QCOMPARE(e.verdict, Verdict::Decline);
        QVERIFY(e.redFlags.contains(RedFlag::DominantIncumbent));
        QVERIFY(e.knockouts.contains(QStringLiteral("C3")));
    }

    void threeAnalystsWithAboutSixtyScorecards()
    {
        QSet<QString> analysts;
        QSet<QString> leads;
        int scorecards = 0;
        for (const ProjectBundle& b : m_doc.projects) {
            scorecards += b.scorecards.size();
            for (const Scorecard& s : b.scorecards)
                analysts.insert(s.analyst);
            leads.insert(b.project.leadAnalyst);
        }
        QCOMPARE(analysts.size(), 3);
        QCOMPARE(leads, analysts); // each analyst leads some projects
        QCOMPARE(scorecards, 61);
    }

    void severalProjectsHaveSeveralAnalystsAndSomeDisagree()
    {
        int multiAnalyst = 0;
        int threeAnalysts = 0;
        int disagreeing = 0;
        for (const ProjectEvaluation& e : m_evaluations) {
            const int n = e.aggregate.analysts.size();
            multiAnalyst += n >= 2 ? 1 : 0;
            threeAnalysts += n >= 3 ? 1 : 0;
            const bool disagrees =
                std::any_of(e.aggregate.criteria.cbegin(), e.aggregate.criteria.cend(),
                            [](const CriterionAggregate& c) { return c.disagreement(); });
            disagreeing += disagrees ? 1 : 0;
        }
        QCOMPARE(multiAnalyst, 12); // as docs/sample-portfolio.md says
        QCOMPARE(threeAnalysts, 2);
        QCOMPARE(disagreeing, 6);
    }

    void someProjectsWereReScreened()
    {
        int rescreened = 0;
        for (const ProjectBundle& b : m_doc.projects) {
            QMap<QString, int> perAnalyst;
            for (const Scorecard& s : b.scorecards)
                ++perAnalyst[s.analyst];
            rescreened +=
                std::any_of(perAnalyst.cbegin(), perAnalyst.cend(), [](int n) { return n >= 2; })
                    ? 1
                    : 0;
        }
        QCOMPARE(rescreened, 8);
    }

    void everyScoreHasChineseEvidenceAndAConfidence()
    {
        for (const ProjectBundle& b : m_doc.projects) {
            for (const Scorecard& s : b.scorecards) {
                QVERIFY(s.date.isValid() && s.date <= kLatestDate);
                for (auto it = s.entries.cbegin(); it != s.entries.cend(); ++it) {
                    QVERIFY(m_template.criterion(it.key()));
                    if (!it->score)
                        continue;
                    QVERIFY(*it->score >= 0 && *it->score <= 5);
                    QVERIFY2(hasHan(it->evidence), qPrintable(b.project.name + u' ' + it.key()));
                    QVERIFY(it->confidence != Confidence::Unset);
                }
            }
        }
    }

    void scoredProjectsHaveMarketAndValidCostInputs()
    {
        for (const ProjectBundle& b : m_doc.projects) {
            const ProjectEvaluation& e = m_evaluations.value(b.project.id);
            if (e.evaluation.verdict == Verdict::Incomplete)
                continue;
            QVERIFY(e.primary.has_value());
            QVERIFY(e.primary->market.tamCny && e.primary->market.samCny);
            const Result<CostParams> cost = validateCostInputs(e.primary->cost);
            QVERIFY2(cost.ok(), qPrintable(b.project.name));
            QVERIFY(e.evaluation.costModelGiven);
        }
    }

    void twoMeetingsOneClosedOnePlanned()
    {
        QCOMPARE(m_doc.meetings.size(), 2);
        const Meeting* closed = meetingWithStatus(MeetingStatus::Closed);
        const Meeting* planned = meetingWithStatus(MeetingStatus::Planned);
        QVERIFY(closed && planned);
        QCOMPARE(closed->date, QDate(2026, 9, 18));
        QCOMPARE(planned->date, QDate(2026, 12, 10));
        QVERIFY(closed->attendees.contains(QStringLiteral("王志")));
        QVERIFY(closed->attendees.size() >= 5);
    }

    void theClosedMeetingRecordedEveryDecisionAndVote()
    {
        const Meeting* closed = meetingWithStatus(MeetingStatus::Closed);
        QVERIFY(closed);
        QSet<Decision> decisions;
        for (const AgendaItem& item : closed->agenda) {
            const ProjectBundle* b = projectById(m_doc, item.projectId);
            QVERIFY(b);
            QVERIFY(item.decision != Decision::None);
            decisions.insert(item.decision);
            QVERIFY(hasHan(item.notes));
            QCOMPARE(item.votes.size(), closed->attendees.size());
            for (const QString& attendee : closed->attendees)
                QVERIFY(item.votes.contains(attendee));
            // The pipeline followed the meeting.
            if (item.decision == Decision::Approve)
                QCOMPARE(b->project.stage, Stage::Invested);
            if (item.decision == Decision::Decline)
                QCOMPARE(b->project.stage, Stage::Passed);
        }
        QCOMPARE(decisions.size(), 4); // approve, decline, defer, more diligence
    }

    void thePlannedMeetingHasAnAgendaReadyToPresent()
    {
        const Meeting* planned = meetingWithStatus(MeetingStatus::Planned);
        QVERIFY(planned);
        QVERIFY(planned->agenda.size() >= 4);
        for (const AgendaItem& item : planned->agenda) {
            const ProjectBundle* b = projectById(m_doc, item.projectId);
            QVERIFY(b);
            QVERIFY(!b->scorecards.isEmpty()); // something to show on the big screen
            QCOMPARE(item.decision, Decision::None);
            QVERIFY(item.votes.isEmpty());
        }
    }

    void timesAreConsistent()
    {
        for (const ProjectBundle& b : m_doc.projects) {
            QVERIFY(b.project.created.isValid() && b.project.created <= b.project.updated);
            QVERIFY(b.project.updated.date() <= kLatestDate);
            for (const Scorecard& s : b.scorecards)
                QVERIFY2(s.date <= b.project.updated.date(), qPrintable(b.project.name));
        }
    }
};

QTEST_GUILESS_MAIN(TestSamplePortfolio)
#include "TestSamplePortfolio.moc"
