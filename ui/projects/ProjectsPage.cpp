#include "projects/ProjectsPage.h"

#include "models/ProjectSummaryLoader.h"
#include "models/ProjectTableLoader.h"
#include "models/ProjectTableModel.h"
#include "models/SavedFilters.h"
#include "models/SegmentTreeModel.h"
#include "projects/ProjectDetail.h"
#include "projects/ProjectFilterBar.h"
#include "session/Session.h"
#include "settings/AppSettings.h"

#include <algorithm>

#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QShortcut>
#include <QShowEvent>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace tollgate
{

namespace
{
// Below this many projects one read on the GUI thread takes a few milliseconds, less than a
// worker's round trip; above it the first screen comes first and the rest follows.
int g_backgroundLoadThreshold = 5000;
// The first screen's rows: more than any window shows at once.
constexpr int kFirstScreenRows = 200;

// The storage's indexed order for a column of the table, if it has one.
std::optional<ProjectTableOrder> indexedOrder(ProjectColumn column)
{
    switch (column) {
    case ProjectColumn::Market:
        return ProjectTableOrder::ByMarket;
    case ProjectColumn::Cost:
        return ProjectTableOrder::ByCost;
    case ProjectColumn::Composite:
        return ProjectTableOrder::ByComposite;
    case ProjectColumn::RedFlags:
        return ProjectTableOrder::ByRedFlags;
    case ProjectColumn::Updated:
        return ProjectTableOrder::ByUpdated;
    default:
        return std::nullopt;
    }
}

// The query of a freshly opened table: every project in play, no search, no filter.
bool showsAllInPlay(const ProjectQuery& query)
{
    return query.text.trimmed().isEmpty() && query.segmentKey.isEmpty() && !query.stage &&
           !query.verdict && query.analyst.isEmpty() && !query.includeArchived;
}
} // namespace

int ProjectsPage::backgroundLoadThreshold()
{
    return g_backgroundLoadThreshold;
}

void ProjectsPage::setBackgroundLoadThreshold(int projects)
{
    g_backgroundLoadThreshold = projects;
}

ProjectsPage::ProjectsPage(Session* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new ProjectTableModel(this)),
      m_segments(new SegmentTreeModel(this)), m_splitter(new QSplitter(Qt::Horizontal)),
      m_tree(new QTreeView), m_filterBar(new ProjectFilterBar), m_table(new QTableView),
      m_count(new QLabel), m_detail(new ProjectDetail(session)),
      m_loader(new ProjectTableLoader(this))
{
    m_tree->setObjectName(QStringLiteral("segmentTree"));
    m_tree->setAccessibleName(tr("Segments"));
    m_tree->setModel(m_segments);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);

    m_table->setObjectName(QStringLiteral("projectTable"));
    m_table->setAccessibleName(tr("Projects"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows at once for Compare; the detail shows the first of them.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setTabKeyNavigation(false);
    // Fixed row heights and no resizing to contents: the view never measures 100 000 rows.
    QHeaderView* rows = m_table->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    const int widths[] = {180, 116, 78, 44, 44, 86, 84, 66, 88, 80};
    for (int c = 0; c < static_cast<int>(ProjectColumn::Count); ++c)
        header->resizeSection(c, widths[c]);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(static_cast<int>(ProjectColumn::Composite), Qt::DescendingOrder);

    m_count->setObjectName(QStringLiteral("projectCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto* middle = new QWidget;
    auto* middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(m_filterBar);
    middleLayout->addWidget(m_table, 1);
    middleLayout->addWidget(m_count);

    m_splitter->setObjectName(QStringLiteral("projectsSplitter"));
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(middle);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({200, 780, 390});
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setCollapsible(0, true); // the segment tree can be folded away to make room

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_splitter);

    setTabOrder(m_tree, m_filterBar->searchEdit());
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_filterBar->searchEdit()->setFocus();
        m_filterBar->searchEdit()->selectAll();
    });

    connect(m_filterBar, &ProjectFilterBar::queryChanged, this, &ProjectsPage::applyQuery);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ProjectsPage::onTreeCurrentChanged);
    connect(m_filterBar, &ProjectFilterBar::saveRequested, this, &ProjectsPage::askToSaveFilter);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &ProjectsPage::showTreeMenu);
    m_segments->setSavedFilters(SavedFilters::load());
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProjectsPage::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProjectsPage::restoreSelection);
    connect(m_model, &ProjectTableModel::contentsChanged, this, &ProjectsPage::refreshCounts);
    connect(session, &Session::projectChanged, this, &ProjectsPage::onProjectChanged);
    connect(session, &Session::projectRemoved, this,
            [this](qint64 id) { m_model->removeProject(id); });
    connect(session, &Session::projectsReset, this, &ProjectsPage::reloadAll);
    connect(m_loader, &ProjectTableLoader::loaded, this, &ProjectsPage::onLoaded);
    connect(m_loader, &ProjectTableLoader::failed, this, [this](const Error& error) {
        m_count->setText(error.message);
        emit loadFailed(error);
    });
    // Under blind scoring what the table shows depends on who is looking.
    connect(session, &Session::analystChanged, this, &ProjectsPage::reloadAll);

    reloadAll();
}

