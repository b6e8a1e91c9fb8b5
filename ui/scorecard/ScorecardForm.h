#pragma once

#include "domain/Project.h"
#include "domain/Scorecard.h"
#include "domain/Template.h"
#include "scorecard/ScorecardEdit.h"
#include "scoring/Evaluation.h"

#include <QMap>
#include <QWidget>

class QBoxLayout;
class QChartView;
class QGroupBox;
class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace tollgate
{

class CriterionEditor;
class EvaluationBanner;
class InputFieldsGrid;
class NumberField;

// The scored form of SPEC §5 for one scorecard: the two questions as two groups of criteria,
// the market inputs with the M1 suggestion, the cost-model inputs with a live cost curve and
// the C3 suggestion, and a header whose M, C, composite, verdict, knock-outs and red flags
// follow every change. The form stores nothing itself: each change leaves as edited(), and the
// page turns it into an undo command.
class ScorecardForm : public QWidget
{
    Q_OBJECT
public:
    explicit ScorecardForm(QWidget* parent = nullptr);
    ~ScorecardForm() override;

    // The template the scorecard is scored on; rebuilds the criteria.
    void setTemplate(const Template& scoringTemplate);
    // The project supplies the fund end year, expected exit year and the dominant-incumbent
    // tick, which the red flags read.
    void setProject(const Project& project);
    // Shows a scorecard. With keepTyping (a refresh of the same scorecard after a store), only
    // what changed in storage is redrawn, so a field being typed in, or marked bad, stays.
    void setScorecard(const Scorecard& scorecard, bool keepTyping = false);
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // Rubric texts and criterion names in Chinese (zh_CN) or English; defaults to the UI locale.
    void setChinese(bool chinese);

    // The scorecard as last stored or loaded, with the changes this form has handed on.
    const Scorecard& scorecard() const { return m_committed; }
    // The evaluation the header shows: the scorecard plus good values being typed.
    Evaluation evaluation() const { return m_evaluation; }

    // For tests and accessibility.
    EvaluationBanner* banner() const { return m_banner; }
    CriterionEditor* criterionEditor(const QString& key) const { return m_editors.value(key); }
    NumberField* inputField(const QString& key) const;
    QChartView* costChartView() const { return m_chartView; }
    QLabel* yearsLabel() const { return m_years; }
    QLabel* incumbentLabel() const { return m_incumbent; }

signals:
    void edited(const tollgate::ScorecardEdit& edit);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    QGroupBox* buildMarketGroup();
    QGroupBox* buildCostGroup();
    void clearCriteria();
    void setReadingTabOrder();
    void showEntries();
    void handInput(const QString& key, std::optional<double> value);
    void hand(const Scorecard& after, const QString& description, const QString& mergeKey = {});
    void refresh();
    void refreshCostChart(const Scorecard& preview);
    void refreshSuggestions(const Scorecard& preview);
    Scorecard preview() const;

    Template m_template;
    Project m_project;
    Scorecard m_committed;
    Evaluation m_evaluation;
    bool m_readOnly = false;
    bool m_chinese = false;
    bool m_chartShowsInputs = false;
    CostInputs m_chartInputs;

    EvaluationBanner* m_banner;
    QLabel* m_incumbent;
    QScrollArea* m_scroll;
    QVBoxLayout* m_marketCriteria = nullptr;
    QVBoxLayout* m_costCriteria = nullptr;
    InputFieldsGrid* m_marketInputs = nullptr;
    InputFieldsGrid* m_costInputs = nullptr;
    QBoxLayout* m_costLayout = nullptr;
    QChartView* m_chartView = nullptr;
    QLabel* m_years = nullptr;
    QMap<QString, CriterionEditor*> m_editors;
};

} // namespace tollgate
