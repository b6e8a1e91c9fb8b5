#include "dashboard/ProjectChartsPanel.h"

#include "analytics/ProjectCharts.h"
#include "charts/ChartPanel.h"
#include "charts/RadarChartBuilder.h"
#include "charts/ScoreTrendChartBuilder.h"
#include "scoring/DefaultTemplate.h"
#include "session/Session.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPolarChart>
#include <QVBoxLayout>

namespace tollgate
{

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

    auto* charts = new QHBoxLayout;
    charts->addWidget(m_radar);
    charts->addWidget(m_trend);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_errorLabel);
    layout->addLayout(charts, 1);

    connect(session, &Session::projectChanged, this, [this](qint64 id) {
        if (id == m_projectId)
            reload();
    });
    connect(session, &Session::projectRemoved, this, [this](qint64 id) {
        if (id == m_projectId)
            setProject(0);
    });
    connect(session, &Session::projectsReset, this, &ProjectChartsPanel::reload);
    connect(session, &Session::analystChanged, this, &ProjectChartsPanel::reload);
    reload();
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
