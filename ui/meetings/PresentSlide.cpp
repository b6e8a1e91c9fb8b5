#include "meetings/PresentSlide.h"

#include "charts/ChartPanel.h"
#include "charts/CostCurveChartBuilder.h"
#include "charts/ScreeningMatrixChart.h"
#include "charts/ScreeningMatrixChartBuilder.h"
#include "core/Clock.h"
#include "models/DisplayNames.h"
#include "report/MeetingText.h"
#include "scorecard/AggregateView.h"
#include "scoring/ProjectEvaluation.h"
#include "storage/Portfolio.h"

#include <QChart>
#include <QFont>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace tollgate
{

namespace
{

QLabel* label(const QString& objectName, int pointSize, bool bold)
{
    auto* l = new QLabel;
    l->setObjectName(objectName);
    QFont f = l->font();
    f.setPointSize(pointSize);
    f.setBold(bold);
    l->setFont(f);
    l->setWordWrap(true);
    return l;
}

// Chart text sized for a room: titles and axes a third larger than on a desk.
void enlargeChartText(QChart* chart)
{
    QFont title = chart->titleFont();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    chart->setTitleFont(title);
    for (QAbstractAxis* axis : chart->axes()) {
        QFont labels = axis->labelsFont();
        labels.setPointSizeF(labels.pointSizeF() * 1.3);
        axis->setLabelsFont(labels);
        QFont axisTitle = axis->titleFont();
        axisTitle.setPointSizeF(axisTitle.pointSizeF() * 1.3);
        axis->setTitleFont(axisTitle);
    }
}

} // namespace

PresentSlide::PresentSlide(QWidget* parent)
    : QWidget(parent), m_position(label(QStringLiteral("slidePositionLabel"), 16, false)),
      m_name(label(QStringLiteral("slideNameLabel"), 34, true)),
      m_segment(label(QStringLiteral("slideSegmentLabel"), 20, false)),
      m_aggregate(new AggregateView), m_matrix(new ChartPanel), m_cost(new ChartPanel),
      m_lastDecision(label(QStringLiteral("slideLastDecisionLabel"), 18, false))
{
    m_matrix->setExportBaseName(QStringLiteral("screening-matrix"));
    m_cost->setExportBaseName(QStringLiteral("cost-curve"));
    // The charts must be legible across a room: never squeezed below this by the score table.
    m_matrix->setMinimumSize(480, 300);
    m_cost->setMinimumSize(480, 260);
    m_matrix->exportButton()->hide();
    m_cost->exportButton()->hide();
    m_aggregate->table()->setFocusPolicy(Qt::NoFocus);
    QFont large = m_aggregate->font();
    large.setPointSize(15);
    m_aggregate->setFont(large);

    auto* head = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->addWidget(m_name);
    titles->addWidget(m_segment);
    head->addLayout(titles, 1);
    head->addWidget(m_position, 0, Qt::AlignTop | Qt::AlignRight);

    auto* charts = new QVBoxLayout;
    charts->addWidget(m_matrix, 1);
    charts->addWidget(m_cost, 1);

    auto* body = new QHBoxLayout;
    body->addWidget(m_aggregate, 1);
    body->addLayout(charts, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(head);
    layout->addLayout(body, 1);
    layout->addWidget(m_lastDecision);
}

QString PresentSlide::lastDecisionText(const SlideContext& context, qint64 projectId) const
{
    // Meetings come oldest first: the last match is the latest decision.
    const Meeting* latest = nullptr;
    const AgendaItem* decided = nullptr;
    for (const Meeting& m : context.meetings) {
        if (m.id == context.meetingId)
            continue;
        for (const AgendaItem& item : m.agenda) {
            if (item.projectId == projectId && item.decision != Decision::None) {
                latest = &m;
                decided = &item;
            }
        }
    }
    if (!latest)
        return tr("Last decision: none yet.");
    QString text = tr("Last decision: %1 at “%2” (%3)")
                       .arg(MeetingText::decision(decided->decision), latest->title,
                            latest->date.toString(Qt::ISODate));
    if (!decided->conditions.isEmpty())
        text += QStringLiteral(" — ") + tr("conditions: %1").arg(decided->conditions);
    return text;
}

Status PresentSlide::show(const Portfolio& portfolio, const SlideContext& context, qint64 projectId,
                          int number, int count)
{
    const Result<Project> project = portfolio.project(projectId);
    if (!project)
        return project.error();
    const Result<QList<Scorecard>> scorecards = portfolio.scorecards(projectId);
    if (!scorecards)
        return scorecards.error();

    //: position of the agenda item shown, e.g. "Item 2 of 5"
    m_position->setText(tr("Item %1 of %2").arg(number).arg(count));
    m_name->setText(project->name);
    QString segmentName = project->segmentKey;
    for (const Segment& segment : context.segments) {
        if (segment.key == project->segmentKey)
            segmentName = DisplayNames::segmentFullName(segment);
    }
    m_segment->setText(
        QStringLiteral("%1 · %2").arg(segmentName, DisplayNames::stage(project->stage)));
    m_aggregate->setProject(context.scoringTemplate, *project, *scorecards, context.chinese);

    const int year = Clock::currentYear();
    const ProjectEvaluation pe =
        evaluateProject(context.scoringTemplate, *project, *scorecards, year);
    ScreeningMatrixOptions matrixOptions;
    matrixOptions.chinese = context.chinese;
    matrixOptions.marketGate = context.scoringTemplate.marketGate;
    matrixOptions.costGate = context.scoringTemplate.costGate;
    if (pe.evaluation.market && pe.evaluation.cost) {
        MatrixPoint mark;
        mark.projectId = projectId;
        mark.name = project->name;
        mark.segment = std::max(0, context.statistics.segmentIndex(project->segmentKey));
        mark.market = *pe.evaluation.market;
        mark.cost = *pe.evaluation.cost;
        mark.composite = pe.evaluation.composite.value_or(0);
        mark.verdict = pe.evaluation.verdict;
        matrixOptions.highlight = mark;
    }
    ScreeningMatrixChart* matrix =
        ScreeningMatrixChartBuilder::build(context.statistics, matrixOptions);
    enlargeChartText(matrix);
    m_matrix->setChart(matrix);

    CostCurveChartBuilder::Options costOptions;
    if (project->fundEndYear)
        costOptions.fundYearsLeft = *project->fundEndYear - year;
    QChart* cost =
        pe.primary && !pe.primary->cost.isEmpty()
            ? CostCurveChartBuilder::build(pe.primary->cost, costOptions)
            : CostCurveChartBuilder::placeholder(tr("No cost model entered."), costOptions);
    enlargeChartText(cost);
    m_cost->setChart(cost);

    m_lastDecision->setText(lastDecisionText(context, projectId));
    return {};
}

} // namespace tollgate
