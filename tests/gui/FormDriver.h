#pragma once

// Drives the scored form through its real controls, as a person would: clicks on the score
// buttons, typing into the number fields and pressing Enter. Shared by the GUI tests.

#include "StorageFixtures.h"
#include "scorecard/CriterionEditor.h"
#include "scorecard/EvidenceEdit.h"
#include "scorecard/NumberField.h"
#include "scorecard/ScoreSelector.h"
#include "scorecard/ScorecardForm.h"

#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QTest>
#include <QToolButton>

namespace tollgate::test
{

// The scores of the SPEC §8 example, M1..M6 then C1..C6: M = 66.67, C = 40, cost-gap.
inline QList<int> specExampleScores()
{
    return {4, 3, 5, 3, 1, 4, 2, 3, 1, 2, 1, 3};
}

// Types text the way an input method commits it, which works for Chinese too (QTest's key
// clicks are ASCII only).
inline void commitText(QWidget* widget, const QString& text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

// Clicks the button of `level` (-1 = not scored) of one criterion.
inline void clickScore(ScorecardForm* form, const QString& key, int level)
{
    CriterionEditor* editor = form->criterionEditor(key);
    QVERIFY2(editor, qPrintable(key));
    QToolButton* button = editor->scoreSelector()->button(level);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

inline void scoreAll(ScorecardForm* form, const QList<int>& scores)
{
    for (int i = 0; i < scores.size(); ++i)
        clickScore(form, criterionKeys().at(i), scores.at(i));
}

// Replaces the field's text by typing and presses Enter, which commits a good value.
inline void typeInto(ScorecardForm* form, const QString& fieldKey, const QString& text)
{
    NumberField* field = form->inputField(fieldKey);
    QVERIFY2(field, qPrintable(fieldKey));
    QLineEdit* edit = field->lineEdit();
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 128;
    if (ascii)
        QTest::keyClicks(edit, text);
    else
        commitText(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

// The cost-model inputs of the SPEC §8 example: profitable cost in 6.2709 years.
inline void typeSpecExampleCost(ScorecardForm* form)
{
    typeInto(form, QStringLiteral("unit_cost"), QStringLiteral("120"));
    typeInto(form, QStringLiteral("price"), QStringLiteral("100"));
    typeInto(form, QStringLiteral("target_margin"), QStringLiteral("30%"));
    typeInto(form, QStringLiteral("volume"), QStringLiteral("10,000"));
    typeInto(form, QStringLiteral("cumulative"), QStringLiteral("20000"));
    typeInto(form, QStringLiteral("volume_growth"), QStringLiteral("0.6"));
    typeInto(form, QStringLiteral("learning_rate"), QStringLiteral("0.82"));
    typeInto(form, QStringLiteral("price_erosion"), QStringLiteral("0.05"));
    typeInto(form, QStringLiteral("horizon_years"), QStringLiteral("10"));
}

} // namespace tollgate::test
