#pragma once

#include "core/Result.h"
#include "files/BackupRestore.h"
#include "storage/Portfolio.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QMenu;
class QTabWidget;
class QUndoGroup;

namespace tollgate
{

class MeetingsPage;
class ProjectsPage;
class Session;

// The application window: File, Edit, View and Help menus over the Projects, Dashboard and
// Meetings tabs of one open database. It owns the Session; the pages get it and are rebuilt
// when another database is opened.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a database file and shows it; the error (in plain words) when it cannot.
    Status openDatabase(const QString& path, OpenMode mode);
    // As openDatabase, but a damaged file gets the offer to open its latest backup instead,
    // and errors are shown. True when a database is open afterwards.
    bool openInteractively(const QString& path, OpenMode mode);
    // After a failed open: the error, or for a damaged file the offer of its latest backup.
    bool recoverFromFailedOpen(const QString& path, const Error& error);
    // Puts a backup in place of the open database and opens it again.
    Status restoreBackup(const QString& backup);
    // Without a file on the command line: the last database, else the first-run welcome.
    // False when nothing could be opened and the user gave up.
    bool openStartupDatabase();

    Session* session() const { return m_session.get(); }
    ProjectsPage* projectsPage() const { return m_projects; }
    MeetingsPage* meetingsPage() const { return m_meetings; }
    QTabWidget* tabs() const { return m_tabs; }
    QUndoGroup* undoGroup() const { return m_undoGroup; }

public slots:
    void newProject();
    // Opens Compare on the projects selected in the table (2–6 of them).
    void compareSelected();
    void showSettings();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void rebuildPages();
    void updateRecentMenu();
    void updateTitle();
    void saveWindowState();
    void restoreWindowState();
    void showError(const QString& title, const Error& error);
    bool runWelcome();

    void closeDatabase();
    void restoreFromBackup();
    void newDatabase();
    void openDatabaseDialog();
    void backup();
    void importProjects();
    void exportProjects();
    void openMemo();
    void about();

    std::unique_ptr<Session> m_session;
    QUndoGroup* m_undoGroup;
    QTabWidget* m_tabs;
    ProjectsPage* m_projects = nullptr;
    MeetingsPage* m_meetings = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_memoAction = nullptr;   // File ▸ Memo…, also in the project table's context menu
    QList<QAction*> m_databaseActions; // enabled only with an open database
    RollingBackupJob m_rollingBackup;
};

} // namespace tollgate