void ProjectsPage::reloadAll()
{
    Portfolio& portfolio = m_session->portfolio();
    const auto segments = portfolio.segments();
    const QList<Segment> list = segments ? *segments : QList<Segment>();
    m_model->setSegments(list);
    // Under blind scoring a row's scores depend on who is looking: the viewer's reading of
    // every row comes from the core at once (blind scoring is for a team's own pipeline, not
    // for files of a hundred thousand projects).
    const Result<bool> blind = portfolio.blindScoring();
    if (blind && *blind) {
        ProjectFilter all;
        all.includeArchived = true;
        const auto summaries = portfolio.projectSummaries(all, m_session->analyst());
        m_model->load(summaries ? *summaries : QList<ProjectSummary>());
    } else {
        // A quick_check left to the GUI runs on the worker before the first full read.
        const bool checkFirst = portfolio.quickCheckDeferred() && !m_fileChecked;
        const Result<int> projects = portfolio.projectCount(true);
        if (!checkFirst && (!projects || *projects < g_backgroundLoadThreshold)) {
            loadNow(list);
        } else {
            m_model->expectRows();
            showFirstScreen(list, projects ? *projects : 0);
            m_loader->start(portfolio.path(), list,
                            static_cast<ProjectColumn>(m_model->sortColumn()), checkFirst);
        }
    }
    if (!m_tree->currentIndex().isValid())
        m_tree->setCurrentIndex(m_segments->indexOfKey(QString()));
    m_tree->expandAll();
}

void ProjectsPage::loadNow(const QList<Segment>& segments)
{
    ProjectColumns columns;
    columns.setSegments(segments);
    ProjectTableRequest request;
    request.searchText = true;
    const Status read = m_session->portfolio().readProjectTable(
        request, [&columns](const ProjectTableRow& row) { columns.append(row); });
    if (!read)
        columns.clear();
    m_model->adopt(std::move(columns));
}

bool ProjectsPage::showFirstScreen(const QList<Segment>& segments, int projects)
{
    // Only the order and query a table opens with have an index to read them from.
    const std::optional<ProjectTableOrder> order =
        indexedOrder(static_cast<ProjectColumn>(m_model->sortColumn()));
    if (!order || !showsAllInPlay(m_model->query()))
        return false;
    const Portfolio& portfolio = m_session->portfolio();
    ProjectColumns head;
    head.setSegments(segments);
    ProjectTableRequest request;
    request.includeArchived = false;
    request.order = *order;
    request.descending = m_model->sortOrder() == Qt::DescendingOrder;
    request.limit = kFirstScreenRows;
    const Status read = portfolio.readProjectTable(
        request, [&head](const ProjectTableRow& row) { head.append(row); });
    if (!read)
        return false;
    // Counting only the projects in play would read every row (no index on "archived"), so the
    // first screen announces them all; when some are archived, the full rows bring the count
    // down a moment later.
    m_model->showFirstScreen(std::move(head), projects);
    m_count->setText(tr("%n project(s) shown", nullptr, projects));
    return true;
}

void ProjectsPage::onLoaded(const std::shared_ptr<ProjectColumns>& columns)
{
    m_fileChecked = true;
    m_model->adopt(std::move(*columns));
}

void ProjectsPage::refreshCounts()
{
    const QString selected = selectedSegment();
    m_segments->refresh(m_model->columns().segments(),
                        m_model->columns().segmentCounts(m_filterBar->query().includeArchived));
    if (!m_tree->currentIndex().isValid()) {
        const QSignalBlocker blocker(m_tree->selectionModel());
        m_tree->setCurrentIndex(m_segments->indexOfKey(selected));
    }
    m_tree->expandAll();
    m_filterBar->setAnalysts(m_model->columns().analysts());
    m_count->setText(tr("%n project(s) shown", nullptr, m_model->rowCount()));
}

QString ProjectsPage::selectedSegment() const
{
    const QModelIndex current = m_tree->currentIndex();
    const QVariant saved = current.data(SegmentTreeModel::SavedFilterRole);
    if (saved.isValid())
        return m_segments->savedFilters().value(saved.toInt()).query.segmentKey;
    return current.data(SegmentTreeModel::SegmentKeyRole).toString();
}

void ProjectsPage::onTreeCurrentChanged(const QModelIndex& current)
{
    const QVariant saved = current.data(SegmentTreeModel::SavedFilterRole);
    if (saved.isValid())
        m_filterBar->setQuery(m_segments->savedFilters().value(saved.toInt()).query);
    else
        applyQuery();
}

