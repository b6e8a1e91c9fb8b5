// Blind scoring on the scorecard page: with the database's setting on, an analyst scoring a
// project sees neither another analyst's scorecard nor their share of the aggregate until the
// Submit button is pressed; the table's figures follow the same rule.

#include "GuiTestSupport.h"
#include "ScorecardPageFixture.h"

#include "models/ProjectSummaryLoader.h"

using namespace tollgate;
using namespace tollgate::test;

class TestBlindScoringPage : public ScorecardPageFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init()
    {
        setUp();
        QVERIFY(portfolio().setBlindScoring(true, kAlice).ok());
        addScorecardOf(kBob, QList<int>(12, 5)); // Bob has submitted all 5s
    }
    void cleanup() { tearDown(); }

    void ownDraftHidesTheOthersUntilSubmitted()
    {
        // Before Alice starts, she is not scoring this project: she sees Bob's scorecard.
        QCOMPARE(m_page->scorecardListModel()->rowCount(), 1);
        QVERIFY(!m_page->submitButton()->isVisible());

        // Her first score stores a draft, which hides Bob's work from her.
        clickScore(form(), QStringLiteral("M1"), 1);
        const std::optional<Scorecard> draft = storedOf(kAlice);
        QVERIFY(draft);
        QVERIFY(!draft->submitted);
        QCOMPARE(m_page->scorecardListModel()->rowCount(), 1);
        QCOMPARE(m_page->scorecardListModel()->scorecardId(0), draft->id);
        QCOMPARE(m_page->aggregateView()->model()->aggregate().analysts, QStringList{kAlice});
        QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("scorecardCaption"))
                    ->text()
                    .contains(QStringLiteral("Blind scoring")));
        QVERIFY(m_page->submitButton()->isVisible());
        // The table row she would see carries her scores only: M1 alone leaves M incomplete.
        Result<ProjectSummary> seen = loadProjectSummary(portfolio(), m_projectId, kAlice);
        QVERIFY(seen.ok());
        QVERIFY(!seen->market);
        QVERIFY(loadProjectSummary(portfolio(), m_projectId, kBob)->market.has_value());

        // Submitting reveals Bob's scorecard and the aggregate of both.
        QTest::mouseClick(m_page->submitButton(), Qt::LeftButton);
        QVERIFY(storedOf(kAlice)->submitted);
        QCOMPARE(m_page->scorecardListModel()->rowCount(), 2);
        QCOMPARE(m_page->aggregateView()->model()->aggregate().analysts,
                 (QStringList{kAlice, kBob}));
        QVERIFY(!m_page->submitButton()->isVisible());
        QVERIFY(!m_page->findChild<QLabel*>(QStringLiteral("scorecardCaption"))
                     ->text()
                     .contains(QStringLiteral("Blind scoring")));

        // Further edits keep it submitted, and so does undoing one.
        clickScore(form(), QStringLiteral("M2"), 3);
        m_session->undoStack()->undo();
        QVERIFY(storedOf(kAlice)->submitted);
        QCOMPARE(m_page->scorecardListModel()->rowCount(), 2);
    }

    void aNewScreeningIsADraftAgain()
    {
        clickScore(form(), QStringLiteral("M1"), 2);
        QTest::mouseClick(m_page->submitButton(), Qt::LeftButton);
        QVERIFY(storedOf(kAlice)->submitted);
        pinClock(QDate(2026, 7, 1));
        m_page->startNewScreening();
        QCOMPARE(storedOf(kAlice)->date, QDate(2026, 7, 1));
        QVERIFY(!storedOf(kAlice)->submitted);
        QCOMPARE(m_page->aggregateView()->model()->aggregate().analysts, QStringList{kAlice});
    }
};

QTEST_MAIN(TestBlindScoringPage)
#include "TestBlindScoringPage.moc"
