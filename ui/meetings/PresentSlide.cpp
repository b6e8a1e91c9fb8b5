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
#include <QLegend>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

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

// Chart text sized for a room: titles and axes a third larger than on a desk (times the type
// scale of a screen smaller than 1080 lines, the legend too), and half as many numbers along the
// bottom so the larger ones never run into each other ("90100").
void enlargeChartText(QChart* chart, double scale)
{
    for (QAbstractAxis* axis : chart->axes(Qt::Horizontal)) {
        auto* values = qobject_cast<QValueAxis*>(axis);
        if (!values)
            continue;
        if (values->tickType() == QValueAxis::TicksDynamic)
            values->setTickInterval(values->tickInterval() * 2);
        else if (values->tickCount() > 6)
            values->setTickCount(values->tickCount() / 2 + 1);
    }
    QFont title = chart->titleFont();
    title.setPointSizeF(title.pointSizeF() * 1.4 * scale);
    chart->setTitleFont(title);
    for (QAbstractAxis* axis : chart->axes()) {
        QFont labels = axis->labelsFont();
        labels.setPointSizeF(labels.pointSizeF() * 1.3 * scale);
        axis->setLabelsFont(labels);
        QFont axisTitle = axis->titleFont();
        axisTitle.setPointSizeF(axisTitle.pointSizeF() * 1.3 * scale);
        axis->setTitleFont(axisTitle);
    }
    if (scale < 1.0) {
        QFont legend = chart->legend()->font();
        legend.setPointSizeF(std::max(7.0, legend.pointSizeF() * scale));
        chart->legend()->setFont(legend);
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
    // Small enough that the whole slide with its record fits a 1366×768 projector.
    m_matrix->setMinimumSize(460, 260);
    m_cost->setMinimumSize(460, 220);
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
    // The matrix's key lists every segment one under another: it needs the taller share.
    charts->addWidget(m_matrix, 3);
    charts->addWidget(m_cost, 2);

    // The charts take the right-hand column from the titles down to the bottom, beside the
    // scores, the last decision and the record: on a 1366×768 projector stacking all of them
    // leaves the charts too little height to read.
    m_left = new QVBoxLayout;
    m_left->addWidget(m_aggregate, 3);
    m_left->addWidget(m_lastDecision);

    // The score table has the larger share: its criterion names must be read whole.
    auto* body = new QHBoxLayout;
    body->addLayout(m_left, 3);
    body->addLayout(charts, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(head);
    layout->addLayout(body, 1);
}

void PresentSlide::setRecordPanel(QWidget* record)
{
    m_left->addWidget(record); // as tall as it asks; the scores take the rest
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
    enlargeChartText(matrix, m_typeScale);
    m_matrix->setChart(matrix);

    CostCurveChartBuilder::Options costOptions;
    if (project->fundEndYear)
        costOptions.fundYearsLeft = *project->fundEndYear - year;
    QChart* cost =
        pe.primary && !pe.primary->cost.isEmpty()
            ? CostCurveChartBuilder::build(pe.primary->cost, costOptions)
            : CostCurveChartBuilder::placeholder(tr("No cost model entered."), costOptions);
    // Beside the plot, as on paper: one row under it cuts the longer entries short
    // ("价格 × (1 − 目…").
    cost->legend()->setAlignment(Qt::AlignRight);
    enlargeChartText(cost, m_typeScale);
    m_cost->setChart(cost);

    m_lastDecision->setText(lastDecisionText(context, projectId));
    return {};
}

} // namespace tollgate
