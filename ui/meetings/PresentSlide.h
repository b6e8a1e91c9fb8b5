#pragma once

#include "analytics/SegmentStatistics.h"
#include "core/Result.h"
#include "domain/Meeting.h"
#include "domain/Segment.h"
#include "domain/Template.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace tollgate
{

class AggregateView;
class ChartPanel;
class Portfolio;

// What a slide shows besides the project itself: the whole portfolio's matrix (to mark the
// project on) and the meetings (for the project's last decision).
struct SlideContext {
    Template scoringTemplate;
    QList<Segment> segments;
    DashboardStatistics statistics;
    QList<Meeting> meetings;
    qint64 meetingId = 0; // the meeting being presented: its own decision is not "the last"
    bool chinese = false;
};

// One agenda item in present mode, readable from across a room: the project's name, segment
// and stage; the verdict banner with M, C and composite; the twelve scores with the analysts'
// spread; red flags; the screening matrix with the project marked; the cost curve; and the
// decision of the last meeting that decided on it.
class PresentSlide : public QWidget
{
    Q_OBJECT
public:
    explicit PresentSlide(QWidget* parent = nullptr);

    // Fills the slide for project `projectId`, item `number` of `count`.
    Status show(const Portfolio& portfolio, const SlideContext& context, qint64 projectId,
                int number, int count);

    QLabel* nameLabel() const { return m_name; }
    QLabel* lastDecisionLabel() const { return m_lastDecision; }
    AggregateView* aggregateView() const { return m_aggregate; }
    ChartPanel* matrixPanel() const { return m_matrix; }
    ChartPanel* costPanel() const { return m_cost; }

    // Places the record of the item (votes, decision, conditions) under the scores, beside the
    // charts; the slide takes it as its child.
    void setRecordPanel(QWidget* record);

    // The type's scale on a screen smaller than 1080 lines (1 on a larger one): the charts drawn
    // from now on follow it, as the widgets' fonts do.
    void setTypeScale(double scale) { m_typeScale = scale; }

private:
    QString lastDecisionText(const SlideContext& context, qint64 projectId) const;

    QLabel* m_position;
    QLabel* m_name;
    QLabel* m_segment;
    AggregateView* m_aggregate;
    ChartPanel* m_matrix;
    ChartPanel* m_cost;
    QLabel* m_lastDecision;
    QVBoxLayout* m_left = nullptr; // scores, last decision, then the record
    double m_typeScale = 1.0;
};

} // namespace tollgate
