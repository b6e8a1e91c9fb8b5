#pragma once

#include "domain/Project.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace tollgate
{

class HistoryView;
class ProjectChartsPanel;
class ProjectFieldsForm;
class ScorecardPage;
class Session;

// The right-hand side of the Projects tab: the selected project's headline (verdict, M, C,
// composite, red flags) over tabs for its fields, its scorecard, its charts and its history.
// Field edits are saved at once, each through an undo command.
class ProjectDetail : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectDetail(Session* session, QWidget* parent = nullptr);

    void setProject(qint64 projectId); // 0 shows nothing
    qint64 projectId() const { return m_projectId; }
    ProjectFieldsForm* fieldsForm() const { return m_form; }
    QTabWidget* tabs() const { return m_tabs; }
    ScorecardPage* scorecardPage() const { return m_scorecard; }

public slots:
    void archiveProject(); // asks first; unarchives an archived project
    void deleteProject();  // asks first

private:
    void reload();
    void updateHeadline();
    void storeEdit(const Project& edited, const QString& field);

    Session* m_session;
    qint64 m_projectId = 0;
    Project m_project;
    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_verdict;
    QLabel* m_scores;
    QLabel* m_redFlags;
    QPushButton* m_archive;
    QPushButton* m_delete;
    QTabWidget* m_tabs;
    ProjectFieldsForm* m_form;
    HistoryView* m_history;
    ScorecardPage* m_scorecard = nullptr;
    ProjectChartsPanel* m_charts = nullptr;
    QWidget* m_content;
    QLabel* m_empty;
};

} // namespace tollgate
