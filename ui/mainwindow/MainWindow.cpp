#include "mainwindow/MainWindow.h"

#include "analytics/Comparison.h"
#include "commands/EditFeedback.h"
#include "commands/PlainMessage.h"
#include "commands/ProjectCommands.h"
#include "compare/CompareDialog.h"
#include "core/Paths.h"
#include "dashboard/DashboardPage.h"
#include "files/FileCommands.h"
#include "files/FileDialogs.h"
#include "files/ImportDialog.h"
#include "files/SampleDatabase.h"
#include "meetings/AddToMeetingAction.h"
#include "meetings/MeetingsPage.h"
#include "models/DisplayNames.h"
#include "models/ProjectTableModel.h"
#include "projects/NewProjectDialog.h"
#include "projects/PlaceholderLabel.h"
#include "projects/ProjectDetail.h"
#include "projects/ProjectsPage.h"
#include "report/MemoPreviewDialog.h"
#include "session/Session.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "welcome/WelcomeDialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoGroup>

namespace tollgate
{

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_undoGroup(new QUndoGroup(this)), m_tabs(new QTabWidget)
{
    setWindowTitle(tr("Tollgate"));
    if (QFileInfo::exists(QStringLiteral(":/icons/tollgate.svg")))
        setWindowIcon(QIcon(QStringLiteral(":/icons/tollgate.svg")));
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    setCentralWidget(placeholderLabel(tr("No database is open. Use File ▸ Open or File ▸ New.")));
    createMenus();
    restoreWindowState();
    statusBar();
}

MainWindow::~MainWindow()
{
    closeDatabase();
    // The tabs belong to the window only once a database has opened.
    if (centralWidget() != m_tabs)
        delete m_tabs;
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New database…"), this, &MainWindow::newDatabase);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openDatabaseDialog);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addSeparator();
    m_databaseActions.append(file->addAction(tr("&Back up…"), this, &MainWindow::backup));
    m_databaseActions.append(
        file->addAction(tr("Re&store from backup…"), this, &MainWindow::restoreFromBackup));
    file->addSeparator();
    m_databaseActions.append(file->addAction(tr("&Import CSV/JSON…"),
                                             QKeySequence(Qt::CTRL | Qt::Key_I), this,
                                             &MainWindow::importProjects));
    m_databaseActions.append(file->addAction(tr("&Export CSV/JSON/Excel…"),
                                             QKeySequence(Qt::CTRL | Qt::Key_E), this,
                                             &MainWindow::exportProjects));
    file->addSeparator();
    m_memoAction = file->addAction(tr("&Memo…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                                   this, &MainWindow::openMemo);
    m_memoAction->setObjectName(QStringLiteral("memoAction"));
    m_memoAction->setStatusTip(tr("The selected project's investment memo: preview, print, PDF "
                                  "or HTML"));
    m_databaseActions.append(m_memoAction);
    file->addSeparator();
    QAction* quit =
        file->addAction(tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_databaseActions.append(
        edit->addAction(tr("&New project…"), QKeySequence::New, this, &MainWindow::newProject));
    m_databaseActions.append(edit->addAction(tr("&Archive project"), this, [this] {
        if (m_projects)
            m_projects->detail()->archiveProject();
    }));
    m_databaseActions.append(edit->addAction(tr("&Delete project…"), this, [this] {
        if (m_projects)
            m_projects->detail()->deleteProject();
    }));
    QAction* compare = edit->addAction(tr("&Compare selected projects…"),
                                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this,
                                       &MainWindow::compareSelected);
    compare->setObjectName(QStringLiteral("compareAction"));
    compare->setStatusTip(tr("Select 2 to 6 projects in the table, then compare them side by "
                             "side."));
    m_databaseActions.append(compare);
    edit->addSeparator();
    QAction* settings = edit->addAction(tr("&Settings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma),
                                        this, &MainWindow::showSettings);
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    const QString names[] = {tr("&Projects"), tr("&Dashboard"), tr("&Meetings")};
    for (int i = 0; i < 3; ++i)
        m_databaseActions.append(view->addAction(names[i], QKeySequence(Qt::CTRL | (Qt::Key_1 + i)),
                                                 this, [this, i] { m_tabs->setCurrentIndex(i); }));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Tollgate"), this, &MainWindow::about);

    for (QAction* action : std::as_const(m_databaseActions))
        action->setEnabled(false);
}

Status MainWindow::openDatabase(const QString& path, OpenMode mode)
{
    // A large file's quick_check runs on the Projects page's loader while its first screen
    // shows; a failure comes back through ProjectsPage::loadFailed.
    Result<std::unique_ptr<Portfolio>> portfolio = Portfolio::open(path, mode, OpenCheck::Deferred);
    if (!portfolio)
        return portfolio.error();
    // The old pages and their session go before the new ones arrive.
    if (m_session)
        m_undoGroup->removeStack(m_session->undoStack());
    m_projects = nullptr;
    m_meetings = nullptr;
    while (m_tabs->count() > 0) {
        QWidget* page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete page;
    }
    m_session =
        std::make_unique<Session>(std::move(*portfolio), AppSettings::analystOrAccountName());
    m_undoGroup->addStack(m_session->undoStack());
    m_undoGroup->setActiveStack(m_session->undoStack());
    rebuildPages();
    AppSettings::setLastDatabase(QFileInfo(path).absoluteFilePath());
    AppSettings::addRecentFile(path);
    updateTitle();
    for (QAction* action : std::as_const(m_databaseActions))
        action->setEnabled(true);
    m_rollingBackup.start(m_session->portfolio().path()); // a copy per opening, off the GUI thread
    return {};
}

void MainWindow::closeDatabase()
{
    if (!m_session)
        return;
    // The pages hold the session: they go first.
    if (m_projects)
        m_projects->saveState();
    m_projects = nullptr;
    m_meetings = nullptr;
    while (m_tabs->count() > 0) {
        QWidget* page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete page;
    }
    m_undoGroup->removeStack(m_session->undoStack());
    m_rollingBackup.wait();
    m_session.reset();
}

bool MainWindow::openInteractively(const QString& path, OpenMode mode)
{
    const Status opened = openDatabase(path, mode);
    return opened || recoverFromFailedOpen(path, opened.error());
}

bool MainWindow::recoverFromFailedOpen(const QString& path, const Error& error)
{
    const QStringList backups = Portfolio::backupsOf(path);
    if (error.kind != ErrorKind::Damaged || backups.isEmpty()) {
        showError(tr("Cannot open the database"), error);
        return false;
    }
    const auto answer = PlainMessage::warning(
        this, tr("Damaged database"),
        tr("%1\n\nOpen the latest backup (%2) instead? The damaged file is kept beside it.")
            .arg(error.message, BackupRestore::describe(backups.first())),
        QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
    if (answer != QMessageBox::Open)
        return false;
    const Status replaced = BackupRestore::replaceWithBackup(path, backups.first());
    const Status reopened = replaced ? openDatabase(path, OpenMode::ExistingOnly) : replaced;
    if (!reopened)
        showError(tr("Cannot open the backup"), reopened.error());
    return reopened.ok();
}

Status MainWindow::restoreBackup(const QString& backup)
{
    if (!m_session)
        return Error::of(ErrorKind::NotFound, tr("No database is open."));
    const QString path = m_session->portfolio().path();
    closeDatabase();
    const Status replaced = BackupRestore::replaceWithBackup(path, backup);
    const Status reopened = openDatabase(path, OpenMode::ExistingOnly);
    return replaced ? reopened : replaced;
}

void MainWindow::restoreFromBackup()
{
    if (!m_session)
        return;
    m_rollingBackup.wait(); // the newest backup is complete before it is listed
    RestoreDialog dialog(m_session->portfolio().path(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedBackup().isEmpty())
        return;
    const Status restored = restoreBackup(dialog.selectedBackup());
    if (!restored)
        showError(tr("Restore failed"), restored.error());
    else
        statusBar()->showMessage(tr("Restored %1").arg(dialog.selectedBackup()), 5000);
}

void MainWindow::rebuildPages()
{
    m_projects = new ProjectsPage(m_session.get());
    m_projects->restoreState();
    // The checks a large file's open deferred failed: close it as if opening had refused it.
    // Queued, as closing deletes the page that reports it.
    connect(
        m_projects, &ProjectsPage::loadFailed, this,
        [this](const Error& error) {
            if (error.kind != ErrorKind::Damaged || !m_session)
                return;
            const QString path = m_session->portfolio().path();
            closeDatabase();
            updateTitle();
            for (QAction* action : std::as_const(m_databaseActions))
                action->setEnabled(false);
            recoverFromFailedOpen(path, error);
        },
        Qt::QueuedConnection);
    m_projects->table()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_projects->table()->addAction(m_memoAction);
    m_tabs->addTab(m_projects, tr("Projects"));
    auto* dashboard = new DashboardPage(m_session.get());
    connect(dashboard, &DashboardPage::projectActivated, this, [this](qint64 id) {
        m_tabs->setCurrentWidget(m_projects);
        m_projects->selectProject(id);
    });
    m_tabs->addTab(dashboard, tr("Dashboard"));
    m_meetings = new MeetingsPage(m_session.get());
    connect(m_meetings, &MeetingsPage::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    installAddToMeeting(m_projects->table(), m_meetings);
    m_tabs->addTab(m_meetings, tr("Meetings"));
    if (centralWidget() != m_tabs)
        setCentralWidget(m_tabs); // deletes the "no database" label, which never comes back
    statusBar()->showMessage(tr("Analyst: %1").arg(m_session->analyst()));
}

void MainWindow::updateTitle()
{
    //: %1 is the database file name
    setWindowTitle(
        m_session ? tr("Tollgate — %1").arg(QFileInfo(m_session->portfolio().path()).fileName())
                  : tr("Tollgate"));
}

bool MainWindow::openStartupDatabase()
{
    const QString last = AppSettings::lastDatabase();
    if (!last.isEmpty() && QFileInfo::exists(last) &&
        openInteractively(last, OpenMode::ExistingOnly))
        return true;
    return runWelcome();
}

bool MainWindow::runWelcome()
{
    for (;;) {
        WelcomeDialog welcome(this);
        if (welcome.exec() != QDialog::Accepted)
            return false;
        QString path;
        OpenMode mode = OpenMode::ExistingOnly;
        switch (welcome.choice()) {
        case WelcomeDialog::Choice::Sample: {
            path = Paths::sampleDatabase();
            const Status made = ensureSampleDatabase(path, AppSettings::analystOrAccountName());
            if (!made) {
                showError(tr("Cannot create the sample portfolio"), made.error());
                continue;
            }
            break;
        }
        case WelcomeDialog::Choice::NewDatabase:
            path = FileDialogs::newDatabase(this);
            mode = OpenMode::CreateIfMissing;
            break;
        case WelcomeDialog::Choice::OpenDatabase:
            path = FileDialogs::openDatabase(this);
            break;
        case WelcomeDialog::Choice::None:
            return false;
        }
        if (!path.isEmpty() && openInteractively(path, mode))
            return true;
    }
}

void MainWindow::newDatabase()
{
    const QString path = FileDialogs::newDatabase(this);
    if (path.isEmpty())
        return;
    const Status opened = openDatabase(path, OpenMode::CreateIfMissing);
    if (!opened)
        showError(tr("Cannot create the database"), opened.error());
}

void MainWindow::openDatabaseDialog()
{
    const QString path = FileDialogs::openDatabase(this);
    if (!path.isEmpty())
        openInteractively(path, OpenMode::ExistingOnly);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = AppSettings::recentFiles();
    for (const QString& file : files) {
        m_recentMenu
            ->addAction(QFileInfo(file).fileName(), this,
                        [this, file] {
                            const Status opened = openDatabase(file, OpenMode::ExistingOnly);
                            if (!opened)
                                showError(tr("Cannot open the database"), opened.error());
                        })
            ->setToolTip(file);
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
}

void MainWindow::backup()
{
    if (!m_session)
        return;
    const QString target = FileDialogs::backupTarget(this, m_session->portfolio().path());
    if (target.isEmpty())
        return;
    const Status done = FileCommands::backup(this, *m_session, target);
    if (!done && done.error().kind == ErrorKind::Cancelled)
        statusBar()->showMessage(done.error().message, 5000); // asked for: no error dialog
    else if (!done)
        showError(tr("Backup failed"), done.error());
    else
        statusBar()->showMessage(tr("Backed up to %1").arg(target), 5000);
}

void MainWindow::importProjects()
{
    if (!m_session)
        return;
    const QString source = FileDialogs::importSource(this);
    if (source.isEmpty())
        return;
    ImportDialog dialog(m_session.get(), source, this);
    dialog.check();
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Imported %1").arg(QFileInfo(source).fileName()), 5000);
}

void MainWindow::compareSelected()
{
    if (!m_session || !m_projects)
        return;
    const QList<qint64> ids = m_projects->selectedProjects();
    if (ids.size() < kMinCompared || ids.size() > kMaxCompared) {
        QMessageBox::information(this, tr("Compare projects"),
                                 tr("Select from %1 to %2 projects in the table to compare "
                                    "them (Ctrl or Shift and click); %3 are selected.")
                                     .arg(kMinCompared)
                                     .arg(kMaxCompared)
                                     .arg(ids.size()));
        return;
    }
    auto* dialog = new CompareDialog(m_session.get(), ids, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::exportProjects()
{
    if (!m_session)
        return;
    const QString target = FileDialogs::exportTarget(this, m_session->portfolio().path());
    if (target.isEmpty())
        return;
    const Status done = FileCommands::exportTo(this, *m_session, target);
    if (!done)
        showError(tr("Export failed"), done.error());
    else
        statusBar()->showMessage(tr("Exported to %1").arg(target), 5000);
}

void MainWindow::newProject()
{
    if (!m_session || !m_projects)
        return;
    const auto segments = m_session->portfolio().segments();
    Project defaults;
    defaults.leadAnalyst = m_session->analyst();
    defaults.segmentKey = m_projects->selectedSegment();
    if (defaults.segmentKey.isEmpty() && segments && !segments->isEmpty())
        defaults.segmentKey = segments->first().key;
    NewProjectDialog dialog(segments ? *segments : QList<Segment>(),
                            m_projects->tableModel()->columns().analysts(), defaults, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const CommandOutcome outcome =
        pushProjectCommand(*m_session, new CreateProjectCommand(m_session.get(), dialog.project()));
    if (!outcome.status) {
        showError(tr("The project was not created"), outcome.status.error());
        return;
    }
    m_tabs->setCurrentWidget(m_projects);
    m_projects->selectProject(outcome.projectId);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_session.get(), this);
    if (dialog.exec() == QDialog::Accepted && m_session)
        statusBar()->showMessage(tr("Analyst: %1").arg(m_session->analyst()));
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Tollgate"),
        tr("<h3>Tollgate %1</h3><p>Due diligence for a semiconductor fund: is the market big "
           "enough, and can cost come down to a profitable level within a visible time?</p>")
            .arg(QStringLiteral(TOLLGATE_VERSION)));
}

void MainWindow::showError(const QString& title, const Error& error)
{
    PlainMessage::warning(this, title, error.message);
}

void MainWindow::saveWindowState()
{
    AppSettings::setState(QStringLiteral("window/geometry"), saveGeometry());
    AppSettings::setState(QStringLiteral("window/state"), QMainWindow::saveState());
    if (m_projects)
        m_projects->saveState();
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = AppSettings::state(QStringLiteral("window/geometry"));
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1366, 768);
    QMainWindow::restoreState(AppSettings::state(QStringLiteral("window/state")));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    event->accept();
}

void MainWindow::openMemo()
{
    const qint64 id = m_projects ? m_projects->selectedProject() : 0;
    if (!m_session || id == 0) {
        QMessageBox::information(this, tr("Memo"), tr("Select a project first."));
        return;
    }
    MemoOptions options;
    options.fundName = AppSettings::fundName();
    options.preparedBy = m_session->analyst();
    options.chinese = DisplayNames::chineseUi();
    showMemo(this, m_session->portfolio(), id, options, m_session->analyst());
}

} // namespace tollgate
