#pragma once

#include "domain/Scorecard.h"
#include "domain/Template.h"

#include <QFrame>

#include <optional>

class QComboBox;
class QLabel;
class QToolButton;

namespace tollgate
{

class EvidenceEdit;
class ScoreSelector;

// One criterion on the form: its name, the 0–5 control, the rubric line of the chosen score
// (all six levels on hover and behind an expander), the evidence and the confidence.
class CriterionEditor : public QFrame
{
    Q_OBJECT
public:
    explicit CriterionEditor(const Criterion& criterion, QWidget* parent = nullptr);

    QString key() const { return m_criterion.key; }
    // Shows a stored entry without emitting any signal; text being typed is kept when the
    // stored evidence did not change.
    void setEntry(const CriterionEntry& entry);
    void setReadOnly(bool readOnly);
    void setChinese(bool chinese);
    // The score the form suggests (M1 from TAM, C3 from the cost model), with why.
    void setSuggestion(std::optional<int> score, const QString& reason);

    ScoreSelector* scoreSelector() const { return m_selector; }
    EvidenceEdit* evidenceEdit() const { return m_evidence; }
    QComboBox* confidenceCombo() const { return m_confidence; }
    QLabel* rubricLabel() const { return m_rubric; }
    QLabel* suggestionLabel() const { return m_suggestion; }

signals:
    void scoreChosen(const QString& key, std::optional<int> score);
    void evidenceCommitted(const QString& key, const QString& text, int visit);
    void confidenceChosen(const QString& key, Confidence confidence);

private:
    void updateTexts();
    void toggleLevels();

    Criterion m_criterion;
    bool m_chinese = false;
    QLabel* m_name;
    QLabel* m_knockout;
    ScoreSelector* m_selector;
    QLabel* m_suggestion;
    QLabel* m_rubric;
    QToolButton* m_levelsToggle;
    QLabel* m_levels;
    EvidenceEdit* m_evidence;
    QComboBox* m_confidence;
};

} // namespace tollgate
