#pragma once

#include "analytics/SummaryFilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QMenu;
class QToolButton;

namespace tollgate
{

// The dashboard's filter controls (SPEC §5: stage, analyst, date): a stage menu of check boxes
// with "all" and "in play" shortcuts, the lead analyst, and an optional range of update dates.
// Emits filterChanged whenever the user changes any of them.
class DashboardFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardFilterBar(QWidget* parent = nullptr);

    SummaryFilter filter() const;
    // Shows the filter in the controls without emitting filterChanged.
    void setFilter(const SummaryFilter& filter);
    // The lead analysts to choose from; keeps the current choice when it is still offered.
    void setAnalysts(const QStringList& analysts);
    // "12 of 40 projects", next to the controls.
    void setCounts(int matched, int total);

    QToolButton* stageButton() const { return m_stageButton; }
    QComboBox* analystCombo() const { return m_analyst; }
    QCheckBox* dateCheck() const { return m_dateCheck; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }

signals:
    void filterChanged();

private:
    void buildStageMenu();
    void setStages(const StageSet& stages);
    StageSet stages() const;
    void updateStageText();
    void emitChanged();

    QToolButton* m_stageButton;
    QMenu* m_stageMenu;
    QList<QAction*> m_stageActions; // in pipeline order
    QComboBox* m_analyst;
    QCheckBox* m_dateCheck;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_counts;
    bool m_updating = false; // set while controls are filled from code
};

} // namespace tollgate
