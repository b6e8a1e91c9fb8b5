#pragma once

#include "domain/Project.h"
#include "domain/Scorecard.h"
#include "domain/Template.h"
#include "scorecard/ScorecardCommands.h"
#include "scorecard/ScorecardEdit.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace tollgate
{

class AggregateView;
class ScorecardForm;
class ScorecardListModel;
class Session;

// The scorecard side of a project's detail: the current analyst's latest scorecard in the
// scored form (stored at the first edit if they have none; every change saved at once as an
// undo step), "New screening", every scorecard of the project (others' read-only on select)
// and the aggregate view. Follows Session::projectChanged.
class ScorecardPage : public QWidget
{
    Q_OBJECT
public:
    explicit ScorecardPage(Session* session, QWidget* parent = nullptr);

    // 0 shows nothing.
    void setProject(qint64 projectId);
    qint64 projectId() const { return m_projectId; }

    // Shows any scorecard of the project; another analyst's or an older one is read-only.
    void viewScorecard(qint64 scorecardId);
    // Back to the current analyst's own latest scorecard.
    void showOwnScorecard();
    // Starts a new dated screening from a copy of the analyst's latest; old ones stay.
    void startNewScreening();
    // Submits the analyst's own latest scorecard: under blind scoring this reveals the other
    // analysts' scores of the project.
    void submitOwnScorecard();

    // Rubric texts and criterion names in Chinese or English; defaults to the UI locale.
    void setChinese(bool chinese);

    // Replaces the dialogs the page shows on a conflict or error (tests answer directly).
    void setConflictResolver(
        std::function<ConflictChoice(const Scorecard& stored, const Error& error)> resolver);
    void setErrorReporter(std::function<void(const Error& error)> reporter);

    ScorecardForm* form() const { return m_form; }
    AggregateView* aggregateView() const { return m_aggregate; }
    QTableView* scorecardTable() const { return m_list; }
    ScorecardListModel* scorecardListModel() const { return m_listModel; }
    QPushButton* newScreeningButton() const { return m_newScreening; }
    QPushButton* submitButton() const { return m_submit; }
    QTabWidget* tabs() const { return m_tabs; }
    // The id of the scorecard in the form; 0 while the analyst has none stored yet.
    qint64 shownScorecardId() const;

private:
    void reload(bool keepTyping);
    void onEdited(const ScorecardEdit& edit);
    void showMessage(const QString& message);
    Scorecard draftScorecard() const;
    void updateCaption(const Scorecard& shown, bool own);

    Session* m_session;
    qint64 m_projectId = 0;
    qint64 m_viewing = 0; // a scorecard shown read-only; 0 = the analyst's own
    Project m_project;
    Template m_currentTemplate;
    QList<Scorecard> m_scorecards;
    ScorecardHandles m_handles;
    std::shared_ptr<ScorecardHandle> m_handle; // the analyst's own scorecard in the form
    std::shared_ptr<ScorecardCommandContext> m_context;
    qint64 m_shownId = -1; // what the form showed last (-1 nothing, 0 a draft)
    qint64 m_shownTemplateId = -1;
    bool m_chinese = false;
    bool m_blind = false;        // blind scoring is on for the database
    bool m_othersHidden = false; // and hides the others' scores of this project from us

    QLabel* m_caption;
    QPushButton* m_backToOwn;
    QPushButton* m_newScreening;
    QPushButton* m_submit;
    QTabWidget* m_tabs;
    ScorecardForm* m_form;
    AggregateView* m_aggregate;
    ScorecardListModel* m_listModel;
    QTableView* m_list;
    QLabel* m_message;
};

} // namespace tollgate
