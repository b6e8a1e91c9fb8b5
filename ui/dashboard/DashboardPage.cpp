#include "dashboard/DashboardPage.h"

#include "charts/ChartPanel.h"
#include "charts/CompositeBoxPlotChartBuilder.h"
#include "charts/ScreeningMatrixChartBuilder.h"
#include "charts/TamBarsChartBuilder.h"
#include "charts/VerdictBarsChartBuilder.h"
#include "dashboard/DashboardFilterBar.h"
#include "dashboard/DashboardLoader.h"
#include "session/Session.h"

#include <QChartView>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace tollgate
{

namespace
{
const QSize kMinimumChartSize(560, 400);
// Below this many projects the compact read takes a few milliseconds on the GUI thread, less
// than a worker's round trip (as for the project table).
int g_backgroundLoadThreshold = 5000;
} // namespace

int DashboardPage::backgroundLoadThreshold()
{
    return g_backgroundLoadThreshold;
}

void DashboardPage::setBackgroundLoadThreshold(int projects)
{
    g_backgroundLoadThreshold = projects;
}

DashboardPage::DashboardPage(Session* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_filterBar(new DashboardFilterBar(this)),
      m_errorLabel(new QLabel(this)), m_loadingLabel(new QLabel(tr("Loading…"), this)),
      m_matrix(new ChartPanel(this)), m_verdicts(new ChartPanel(this)),
      m_composite(new ChartPanel(this)), m_tam(new ChartPanel(this)),
      m_reloadTimer(new QTimer(this)), m_rebuildTimer(new QTimer(this)),
      m_loader(new DashboardLoader(this)), m_table(std::make_shared<SummaryTable>())
{
    m_matrix->setObjectName(QStringLiteral("matrixPanel"));
    m_matrix->setExportBaseName(QStringLiteral("screening-matrix"));
    m_verdicts->setObjectName(QStringLiteral("verdictPanel"));
    m_verdicts->setExportBaseName(QStringLiteral("verdicts-per-segment"));
    m_composite->setObjectName(QStringLiteral("compositePanel"));
    m_composite->setExportBaseName(QStringLiteral("composite-per-segment"));
    m_tam->setObjectName(QStringLiteral("tamPanel"));
    m_tam->setExportBaseName(QStringLiteral("tam-in-play-per-segment"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_errorLabel->hide();
    m_loadingLabel->setObjectName(QStringLiteral("loadingLabel"));
    m_loadingLabel->hide();

    // Below this size ten segment names no longer fit beside or under a chart: a small screen
    // scrolls the charts rather than squeezing them illegible.
    for (ChartPanel* panel : {m_matrix, m_verdicts, m_composite, m_tam})
        panel->setMinimumSize(kMinimumChartSize);
    auto* charts = new QWidget;
    auto* grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_matrix, 0, 0);
    grid->addWidget(m_verdicts, 0, 1);
    grid->addWidget(m_composite, 1, 0);
    grid->addWidget(m_tam, 1, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("chartsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the charts, which scroll into view
    scroll->setWidget(charts);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_loadingLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(scroll, 1);

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connect(m_reloadTimer, &QTimer::timeout, this, &DashboardPage::reload);
    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(0);
    connect(m_rebuildTimer, &QTimer::timeout, this, &DashboardPage::rebuild);
    connect(m_filterBar, &DashboardFilterBar::filterChanged, this, &DashboardPage::rebuild);
    connect(session, &Session::projectChanged, this, &DashboardPage::dataChanged);
    connect(session, &Session::projectRemoved, this, &DashboardPage::dataChanged);
    connect(session, &Session::projectsReset, this, &DashboardPage::dataChanged);
    connect(session, &Session::analystChanged, this, &DashboardPage::dataChanged);
    connect(m_loader, &DashboardLoader::loaded, this, &DashboardPage::onLoaded);
    connect(m_loader, &DashboardLoader::failed, this, &DashboardPage::onLoadFailed);
}

DashboardPage::~DashboardPage() = default;

SummaryFilter DashboardPage::filter() const
{
    return m_filterBar->filter();
}

void DashboardPage::setFilter(const SummaryFilter& filter)
{
    m_filterBar->setFilter(filter);
    rebuild();
}

ScreeningMatrixChart* DashboardPage::matrixChart() const
{
    return qobject_cast<ScreeningMatrixChart*>(m_matrix->chart());
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        m_reloadTimer->start();
}

void DashboardPage::dataChanged()
{
    m_stale = true;
    if (m_loader->isLoading())
        m_reloadPending = true; // the read under way may predate this edit: one more after it
    else if (isVisible())
        m_reloadTimer->start();
}

bool DashboardPage::isLoading() const
{
    return m_loader->isLoading();
}

void DashboardPage::reload()
{
    m_stale = false;
    m_reloadTimer->stop();
    if (m_loader->isLoading()) {
        m_reloadPending = true; // what the worker reads may predate this change
        return;
    }
    m_error.clear();
    Portfolio& portfolio = m_session->portfolio();

    Result<QList<Segment>> segments = portfolio.segments();
    Result<Template> current = portfolio.currentTemplate();
    if (!segments)
        showError(segments.error().message);
    else if (!current)
        showError(current.error().message);
    const QList<Segment> segmentList = segments ? std::move(segments).value() : QList<Segment>();
    if (current) {
        m_marketGate = current->marketGate;
        m_costGate = current->costGate;
    }

    const Result<int> projects = portfolio.projectCount(true);
    if (!portfolio.path().isEmpty() && projects && *projects >= g_backgroundLoadThreshold) {
        m_loadingLabel->show();
        m_loader->start(portfolio.path(), m_session->analyst(), segmentList);
        return;
    }
    auto table = std::make_shared<SummaryTable>(segmentList);
    const Status read = portfolio.readDashboard(
        m_session->analyst(), table->keys(),
        [&table](const DashboardRow& row, QStringView name) { table->append(row, name); });
    if (!read) {
        showError(read.error().message);
        table = std::make_shared<SummaryTable>(segmentList);
    }
    table->finishReading();
    adopt(std::move(table));
}

void DashboardPage::onLoaded(const std::shared_ptr<const SummaryTable>& table)
{
    if (m_reloadPending) {
        m_reloadPending = false; // these projects may miss an edit: read them again
        reload();
        return;
    }
    adopt(table);
}

void DashboardPage::onLoadFailed(const Error& error)
{
    m_reloadPending = false;
    showError(error.message);
    // As a failed read on the GUI thread: no projects, rather than charts that look current.
    auto empty = std::make_shared<SummaryTable>(m_table->segments());
    adopt(std::move(empty));
}

void DashboardPage::adopt(std::shared_ptr<const SummaryTable> table)
{
    m_table = std::move(table);
    m_loadingLabel->hide(); // whichever way the projects came
    m_filterBar->setAnalysts(m_table->leadAnalysts());
    rebuild();
}

void DashboardPage::rebuild()
{
    m_rebuildTimer->stop();
    MatrixThinning thinning;
    thinning.hiddenSegments = m_hiddenSegments;
    m_statistics = computeDashboardStatistics(*m_table, m_filterBar->filter(), thinning);
    m_filterBar->setCounts(m_statistics.matchedProjects, m_statistics.totalProjects);
    if (m_error.isEmpty())
        m_errorLabel->hide();

    const ChartOptions options;
    ScreeningMatrixOptions matrixOptions;
    matrixOptions.chinese = options.chinese;
    matrixOptions.marketGate = m_marketGate;
    matrixOptions.costGate = m_costGate;
    matrixOptions.hiddenSegments = m_hiddenSegments;
    ScreeningMatrixChart* matrix = ScreeningMatrixChartBuilder::build(m_statistics, matrixOptions);
    connect(matrix, &ScreeningMatrixChart::projectClicked, this, &DashboardPage::projectActivated);
    connect(matrix, &ScreeningMatrixChart::segmentVisibilityChanged, this,
            [this](const QString& key, bool visible) {
                if (visible)
                    m_hiddenSegments.remove(key);
                else
                    m_hiddenSegments.insert(key);
                // Thinning shares cells between segments: re-thin without the hidden ones. Not
                // now: the chart that emitted this is about to be replaced.
                m_rebuildTimer->start();
            });
    m_matrix->setChart(matrix);
    m_verdicts->setChart(VerdictBarsChartBuilder::build(m_statistics, options));
    m_composite->setChart(CompositeBoxPlotChartBuilder::build(m_statistics, options));
    m_tam->setChart(TamBarsChartBuilder::build(m_statistics, options));
    emit refreshed();
}

void DashboardPage::showError(const QString& message)
{
    m_error = tr("The dashboard could not read the portfolio: %1").arg(message);
    m_errorLabel->setText(m_error);
    m_errorLabel->show();
}

} // namespace tollgate
