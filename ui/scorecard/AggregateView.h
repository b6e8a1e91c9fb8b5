#pragma once

#include "domain/Project.h"
#include "domain/Scorecard.h"
#include "domain/Template.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace tollgate
{

class AggregateModel;
class EvaluationBanner;

// The project's standing across analysts (SPEC §4): its M, C, composite and verdict from the
// aggregate of each analyst's latest scorecard, and per criterion the mean, every analyst's
// score and the spread, disagreements highlighted.
class AggregateView : public QWidget
{
    Q_OBJECT
public:
    explicit AggregateView(QWidget* parent = nullptr);

    void setProject(const Template& scoringTemplate, const Project& project,
                    const QList<Scorecard>& scorecards, bool chinese);

    AggregateModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    EvaluationBanner* banner() const { return m_banner; }

private:
    QLabel* m_caption;
    EvaluationBanner* m_banner;
    AggregateModel* m_model;
    QTableView* m_table;
};

} // namespace tollgate
