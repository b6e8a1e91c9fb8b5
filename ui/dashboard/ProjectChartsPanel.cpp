#include "dashboard/ProjectChartsPanel.h"

#include "analytics/ProjectCharts.h"
#include "charts/ChartPanel.h"
#include "charts/RadarChartBuilder.h"
#include "charts/ScoreTrendChartBuilder.h"
#include "scoring/DefaultTemplate.h"
#include "session/Session.h"

#include <QBoxLayout>
#include <QLabel>
#include <QPolarChart>
#include <QResizeEvent>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tollgate
{

namespace
{
// The smallest size at which the radar's twelve labels and the trend's dates and legend read
// without eliding.
const QSize kMinimumChartSize(470, 420);
} // namespace

ProjectChartsPanel::ProjectChartsPanel(Session* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_radar(new ChartPanel(this)),
      m_trend(new ChartPanel(this)), m_errorLabel(new QLabel(this))
{
    m_radar->setObjectName(QStringLiteral("radarPanel"));
    m_radar->setExportBaseName(QStringLiteral("criteria-radar"));
    m_trend->setObjectName(QStringLiteral("trendPanel"));
    m_trend->setExportBaseName(QStringLiteral("score-trend"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_errorLabel->hide();

    // Side by side when the pane is wide enough for both at their smallest legible size, one
    // above the other (scrolling) when it is not, as at 1366 px beside the project table.
    auto* charts = new QWidget;
    m_chartsLayout = new QBoxLayout(QBoxLayout::LeftToRight, charts);
    m_chartsLayout->setContentsMargins(0, 0, 0, 0);
    for (ChartPanel* panel : {m_radar, m_trend}) {
        panel->setMinimumSize(kMinimumChartSize);
        m_chartsLayout->addWidget(panel);
    }
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("projectChartsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the charts, which scroll into view
    scroll->setWidget(charts);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_errorLabel);
    layout->addWidget(scroll, 1);

    session->followProject(
        this, [this] { return m_projectId; }, [this] { reload(); }, [this] { setProject(0); });
    // Under blind scoring what the charts show depends on who is looking.
    connect(session, &Session::analystChanged, this, &ProjectChartsPanel::reload);
    reload();
}

bool ProjectChartsPanel::sideBySide() const
{
    return m_chartsLayout->direction() == QBoxLayout::LeftToRight;
}

void ProjectChartsPanel::resizeEvent(QResizeEvent* event)
{
    const int needed = 2 * kMinimumChartSize.width() + m_chartsLayout->spacing();
    m_chartsLayout->setDirection(event->size().width() >= needed ? QBoxLayout::LeftToRight
                                                                 : QBoxLayout::TopToBottom);
    QWidget::resizeEvent(event);
}

void ProjectChartsPanel::setProject(qint64 projectId)
{
    m_projectId = projectId;
    reload();
}

void ProjectChartsPanel::reload()
{
    m_error.clear();
    QList<Scorecard> scorecards;
    Template scoring;
    if (m_projectId != 0) {
        Portfolio& portfolio = m_session->portfolio();
        Result<QList<Scorecard>> cards = portfolio.scorecards(m_projectId, m_session->analyst());
        Result<Template> current = portfolio.currentTemplate();
        if (!cards)
            m_error = cards.error().message;
        else if (!current)
            m_error = current.error().message;
        else {
            scorecards = std::move(cards).value();
            scoring = std::move(current).value();
        }
    }
    if (scoring.criteria.isEmpty())
        scoring = defaultTemplate(); // no project: an empty radar still shows the twelve axes
    m_errorLabel->setText(m_error);
    m_errorLabel->setVisible(!m_error.isEmpty());

    const ChartOptions options;
    ScoreTrendOptions trendOptions;
    trendOptions.chinese = options.chinese;
    trendOptions.marketGate = scoring.marketGate;
    trendOptions.costGate = scoring.costGate;
    m_radar->setChart(RadarChartBuilder::build(criteriaProfile(scoring, scorecards), options));
    m_trend->setChart(ScoreTrendChartBuilder::build(scoreTrend(scoring, scorecards), trendOptions));
    emit refreshed();
}

} // namespace tollgate
