#include "ScorecardPageFixture.h"

#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>

using namespace tollgate;
using namespace tollgate::test;

// Several analysts, several screenings: the aggregate, read-only views of others, new screenings,
// conflicts with another process.
class TestScorecardAnalysts : public ScorecardPageFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

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

        // Narrow, as in the detail pane beside the project table.
        m_page->tabs()->setCurrentIndex(0);
        m_page->resize(560, 768);
        form()
            ->criterionEditor(QStringLiteral("M1"))
            ->findChild<QToolButton*>(QStringLiteral("M1LevelsToggle"))
            ->click();
        QTest::qWait(50);
        QVERIFY(m_page->grab().toImage().save(
            QDir::temp().filePath(QStringLiteral("tollgate-page-form-narrow.png"))));
        auto* scroll = form()->findChild<QScrollArea*>();
        scroll->verticalScrollBar()->setValue(
            form()->findChild<QWidget*>(QStringLiteral("costGroup"))->y());
        QTest::qWait(50);
        QVERIFY(m_page->grab().toImage().save(
            QDir::temp().filePath(QStringLiteral("tollgate-page-cost-narrow.png"))));
        QVERIFY(formImage != aggregateImage);
    }
};

QTEST_MAIN(TestScorecardAnalysts)
#include "TestScorecardAnalysts.moc"
