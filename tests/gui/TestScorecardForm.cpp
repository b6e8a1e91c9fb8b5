#include "FormDriver.h"

#include "charts/CostCurveChartBuilder.h"
#include "core/Clock.h"
#include "scorecard/EvaluationBanner.h"
#include "scoring/DefaultTemplate.h"
#include "scoring/Evaluation.h"

#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QScatterSeries>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace tollgate;
using namespace tollgate::test;

namespace
{

// The project of the SPEC §8 example: fund ends 2030, exit expected 2031.
Project specProject()
{
    Project p;
    p.id = 1;
    p.name = QStringLiteral("触联科技 TactiLink");
    p.fundEndYear = 2030;
    p.expectedExitYear = 2031;
    return p;
}

ScorecardEdit lastEdit(const QSignalSpy& spy)
{
    return spy.last().at(0).value<ScorecardEdit>();
}

} // namespace

Q_DECLARE_METATYPE(tollgate::ScorecardEdit)

class TestScorecardForm : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ScorecardForm> m_form;

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ScorecardEdit>();
        // The as-of year of the SPEC §8 example, so "cost after fund end" is decided as there.
        Clock::setFixed(QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));
    }

    void cleanupTestCase() { Clock::setFixed(QDateTime()); }

    void init()
    {
        m_form = std::make_unique<ScorecardForm>();
        m_form->setChinese(false);
        m_form->setTemplate(defaultTemplate());
        m_form->setProject(specProject());
        Scorecard s;
        s.projectId = 1;
        s.analyst = QStringLiteral("Alice");
        s.date = QDate(2026, 6, 1);
        m_form->setScorecard(s);
        m_form->resize(1100, 760);
        m_form->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_form.get()));
    }

    void cleanup() { m_form.reset(); }

    void startsIncompleteWithTwelveCriteria()
    {
        for (const QString& key : criterionKeys())
            QVERIFY2(m_form->criterionEditor(key), qPrintable(key));
        QCOMPARE(m_form->banner()->verdictLabel()->property("verdict").toString(),
                 QStringLiteral("incomplete"));
        QVERIFY(!m_form->evaluation().market.has_value());
    }

    // SPEC §8 scored through the buttons: M 66.67, C 40, composite 51.64, cost-gap; with the
    // cost inputs typed in, 6.27 years, suggestions M1 3 and C3 1, and the four red flags.
    void specExampleThroughTheControls()
    {
        scoreAll(m_form.get(), specExampleScores());
        const Evaluation e = m_form->evaluation();
        QCOMPARE(*e.market, 66.66666666666667);
        QCOMPARE(*e.cost, 40.0);
        QCOMPARE(*e.composite, 51.63977794943223);
        QCOMPARE(e.verdict, Verdict::CostGap);
        QCOMPARE(m_form->banner()->verdictLabel()->text(), QStringLiteral("Cost gap"));
        QVERIFY(m_form->banner()->marketLabel()->text().contains(QStringLiteral("66.7")));
        QVERIFY(m_form->banner()->costLabel()->text().contains(QStringLiteral("40.0")));
        QVERIFY(m_form->banner()->compositeLabel()->text().contains(QStringLiteral("51.6")));

        typeInto(m_form.get(), QStringLiteral("tam_cny"), QStringLiteral("3.2e9"));
        typeSpecExampleCost(m_form.get());
        const Evaluation full = m_form->evaluation();
        QVERIFY(full.yearsToProfitableCost.has_value());
        QCOMPARE(std::round(*full.yearsToProfitableCost * 10000) / 10000, 6.2709);
        QCOMPARE(full.suggested.value(QStringLiteral("M1")), 3);
        QCOMPARE(full.suggested.value(QStringLiteral("C3")), 1);
        QVERIFY(m_form->yearsLabel()->text().contains(QStringLiteral("6.27")));
        QVERIFY(m_form->criterionEditor(QStringLiteral("M1"))->suggestionLabel()->isVisible());
        QVERIFY(m_form->criterionEditor(QStringLiteral("M1"))
                    ->suggestionLabel()
                    ->text()
                    .contains(QStringLiteral("Suggested: 3")));
        QVERIFY(m_form->criterionEditor(QStringLiteral("C3"))
                    ->suggestionLabel()
                    ->text()
                    .contains(QStringLiteral("Suggested: 1")));
        const QStringList expectedFlags{
            QStringLiteral("cost-after-fund-end"), QStringLiteral("exit-after-fund-end"),
            QStringLiteral("export-exposure"), QStringLiteral("substitution-unproven")};
        QCOMPARE(full.redFlags, expectedFlags);
        QCOMPARE(m_form->banner()->flagsLabel()->property("redFlags").toStringList(),
                 expectedFlags);
        QVERIFY(m_form->banner()->flagsLabel()->text().contains(QStringLiteral("M5 ≤ 1")));
        QCOMPARE(m_form->scorecard().cost.targetMargin, std::optional<double>(0.3));
        QCOMPARE(m_form->scorecard().market.tamCny, std::optional<double>(3.2e9));
    }

    void everyVerdictOfSpecFour()
    {
        scoreAll(m_form.get(), QList<int>(12, 3)); // 60 and 60: both gates pass
        QCOMPARE(m_form->evaluation().verdict, Verdict::Pursue);
        clickScore(m_form.get(), QStringLiteral("M1"), 2); // M 56.7 < 60
        QCOMPARE(m_form->evaluation().verdict, Verdict::MarketGap);
        clickScore(m_form.get(), QStringLiteral("C1"), 2); // both below
        QCOMPARE(m_form->evaluation().verdict, Verdict::Decline);
        clickScore(m_form.get(), QStringLiteral("M1"), 4); // M 63.3, C 56.7
        QCOMPARE(m_form->evaluation().verdict, Verdict::CostGap);
        clickScore(m_form.get(), QStringLiteral("C6"), -1); // one criterion not scored
        QCOMPARE(m_form->evaluation().verdict, Verdict::Incomplete);
        QCOMPARE(m_form->banner()->costLabel()->text().contains(QStringLiteral("—")), true);
    }

    void knockoutAtZeroDeclines()
    {
        scoreAll(m_form.get(), QList<int>(12, 5));
        QCOMPARE(m_form->evaluation().verdict, Verdict::Pursue);
        clickScore(m_form.get(), QStringLiteral("M2"), 0);
        QCOMPARE(m_form->evaluation().verdict, Verdict::Decline);
        QCOMPARE(m_form->evaluation().knockouts, QStringList{QStringLiteral("M2")});
        QCOMPARE(m_form->banner()->verdictLabel()->property("verdict").toString(),
                 QStringLiteral("decline"));
        QVERIFY(m_form->banner()->flagsLabel()->text().contains(QStringLiteral("M2")));
        clickScore(m_form.get(), QStringLiteral("M2"), 1);
        QCOMPARE(m_form->evaluation().verdict, Verdict::Pursue);
    }

    void eachChangeLeavesAsOneEdit()
    {
        QSignalSpy spy(m_form.get(), &ScorecardForm::edited);
        clickScore(m_form.get(), QStringLiteral("M3"), 4);
        QCOMPARE(spy.count(), 1);
        QVERIFY(!lastEdit(spy).before.score(QStringLiteral("M3")).has_value());
        QCOMPARE(lastEdit(spy).after.score(QStringLiteral("M3")), std::optional<int>(4));

        clickScore(m_form.get(), QStringLiteral("M3"), 4); // the same score again: no change
        QCOMPARE(spy.count(), 1);

        QComboBox* confidence = m_form->criterionEditor(QStringLiteral("M3"))->confidenceCombo();
        confidence->setFocus();
        QTest::keyClick(confidence, Qt::Key_Down);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(lastEdit(spy).after.entries.value(QStringLiteral("M3")).confidence,
                 Confidence::Low);

        // Evidence is stored when focus leaves the field, as one edit.
        QPlainTextEdit* evidence =
            m_form->criterionEditor(QStringLiteral("M3"))
                ->findChild<QPlainTextEdit*>(QStringLiteral("M3EvidenceEdit"));
        QVERIFY(evidence);
        evidence->setFocus();
        commitText(evidence, QStringLiteral("出口管制后国内无替代"));
        QCOMPARE(spy.count(), 2);
        m_form->inputField(QStringLiteral("price"))->lineEdit()->setFocus();
        QCOMPARE(spy.count(), 3);
        QCOMPARE(lastEdit(spy).after.entries.value(QStringLiteral("M3")).evidence,
                 QStringLiteral("出口管制后国内无替代"));
        QVERIFY(!lastEdit(spy).mergeKey.isEmpty());
        QCOMPARE(lastEdit(spy).after.score(QStringLiteral("M3")), std::optional<int>(4));
    }

    void keyboardChoosesAScore()
    {
        ScoreSelector* selector = m_form->criterionEditor(QStringLiteral("C2"))->scoreSelector();
        selector->button(-1)->setFocus();
        QTest::keyClick(selector->button(-1), Qt::Key_3);
        QCOMPARE(m_form->scorecard().score(QStringLiteral("C2")), std::optional<int>(3));
        QTest::keyClick(selector->button(3), Qt::Key_Right);
        QCOMPARE(m_form->scorecard().score(QStringLiteral("C2")), std::optional<int>(4));
        QVERIFY(selector->button(4)->hasFocus());
        QTest::keyClick(selector->button(4), Qt::Key_Minus);
        QVERIFY(!m_form->scorecard().score(QStringLiteral("C2")).has_value());
    }

    // Tab reads the form as a page: market inputs, then M1 (one stop on its chosen level),
    // its levels, evidence and confidence, on to M2; the cost inputs come after M6.
    void tabFollowsReadingOrder()
    {
        clickScore(m_form.get(), QStringLiteral("M1"), 2);
        QLineEdit* payers = m_form->inputField(QStringLiteral("payers"))->lineEdit();
        payers->setFocus();
        QVERIFY(payers->hasFocus());
        CriterionEditor* m1 = m_form->criterionEditor(QStringLiteral("M1"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), m1->scoreSelector()->button(2));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(),
                 m1->findChild<QWidget*>(QStringLiteral("M1LevelsToggle")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), m1->evidenceEdit());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), m1->confidenceCombo());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(),
                 m_form->criterionEditor(QStringLiteral("M2"))->scoreSelector()->button(-1));

        QWidget* m6Confidence = m_form->criterionEditor(QStringLiteral("M6"))->confidenceCombo();
        m6Confidence->setFocus();
        QTest::keyClick(m6Confidence, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(),
                 m_form->inputField(QStringLiteral("unit_cost"))->lineEdit());
    }

    void allLevelsBehindTheExpander()
    {
        CriterionEditor* m5 = m_form->criterionEditor(QStringLiteral("M5"));
        auto* levels = m5->findChild<QLabel*>(QStringLiteral("M5LevelsLabel"));
        QVERIFY(!levels->isVisible());
        QTest::mouseClick(m5->findChild<QToolButton*>(QStringLiteral("M5LevelsToggle")),
                          Qt::LeftButton);
        QVERIFY(levels->isVisible());
        const Criterion* c = defaultTemplate().criterion(QStringLiteral("M5"));
        for (int s = 0; s <= 5; ++s)
            QVERIFY(levels->text().contains(c->rubricEn[s].toHtmlEscaped()));
    }

    void badValuesAreMarkedAtTheFieldAndNeverHandedOn_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("negative cost") << "unit_cost"
                                       << "-5"
                                       << "unit_cost";
        QTest::newRow("margin of 1") << "target_margin"
                                     << "1"
                                     << "target_margin";
        QTest::newRow("margin of 100%") << "target_margin"
                                        << "100%"
                                        << "target_margin";
        QTest::newRow("learning rate above 1") << "learning_rate"
                                               << "1.2"
                                               << "learning_rate";
        QTest::newRow("learning rate 0") << "learning_rate"
                                         << "0"
                                         << "learning_rate";
        QTest::newRow("text in price") << "price"
                                       << "about 100"
                                       << "not a number";
        QTest::newRow("negative TAM") << "tam_cny"
                                      << "-3亿"
                                      << "negative";
        QTest::newRow("fractional payers") << "payers"
                                           << "2.5"
                                           << "whole number";
    }

    void badValuesAreMarkedAtTheFieldAndNeverHandedOn()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, reasonContains);
        QSignalSpy spy(m_form.get(), &ScorecardForm::edited);
        typeInto(m_form.get(), field, text);
        NumberField* f = m_form->inputField(field);
        QVERIFY(f->hasError());
        QVERIFY2(f->errorText().contains(reasonContains), qPrintable(f->errorText()));
        QVERIFY(f->findChild<QLabel*>(field + QStringLiteral("MessageLabel"))->isVisible());
        QCOMPARE(f->lineEdit()->text(), text);
        QCOMPARE(spy.count(), 0);
        QVERIFY(m_form->scorecard().cost.isEmpty());
        QVERIFY(m_form->scorecard().market.isEmpty());

        // The rest of the form keeps working, and the bad text stays where it was typed.
        clickScore(m_form.get(), QStringLiteral("C1"), 2);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(f->lineEdit()->text(), text);
        QVERIFY(f->hasError());
        m_form->setScorecard(m_form->scorecard(), true); // a refresh after the store
        QCOMPARE(f->lineEdit()->text(), text);

        // A good value clears the mark and is handed on.
        typeInto(m_form.get(), field, QStringLiteral("0.5"));
        if (field == QLatin1String("payers"))
            typeInto(m_form.get(), field, QStringLiteral("3"));
        QVERIFY(!f->hasError());
        QCOMPARE(spy.count(), 2);
    }

    void costChartFollowsTheInputs()
    {
        typeSpecExampleCost(m_form.get());
        QChart* chart = m_form->costChartView()->chart();
        QVERIFY(chart);
        auto* crossing = qobject_cast<QScatterSeries*>(
            CostCurveChartBuilder::findSeries(chart, CostCurveChartBuilder::CrossingSeries));
        QVERIFY(crossing);
        QCOMPARE(crossing->count(), 1);
        QCOMPARE(std::round(crossing->at(0).x() * 10000) / 10000, 6.2709);
        // Fund ends in 2030, four years after the pinned 2026.
        auto* fundEnd = qobject_cast<QLineSeries*>(
            CostCurveChartBuilder::findSeries(chart, CostCurveChartBuilder::FundEndSeries));
        QVERIFY(fundEnd);
        QCOMPARE(fundEnd->at(0).x(), 4.0);
        Project later = specProject();
        later.fundEndYear = 2032; // the project's fund end moves: so does the marker
        m_form->setProject(later);
        fundEnd = qobject_cast<QLineSeries*>(CostCurveChartBuilder::findSeries(
            m_form->costChartView()->chart(), CostCurveChartBuilder::FundEndSeries));
        QVERIFY(fundEnd);
        QCOMPARE(fundEnd->at(0).x(), 6.0);

        // A bad value while typing: the model stops, the chart empties, the label says why.
        NumberField* rate = m_form->inputField(QStringLiteral("learning_rate"));
        rate->lineEdit()->setFocus();
        QTest::keyClicks(rate->lineEdit(), QStringLiteral("x"));
        QVERIFY(rate->hasError());
        QVERIFY(m_form->costChartView()->chart()->series().isEmpty());
        QVERIFY(m_form->yearsLabel()->text().contains(QStringLiteral("marked")));
        // Good again while typing (0.825): the live preview moves, nothing stored yet.
        QTest::keyClick(rate->lineEdit(), Qt::Key_Backspace);
        QTest::keyClicks(rate->lineEdit(), QStringLiteral("5"));
        QCOMPARE(rate->lineEdit()->text(), QStringLiteral("0.825"));
        QVERIFY(!rate->hasError());
        QVERIFY(!m_form->costChartView()->chart()->series().isEmpty());
        QCOMPARE(m_form->scorecard().cost.learningRate, std::optional<double>(0.82));
        QVERIFY(m_form->evaluation().yearsToProfitableCost.has_value());
    }

    void rubricInTheUiLanguage()
    {
        const Criterion* m1 = defaultTemplate().criterion(QStringLiteral("M1"));
        QVERIFY(m1);
        clickScore(m_form.get(), QStringLiteral("M1"), 3);
        CriterionEditor* editor = m_form->criterionEditor(QStringLiteral("M1"));
        QVERIFY(editor->rubricLabel()->text().contains(m1->rubricEn[3]));
        for (int s = 0; s <= 5; ++s)
            QVERIFY(editor->rubricLabel()->toolTip().contains(m1->rubricEn[s].toHtmlEscaped()));

        m_form->setChinese(true);
        QVERIFY(editor->rubricLabel()->text().contains(m1->rubricZh[3]));
        QVERIFY(
            editor->findChild<QLabel*>(QStringLiteral("M1NameLabel"))->text().contains(m1->nameZh));
        QCOMPARE(editor->scoreSelector()->button(5)->toolTip(),
                 QStringLiteral("5 — ") + m1->rubricZh[5]);
    }

    void readOnlyFormHandsNothingOn()
    {
        m_form->setReadOnly(true);
        QSignalSpy spy(m_form.get(), &ScorecardForm::edited);
        clickScore(m_form.get(), QStringLiteral("M1"), 4);
        typeInto(m_form.get(), QStringLiteral("price"), QStringLiteral("100"));
        QCOMPARE(spy.count(), 0);
        QVERIFY(!m_form->scorecard().score(QStringLiteral("M1")).has_value());
    }

    void dominantIncumbentTickIsShownAndFlagged()
    {
        Project p = specProject();
        p.dominantIncumbent = true;
        m_form->setProject(p);
        QVERIFY(m_form->incumbentLabel()->text().contains(QStringLiteral("ticked")));
        QVERIFY(m_form->evaluation().redFlags.contains(QStringLiteral("dominant-incumbent")));
        QVERIFY(m_form->banner()->flagsLabel()->text().contains(QStringLiteral("incumbent")));
    }

    // The filled form at a laptop's size, in both languages, kept in the temporary folder for
    // people to look at; the test checks that it rendered Chinese text and the chart.
    void screenshotAtLaptopSize()
    {
        m_form->setChinese(true);
        m_form->resize(1366, 768);
        scoreAll(m_form.get(), specExampleScores());
        typeInto(m_form.get(), QStringLiteral("tam_cny"), QStringLiteral("32亿"));
        typeSpecExampleCost(m_form.get());
        m_form->criterionEditor(QStringLiteral("M3"))
            ->evidenceEdit()
            ->setCommittedText(QStringLiteral("美国出口管制后，国内晶圆厂无替代供应。"));
        QTest::qWait(50); // let the layouts settle after the header grew
        const QImage image = m_form->grab().toImage();
        QCOMPARE(image.size(), QSize(1366, 768));
        QVERIFY(image.save(QDir::temp().filePath(QStringLiteral("tollgate-scorecard-form.png"))));

        auto* scroll = m_form->findChild<QScrollArea*>();
        QVERIFY(scroll);
        scroll->verticalScrollBar()->setValue(
            m_form->findChild<QWidget*>(QStringLiteral("costGroup"))->y());
        QTest::qWait(50);
        QVERIFY(m_form->grab().toImage().save(
            QDir::temp().filePath(QStringLiteral("tollgate-scorecard-form-cost.png"))));
        typeInto(m_form.get(), QStringLiteral("unit_cost"), QStringLiteral("-120"));
        QTest::qWait(50);
        QVERIFY(m_form->grab().toImage().save(
            QDir::temp().filePath(QStringLiteral("tollgate-scorecard-form-bad-value.png"))));
        // Not one flat colour: the header, the buttons and the text drew something.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 20);
    }
};

QTEST_MAIN(TestScorecardForm)
#include "TestScorecardForm.moc"
