#include "FormDriver.h"

#include "core/Clock.h"
#include "scorecard/AggregateModel.h"
#include "scorecard/AggregateView.h"
#include "scorecard/EvaluationBanner.h"
#include "scorecard/ScorecardListModel.h"
#include "scorecard/ScorecardPage.h"
#include "session/Session.h"
#include "storage/Portfolio.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <memory>

using namespace tollgate;
using namespace tollgate::test;

namespace
{

const QString kAlice = QStringLiteral("Alice");
const QString kBob = QStringLiteral("Bob");

void pinClock(const QDate& day)
{
    Clock::setFixed(QDateTime(day, QTime(9, 0), Qt::UTC));
}

} // namespace

// The scorecard page over a real temporary database: every change made through the form's
// controls is checked in the file through a second, independent connection, as another
// process would see it.
class TestScorecardPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_projectId = 0;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ScorecardPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_listTester;
    std::unique_ptr<QAbstractItemModelTester> m_aggregateTester;
    ConflictChoice m_choice = ConflictChoice::Reload;
    int m_conflicts = 0;
    QStringList m_errors;
    int m_run = 0;

    ScorecardForm* form() const { return m_page->form(); }
    Portfolio& portfolio() const { return m_session->portfolio(); }

    // What is in the file now, read through a connection of its own.
    QList<Scorecard> storedScorecards() const
    {
        Result<std::unique_ptr<Portfolio>> other = Portfolio::open(m_path, OpenMode::ExistingOnly);
        if (!other.ok())
            qFatal("cannot reopen the test database: %s", qPrintable(other.error().message));
        Result<QList<Scorecard>> cards = (*other)->scorecards(m_projectId);
        if (!cards.ok())
            qFatal("cannot read scorecards: %s", qPrintable(cards.error().message));
        return *cards;
    }

    std::optional<Scorecard> storedOf(const QString& analyst) const
    {
        std::optional<Scorecard> latest;
        for (const Scorecard& s : storedScorecards())
            if (s.analyst == analyst &&
                (!latest || s.date > latest->date || (s.date == latest->date && s.id > latest->id)))
                latest = s;
        return latest;
    }

    ProjectSummary storedSummary() const
    {
        Result<std::unique_ptr<Portfolio>> other = Portfolio::open(m_path, OpenMode::ExistingOnly);
        Result<QList<ProjectSummary>> all = (*other)->projectSummaries();
        for (const ProjectSummary& s : *all)
            if (s.id == m_projectId)
                return s;
        qFatal("project missing");
    }

    // Another analyst's scorecard, stored directly as their own app would.
    qint64 addScorecardOf(const QString& analyst, const QList<int>& scores)
    {
        Scorecard s;
        s.projectId = m_projectId;
        s.analyst = analyst;
        s.date = Clock::today();
        for (int i = 0; i < scores.size(); ++i)
            if (scores[i] >= 0)
                s.entries[criterionKeys().at(i)].score = scores[i];
        Result<qint64> id = portfolio().addScorecard(s, analyst);
        if (!id.ok())
            qFatal("%s", qPrintable(id.error().message));
        m_session->notifyProjectChanged(m_projectId);
        return *id;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        pinClock(QDate(2026, 6, 1));
        m_path = m_dir.filePath(QStringLiteral("page-%1.tollgate").arg(++m_run));
        Result<std::unique_ptr<Portfolio>> opened =
            Portfolio::open(m_path, OpenMode::CreateIfMissing);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        Project p;
        p.name = QStringLiteral("触联科技 TactiLink");
        p.segmentKey = QStringLiteral("sensors");
        p.stage = Stage::Screening;
        p.leadAnalyst = kAlice;
        p.fundEndYear = 2030;
        p.expectedExitYear = 2031;
        Result<qint64> id = (*opened)->createProject(p, kAlice);
        QVERIFY(id.ok());
        m_projectId = *id;

        m_session = std::make_unique<Session>(std::move(*opened), kAlice);
        m_page = std::make_unique<ScorecardPage>(m_session.get());
        m_conflicts = 0;
        m_errors.clear();
        m_page->setConflictResolver([this](const Scorecard&, const Error&) {
            ++m_conflicts;
            return m_choice;
        });
        m_page->setErrorReporter([this](const Error& e) { m_errors.append(e.message); });
        m_listTester = std::make_unique<QAbstractItemModelTester>(
            m_page->scorecardListModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_aggregateTester = std::make_unique<QAbstractItemModelTester>(
            m_page->aggregateView()->model(),
            QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->setProject(m_projectId);
        m_page->resize(1280, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_listTester.reset();
        m_aggregateTester.reset();
        m_page.reset();
        m_session.reset();
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
        Clock::setFixed(QDateTime());
    }

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

    void twoAnalystsShowMeanSpreadAndDisagreement()
    {
        scoreAll(form(), {4, 3, 5, 3, 3, 4, 2, 3, 3, 3, 3, 3});
        addScorecardOf(kBob, {4, 3, 2, 3, 3, 4, 3, 3, 3, 3, 3, 3});

        AggregateModel* model = m_page->aggregateView()->model();
        QCOMPARE(model->columnCount(), AggregateModel::FirstAnalystColumn + 2);
        const int m3 = model->rowOf(QStringLiteral("M3"));
        const auto value = [&](int row, int column, int role) {
            return model->data(model->index(row, column), role);
        };
        QCOMPARE(value(m3, AggregateModel::MeanColumn, AggregateModel::ValueRole), 3.5);
        QCOMPARE(value(m3, model->columnOf(kAlice), AggregateModel::ValueRole), 5.0);
        QCOMPARE(value(m3, model->columnOf(kBob), AggregateModel::ValueRole), 2.0);
        QCOMPARE(value(m3, AggregateModel::SpreadColumn, AggregateModel::ValueRole), 3.0);
        QVERIFY(value(m3, AggregateModel::SpreadColumn, AggregateModel::DisagreementRole).toBool());
        const int c1 = model->rowOf(QStringLiteral("C1"));
        QVERIFY(
            !value(c1, AggregateModel::SpreadColumn, AggregateModel::DisagreementRole).toBool());
        QCOMPARE(value(c1, AggregateModel::MeanColumn, AggregateModel::ValueRole), 2.5);

        // The project's verdict is the aggregate's, in the view and in the file.
        const ProjectSummary summary = storedSummary();
        QCOMPARE(*summary.market, 100.0 * 20.5 / 30);
        QCOMPARE(*summary.cost, 100.0 * 17.5 / 30);
        QCOMPARE(summary.verdict, Verdict::CostGap);
        QVERIFY(m_page->aggregateView()->banner()->marketLabel()->text().contains(
            QStringLiteral("68.3")));

        // An edit of one's own score moves the aggregate at once.
        clickScore(form(), QStringLiteral("M3"), 3);
        QVERIFY(
            !value(m3, AggregateModel::SpreadColumn, AggregateModel::DisagreementRole).toBool());
        QCOMPARE(value(m3, AggregateModel::MeanColumn, AggregateModel::ValueRole), 2.5);
    }

    void othersScorecardsAreReadOnly()
    {
        clickScore(form(), QStringLiteral("M1"), 4);
        const qint64 bobs = addScorecardOf(kBob, {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1});
        QCOMPARE(m_page->scorecardListModel()->rowCount(), 2);

        const int row = m_page->scorecardListModel()->rowOf(bobs);
        QTableView* table = m_page->scorecardTable();
        m_page->tabs()->setCurrentIndex(1);
        const QRect cell = table->visualRect(m_page->scorecardListModel()->index(row, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(m_page->tabs()->currentWidget(), form());
        QVERIFY(form()->isReadOnly());
        QCOMPARE(form()->scorecard().id, bobs);
        QCOMPARE(form()->scorecard().score(QStringLiteral("M1")), std::optional<int>(1));

        const int steps = m_session->undoStack()->count();
        clickScore(form(), QStringLiteral("M1"), 5);
        typeInto(form(), QStringLiteral("price"), QStringLiteral("100"));
        QCOMPARE(m_session->undoStack()->count(), steps);
        std::optional<Scorecard> bob = storedOf(kBob);
        QCOMPARE(bob->score(QStringLiteral("M1")), std::optional<int>(1));
        QVERIFY(!bob->cost.price);

        QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("backToOwnButton")),
                          Qt::LeftButton);
        QVERIFY(!form()->isReadOnly());
        QCOMPARE(form()->scorecard().analyst, kAlice);
        QCOMPARE(form()->scorecard().score(QStringLiteral("M1")), std::optional<int>(4));
    }

    void newScreeningKeepsTheOldScorecard()
    {
        clickScore(form(), QStringLiteral("M1"), 4);
        const qint64 first = storedOf(kAlice)->id;

        pinClock(QDate(2026, 9, 15));
        QTest::mouseClick(m_page->newScreeningButton(), Qt::LeftButton);
        QList<Scorecard> stored = storedScorecards();
        QCOMPARE(stored.size(), 2);
        const std::optional<Scorecard> latest = storedOf(kAlice);
        QVERIFY(latest->id != first);
        QCOMPARE(latest->date, QDate(2026, 9, 15));
        QCOMPARE(latest->score(QStringLiteral("M1")), std::optional<int>(4)); // starts as a copy
        QCOMPARE(m_page->shownScorecardId(), latest->id);

        clickScore(form(), QStringLiteral("M1"), 2); // edits go to the new screening
        for (const Scorecard& s : storedScorecards())
            QCOMPARE(s.score(QStringLiteral("M1")), std::optional<int>(s.id == first ? 4 : 2));
        QCOMPARE(m_page->scorecardListModel()->rowCount(), 2);

        // Undoing the edit and the new screening leaves the first one as it was.
        m_session->undoStack()->undo();
        m_session->undoStack()->undo();
        stored = storedScorecards();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored[0].id, first);
        QCOMPARE(stored[0].score(QStringLiteral("M1")), std::optional<int>(4));
        QCOMPARE(m_page->shownScorecardId(), first);
    }

    void conflictAsksReloadOrOverwrite()
    {
        clickScore(form(), QStringLiteral("M1"), 3);
        const auto changeElsewhere = [this](const QString& key, int score) {
            Result<std::unique_ptr<Portfolio>> other =
                Portfolio::open(m_path, OpenMode::ExistingOnly);
            Scorecard s = *(*other)->scorecard(storedOf(kAlice)->id);
            s.entries[key].score = score;
            QVERIFY((*other)->updateScorecard(s, kAlice).ok());
        };

        // Reload: this change is dropped and the form shows what is stored.
        changeElsewhere(QStringLiteral("M1"), 1);
        m_choice = ConflictChoice::Reload;
        clickScore(form(), QStringLiteral("M2"), 4);
        QCOMPARE(m_conflicts, 1);
        std::optional<Scorecard> stored = storedOf(kAlice);
        QCOMPARE(stored->score(QStringLiteral("M1")), std::optional<int>(1));
        QVERIFY(!stored->score(QStringLiteral("M2")));
        QCOMPARE(form()->scorecard().score(QStringLiteral("M1")), std::optional<int>(1));
        QVERIFY(!form()->scorecard().score(QStringLiteral("M2")));

        // Overwrite: this change is stored over the other one.
        changeElsewhere(QStringLiteral("M1"), 0);
        m_choice = ConflictChoice::Overwrite;
        clickScore(form(), QStringLiteral("M2"), 4);
        QCOMPARE(m_conflicts, 2);
        stored = storedOf(kAlice);
        QCOMPARE(stored->score(QStringLiteral("M2")), std::optional<int>(4));
        QCOMPARE(stored->score(QStringLiteral("M1")), std::optional<int>(1));
    }

    void screenshotsOfTheFormAndTheAggregate()
    {
        m_page->resize(1366, 768);
        form()->setChinese(true);
        scoreAll(form(), specExampleScores());
        typeInto(form(), QStringLiteral("tam_cny"), QStringLiteral("32亿"));
        typeSpecExampleCost(form());
        addScorecardOf(QStringLiteral("陈思远"), {4, 4, 2, 3, 1, 4, 2, 3, 1, 2, 1, 3});
        addScorecardOf(kBob, {5, 3, 4, 3, 2, 4, 3, 2, 1, 2, 2, 3});
        QTest::qWait(50);
        const QImage formImage = m_page->grab().toImage();
        QVERIFY(formImage.save(QDir::temp().filePath(QStringLiteral("tollgate-page-form.png"))));
        m_page->tabs()->setCurrentIndex(1);
        QTest::qWait(50);
        const QImage aggregateImage = m_page->grab().toImage();
        QVERIFY(aggregateImage.save(
            QDir::temp().filePath(QStringLiteral("tollgate-page-aggregate.png"))));
        QCOMPARE(aggregateImage.size(), QSize(1366, 768));
        QVERIFY(formImage != aggregateImage);
    }
};

QTEST_MAIN(TestScorecardPage)
#include "TestScorecardPage.moc"
