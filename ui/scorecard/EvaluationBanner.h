#pragma once

#include "domain/Template.h"
#include "scoring/Evaluation.h"

#include <QWidget>

class QLabel;

namespace tollgate
{

// The head of a scorecard or of a project's aggregate: M, C and composite, the verdict in a
// coloured banner, and the knock-outs and red flags that fired, each with its reason.
class EvaluationBanner : public QWidget
{
    Q_OBJECT
public:
    explicit EvaluationBanner(QWidget* parent = nullptr);

    void setEvaluation(const Evaluation& evaluation, const Template& scoringTemplate, bool chinese);
    void setCaption(const QString& caption); // e.g. "Your screening of 2026-05-14"

    QLabel* verdictLabel() const { return m_verdict; }
    QLabel* marketLabel() const { return m_market; }
    QLabel* costLabel() const { return m_cost; }
    QLabel* compositeLabel() const { return m_composite; }
    QLabel* flagsLabel() const { return m_flags; }

private:
    QLabel* m_caption;
    QLabel* m_verdict;
    QLabel* m_market;
    QLabel* m_cost;
    QLabel* m_composite;
    QLabel* m_flags;
};

// A question score for display: one decimal, "—" when not scored.
QString formatQuestionScore(std::optional<double> score);

} // namespace tollgate
