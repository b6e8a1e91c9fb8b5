#include "ScorecardPageFixture.h"

using namespace tollgate;
using namespace tollgate::test;

// One analyst editing their scorecard: stored at once, validated at the field, undoable.
class TestScorecardPage : public ScorecardPageFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void firstEditStoresANewScorecardAtOnce()
    {
        QVERIFY(storedScorecards().isEmpty());
        QCOMPARE(m_page->shownScorecardId(), 0);
        QVERIFY(!form()->isReadOnly());

        clickScore(form(), QStringLiteral("M3"), 4);
        const QList<Scorecard> stored = storedScorecards();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored[0].analyst, kAlice);
        QCOMPARE(stored[0].date, QDate(2026, 6, 1));
        QCOMPARE(stored[0].score(QStringLiteral("M3")), std::optional<int>(4));
        QCOMPARE(m_page->shownScorecardId(), stored[0].id);
        QCOMPARE(m_session->undoStack()->count(), 1);

        // Later edits change that scorecard; they do not add more.
        clickScore(form(), QStringLiteral("M4"), 2);
        QCOMPARE(storedScorecards().size(), 1);
        QCOMPARE(storedOf(kAlice)->score(QStringLiteral("M4")), std::optional<int>(2));
        QCOMPARE(m_session->undoStack()->count(), 2);
    }

    // SPEC §8's example through the controls: the project's stored verdict is a cost gap, and
    // everything typed is in the file when it is opened again.
    void specExampleIsStoredWithItsVerdict()
    {
        scoreAll(form(), specExampleScores());
        typeInto(form(), QStringLiteral("tam_cny"), QStringLiteral("3.2e9"));
        typeSpecExampleCost(form());
        QCOMPARE(form()->evaluation().verdict, Verdict::CostGap);

        const ProjectSummary summary = storedSummary();
        QCOMPARE(summary.verdict, Verdict::CostGap);
        QCOMPARE(*summary.market, 66.66666666666667);
        QCOMPARE(*summary.cost, 40.0);
        QCOMPARE(std::round(*summary.yearsToProfitableCost * 10000) / 10000, 6.2709);
        QCOMPARE(m_page->aggregateView()->banner()->verdictLabel()->property("verdict").toString(),
                 QStringLiteral("cost-gap"));

        // Close everything and open the file afresh.
        m_listTester.reset();
        m_aggregateTester.reset();
        m_page.reset();
        m_session.reset();
        const std::optional<Scorecard> stored = storedOf(kAlice);
        QVERIFY(stored);
        for (int i = 0; i < 12; ++i)
            QCOMPARE(stored->score(criterionKeys()[i]), std::optional<int>(specExampleScores()[i]));
        QCOMPARE(stored->market.tamCny, std::optional<double>(3.2e9));
        QCOMPARE(stored->cost.unitCost, std::optional<double>(120));
        QCOMPARE(stored->cost.targetMargin, std::optional<double>(0.3));
        QCOMPARE(stored->cost.volume, std::optional<double>(10000));
        QCOMPARE(stored->cost.learningRate, std::optional<double>(0.82));
        QCOMPARE(stored->cost.horizonYears, std::optional<double>(10));
    }

    void knockoutAtZeroDeclinesTheProject()
    {
        scoreAll(form(), QList<int>(12, 4));
        QCOMPARE(storedSummary().verdict, Verdict::Pursue);
        clickScore(form(), QStringLiteral("C3"), 0);
        QCOMPARE(storedSummary().verdict, Verdict::Decline);
        QCOMPARE(form()->evaluation().knockouts, QStringList{QStringLiteral("C3")});
    }

    void badCostInputIsMarkedAndNotStored()
    {
        typeInto(form(), QStringLiteral("unit_cost"), QStringLiteral("120"));
        QCOMPARE(storedOf(kAlice)->cost.unitCost, std::optional<double>(120));
        const int steps = m_session->undoStack()->count();

        typeInto(form(), QStringLiteral("unit_cost"), QStringLiteral("-5"));
        typeInto(form(), QStringLiteral("learning_rate"), QStringLiteral("1.3"));
        typeInto(form(), QStringLiteral("target_margin"), QStringLiteral("abc"));
        QVERIFY(form()->inputField(QStringLiteral("unit_cost"))->hasError());
        QVERIFY(form()->inputField(QStringLiteral("learning_rate"))->hasError());
        QVERIFY(form()->inputField(QStringLiteral("target_margin"))->hasError());
        QCOMPARE(m_session->undoStack()->count(), steps);
        std::optional<Scorecard> stored = storedOf(kAlice);
        QCOMPARE(stored->cost.unitCost, std::optional<double>(120));
        QVERIFY(!stored->cost.learningRate);
        QVERIFY(!stored->cost.targetMargin);

        // The rest of the form keeps storing, and the marks stay after the refresh.
        typeInto(form(), QStringLiteral("price"), QStringLiteral("100"));
        clickScore(form(), QStringLiteral("C1"), 2);
        stored = storedOf(kAlice);
        QCOMPARE(stored->cost.price, std::optional<double>(100));
        QCOMPARE(stored->score(QStringLiteral("C1")), std::optional<int>(2));
        QCOMPARE(stored->cost.unitCost, std::optional<double>(120));
        QVERIFY(form()->inputField(QStringLiteral("unit_cost"))->hasError());
        QCOMPARE(form()->inputField(QStringLiteral("unit_cost"))->lineEdit()->text(),
                 QStringLiteral("-5"));
    }

    void undoAndRedoAScoreChange()
    {
        QUndoStack* stack = m_session->undoStack();
        clickScore(form(), QStringLiteral("M1"), 3);
        clickScore(form(), QStringLiteral("M1"), 5);
        QCOMPARE(storedOf(kAlice)->score(QStringLiteral("M1")), std::optional<int>(5));

        stack->undo();
        QCOMPARE(storedOf(kAlice)->score(QStringLiteral("M1")), std::optional<int>(3));
        QVERIFY(
            form()->criterionEditor(QStringLiteral("M1"))->scoreSelector()->button(3)->isChecked());
        QCOMPARE(form()->scorecard().score(QStringLiteral("M1")), std::optional<int>(3));

        stack->undo(); // the first edit created the scorecard: undoing it removes it
        QVERIFY(storedScorecards().isEmpty());
        QCOMPARE(m_page->shownScorecardId(), 0);
        QVERIFY(form()
                    ->criterionEditor(QStringLiteral("M1"))
                    ->scoreSelector()
                    ->button(-1)
                    ->isChecked());

        stack->redo();
        QCOMPARE(storedOf(kAlice)->score(QStringLiteral("M1")), std::optional<int>(3));
        stack->redo(); // follows the scorecard to its new id
        QCOMPARE(storedOf(kAlice)->score(QStringLiteral("M1")), std::optional<int>(5));
        QCOMPARE(storedScorecards().size(), 1);
        QVERIFY(
            form()->criterionEditor(QStringLiteral("M1"))->scoreSelector()->button(5)->isChecked());
        QVERIFY(!stack->canRedo());
    }

    void evidenceTypingIsOneUndoStep()
    {
        clickScore(form(), QStringLiteral("M3"), 5);
        QUndoStack* stack = m_session->undoStack();
        const int steps = stack->count();
        EvidenceEdit* evidence = form()->criterionEditor(QStringLiteral("M3"))->evidenceEdit();
        evidence->setIdleCommitDelay(20);
        evidence->setFocus();
        commitText(evidence, QStringLiteral("出口管制后"));
        // A pause in typing stores what is there, so a crash loses nothing typed before it.
        QTRY_COMPARE(storedOf(kAlice)->entries.value(QStringLiteral("M3")).evidence,
                     QStringLiteral("出口管制后"));
        commitText(evidence, QStringLiteral("，国内无替代"));
        form()->inputField(QStringLiteral("price"))->lineEdit()->setFocus(); // leave the field
        QCOMPARE(storedOf(kAlice)->entries.value(QStringLiteral("M3")).evidence,
                 QStringLiteral("出口管制后，国内无替代"));
        QCOMPARE(stack->count(), steps + 1);

        stack->undo();
        QCOMPARE(storedOf(kAlice)->entries.value(QStringLiteral("M3")).evidence, QString());
        QCOMPARE(evidence->toPlainText(), QString());
        QCOMPARE(storedOf(kAlice)->score(QStringLiteral("M3")), std::optional<int>(5));
    }
};

QTEST_MAIN(TestScorecardPage)
#include "TestScorecardPage.moc"