void ProjectsPage::saveCurrentFilter(const QString& name)
{
    SavedFilter filter{name.trimmed(), m_filterBar->query()};
    filter.query.segmentKey = selectedSegment();
    if (filter.name.isEmpty())
        return;
    QList<SavedFilter> filters = m_segments->savedFilters();
    filters.append(filter);
    SavedFilters::store(filters);
    const QSignalBlocker blocker(m_tree->selectionModel());
    m_segments->setSavedFilters(filters);
    m_tree->expandAll();
}

void ProjectsPage::deleteSavedFilter(int index)
{
    QList<SavedFilter> filters = m_segments->savedFilters();
    if (index < 0 || index >= filters.size())
        return;
    filters.removeAt(index);
    SavedFilters::store(filters);
    m_tree->setCurrentIndex(m_segments->indexOfKey(QString()));
    m_segments->setSavedFilters(filters);
    m_tree->expandAll();
}

void ProjectsPage::askToSaveFilter()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save filter"), tr("Name of this view of the projects:"),
                              QLineEdit::Normal, QString(), &ok);
    if (ok)
        saveCurrentFilter(name);
}

void ProjectsPage::showTreeMenu(const QPoint& position)
{
    const QVariant saved = m_tree->indexAt(position).data(SegmentTreeModel::SavedFilterRole);
    if (!saved.isValid())
        return;
    QMenu menu(this);
    menu.addAction(tr("Delete saved filter"), this,
                   [this, index = saved.toInt()] { deleteSavedFilter(index); });
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

void ProjectsPage::applyQuery()
{
    ProjectQuery query = m_filterBar->query();
    query.segmentKey = selectedSegment();
    const bool archivedChanged = query.includeArchived != m_model->query().includeArchived;
    m_model->setQuery(query);
    if (archivedChanged)
        refreshCounts();
    m_count->setText(tr("%n project(s) shown", nullptr, m_model->rowCount()));
}

void ProjectsPage::onProjectChanged(qint64 id)
{
    const Result<ProjectSummary> summary =
        loadProjectSummary(m_session->portfolio(), id, m_session->analyst());
    if (!summary)
        return;
    m_model->upsertProject(*summary);
    m_count->setText(tr("%n project(s) shown", nullptr, m_model->rowCount()));
}

void ProjectsPage::onSelectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return; // keep showing the last project while a filter hides it
    m_current = m_model->idAt(rows.first().row());
    m_detail->setProject(m_current);
}

void ProjectsPage::restoreSelection()
{
    const int row = m_model->rowOfId(m_current);
    if (row < 0)
        return;
    const QSignalBlocker blocker(m_table->selectionModel());
    m_table->selectRow(row);
}

void ProjectsPage::selectProject(qint64 id)
{
    if (m_model->columns().indexOfId(id) < 0)
        onProjectChanged(id);
    if (m_model->rowOfId(id) < 0) {
        // Something hides it: show every project so the new or chosen one is visible.
        m_filterBar->searchEdit()->clear();
        m_tree->setCurrentIndex(m_segments->indexOfKey(QString()));
    }
    m_current = id;
    const int row = m_model->rowOfId(id);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
    m_detail->setProject(id);
}

qint64 ProjectsPage::selectedProject() const
{
    return m_current;
}

QList<qint64> ProjectsPage::selectedProjects() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex& row : std::as_const(rows))
        ids.append(m_model->idAt(row.row()));
    return ids;
}

void ProjectsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_splitterRestored)
        return;
    // First start: the scored form in the detail needs room, the table keeps its key columns.
    m_splitterRestored = true;
    // After the layout has given the splitter its real width.
    QTimer::singleShot(0, this, [this] { setPaneProportions(0.15, 0.49); });
}

void ProjectsPage::setPaneProportions(double tree, double table)
{
    const int width = m_splitter->width();
    const int treeWidth = static_cast<int>(width * tree);
    const int tableWidth = static_cast<int>(width * table);
    m_splitter->setSizes({treeWidth, tableWidth, width - treeWidth - tableWidth});
}

void ProjectsPage::saveState() const
{
    AppSettings::setState(QStringLiteral("projects/splitter"), m_splitter->saveState());
    AppSettings::setState(QStringLiteral("projects/header"),
                          m_table->horizontalHeader()->saveState());
}

void ProjectsPage::restoreState()
{
    const QByteArray splitter = AppSettings::state(QStringLiteral("projects/splitter"));
    m_splitterRestored = !splitter.isEmpty() && m_splitter->restoreState(splitter);
    const QByteArray header = AppSettings::state(QStringLiteral("projects/header"));
    if (!header.isEmpty() && m_table->horizontalHeader()->restoreState(header))
        m_model->sort(m_table->horizontalHeader()->sortIndicatorSection(),
                      m_table->horizontalHeader()->sortIndicatorOrder());
}

} // namespace tollgate
