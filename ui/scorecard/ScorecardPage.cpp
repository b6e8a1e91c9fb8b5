#include "scorecard/ScorecardPage.h"

#include "core/Clock.h"
#include "models/DateText.h"
#include "scorecard/AggregateView.h"
#include "scorecard/EvaluationBanner.h"
#include "scorecard/ScorecardForm.h"
#include "scorecard/ScorecardListModel.h"
#include "scoring/Aggregation.h"
#include "scoring/ScorecardOrder.h"
#include "session/Session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tollgate
{

namespace
{

std::optional<Scorecard> latestOf(const QList<Scorecard>& scorecards, const QString& analyst)
{
    std::optional<Scorecard> latest;
    for (const Scorecard& s : scorecards)
        if (s.analyst == analyst && (!latest || isLaterScreening(s, *latest)))
            latest = s;
    return latest;
}

std::optional<Scorecard> byId(const QList<Scorecard>& scorecards, qint64 id)
{
    for (const Scorecard& s : scorecards)
        if (s.id == id)
            return s;
    return std::nullopt;
}

} // namespace

ScorecardPage::ScorecardPage(Session* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_context(std::make_shared<ScorecardCommandContext>()),
      m_chinese(QLocale().language() == QLocale::Chinese), m_caption(new QLabel(this)),
      m_backToOwn(new QPushButton(tr("Back to my scorecard"), this)),
      m_newScreening(new QPushButton(tr("New screening"), this)), m_tabs(new QTabWidget(this)),
      m_form(new ScorecardForm(this)), m_aggregate(new AggregateView(this)),
      m_listModel(new ScorecardListModel(this)), m_list(new QTableView(this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("scorecardPage"));
    m_context->session = session;
    m_context->resolveConflict = [this](const Scorecard& stored, const Error& error) {
        QMessageBox box(QMessageBox::Warning, tr("Scorecard changed elsewhere"), error.message,
                        QMessageBox::NoButton, this);
        box.setInformativeText(
            tr("Reload shows what is stored now (dated %1) and drops this change; "
               "Overwrite stores this change over it.")
                .arg(displayDate(stored.date)));
        QPushButton* reload = box.addButton(tr("Reload"), QMessageBox::RejectRole);
        box.addButton(tr("Overwrite"), QMessageBox::AcceptRole);
        box.setDefaultButton(reload);
        box.exec();
        return box.clickedButton() == reload ? ConflictChoice::Reload : ConflictChoice::Overwrite;
    };
    m_context->reportError = [this](const Error& error) {
        QMessageBox::warning(this, tr("The change was not stored"), error.message);
    };

    m_caption->setObjectName(QStringLiteral("scorecardCaption"));
    m_caption->setWordWrap(true);
    m_backToOwn->setObjectName(QStringLiteral("backToOwnButton"));
    m_backToOwn->hide();
    m_newScreening->setObjectName(QStringLiteral("newScreeningButton"));
    m_newScreening->setToolTip(tr("Start a new screening dated today from a copy of your "
                                  "latest one. Earlier screenings stay in the history."));
    m_message->setObjectName(QStringLiteral("scorecardMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_list->setObjectName(QStringLiteral("scorecardTable"));
    m_list->setModel(m_listModel);
    m_list->setAccessibleName(tr("Scorecards of this project"));
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setStretchLastSection(true);

    auto* listBox = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto* listTitle =
        new QLabel(tr("Every screening of this project (click one to read it):"), listBox);
    listLayout->addWidget(listTitle);
    listLayout->addWidget(m_list, 1);
    auto* analysts = new QSplitter(Qt::Vertical, this);
    analysts->setObjectName(QStringLiteral("analystsSplitter"));
    analysts->addWidget(m_aggregate);
    analysts->addWidget(listBox);
    analysts->setStretchFactor(0, 3);
    analysts->setStretchFactor(1, 1);

    m_tabs->setObjectName(QStringLiteral("scorecardTabs"));
    m_tabs->addTab(m_form, tr("Scorecard"));
    m_tabs->addTab(analysts, tr("All analysts"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_caption, 1);
    top->addWidget(m_backToOwn);
    top->addWidget(m_newScreening);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);

    connect(m_form, &ScorecardForm::edited, this, &ScorecardPage::onEdited);
    connect(m_newScreening, &QPushButton::clicked, this, &ScorecardPage::startNewScreening);
    connect(m_backToOwn, &QPushButton::clicked, this, &ScorecardPage::showOwnScorecard);
    connect(m_list, &QTableView::clicked, this, [this](const QModelIndex& index) {
        viewScorecard(m_listModel->scorecardId(index.row()));
        m_tabs->setCurrentWidget(m_form);
    });
    connect(m_list, &QTableView::activated, this, [this](const QModelIndex& index) {
        viewScorecard(m_listModel->scorecardId(index.row()));
        m_tabs->setCurrentWidget(m_form);
    });
    connect(session, &Session::projectChanged, this, [this](qint64 id) {
        if (id == m_projectId)
            reload(true);
    });
    connect(session, &Session::projectRemoved, this, [this](qint64 id) {
        if (id == m_projectId)
            setProject(0);
    });
    connect(session, &Session::projectsReset, this, [this] { reload(true); });
    connect(session, &Session::analystChanged, this, [this] {
        m_viewing = 0;
        reload(false);
    });
    setProject(0);
}

void ScorecardPage::setConflictResolver(
    std::function<ConflictChoice(const Scorecard&, const Error&)> resolver)
{
    m_context->resolveConflict = std::move(resolver);
}

void ScorecardPage::setErrorReporter(std::function<void(const Error&)> reporter)
{
    m_context->reportError = std::move(reporter);
}

void ScorecardPage::setChinese(bool chinese)
{
    m_chinese = chinese;
    m_form->setChinese(chinese);
    reload(true);
}

qint64 ScorecardPage::shownScorecardId() const
{
    return m_shownId > 0 ? m_shownId : 0;
}

void ScorecardPage::setProject(qint64 projectId)
{
    m_projectId = projectId;
    m_viewing = 0;
    m_shownId = -1;
    reload(false);
}

void ScorecardPage::viewScorecard(qint64 scorecardId)
{
    m_viewing = scorecardId;
    reload(false);
}

void ScorecardPage::showOwnScorecard()
{
    m_viewing = 0;
    reload(false);
}

void ScorecardPage::startNewScreening()
{
    if (m_projectId == 0 || m_session->analyst().isEmpty())
        return;
    const std::optional<Scorecard> own = latestOf(m_scorecards, m_session->analyst());
    Scorecard fresh = own ? *own : draftScorecard();
    fresh.id = 0;
    fresh.rowVersion = 0;
    fresh.date = Clock::today();
    fresh.templateId = m_currentTemplate.id;
    m_viewing = 0;
    m_tabs->setCurrentWidget(m_form);
    m_session->undoStack()->push(
        new AddScorecardCommand(m_context, m_handles.forId(0), fresh, tr("New screening")));
}

Scorecard ScorecardPage::draftScorecard() const
{
    Scorecard s;
    s.projectId = m_projectId;
    s.templateId = m_currentTemplate.id;
    s.analyst = m_session->analyst();
    s.date = Clock::today();
    return s;
}

void ScorecardPage::showMessage(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void ScorecardPage::reload(bool keepTyping)
{
    const bool hasProject = m_projectId != 0;
    m_tabs->setEnabled(hasProject);
    m_newScreening->setEnabled(hasProject);
    if (!hasProject) {
        m_caption->setText(tr("Select a project to see its scorecards."));
        m_backToOwn->hide();
        m_handle.reset();
        return;
    }
    Portfolio& portfolio = m_session->portfolio();
    Result<Project> project = portfolio.project(m_projectId);
    Result<QList<Scorecard>> scorecards = portfolio.scorecards(m_projectId);
    Result<Template> current = portfolio.currentTemplate();
    const auto fail = [this](const Error& error) {
        showMessage(error.message);
        m_tabs->setEnabled(false);
        m_newScreening->setEnabled(false);
    };
    if (!project.ok())
        return fail(project.error());
    if (!scorecards.ok())
        return fail(scorecards.error());
    if (!current.ok())
        return fail(current.error());
    showMessage(QString());
    m_project = *project;
    m_scorecards = *scorecards;
    m_currentTemplate = *current;

    const QString analyst = m_session->analyst();
    const std::optional<Scorecard> own = latestOf(m_scorecards, analyst);
    std::optional<Scorecard> viewed = m_viewing ? byId(m_scorecards, m_viewing) : std::nullopt;
    if (viewed && own && viewed->id == own->id)
        viewed.reset(); // the analyst's own latest is edited, not merely read
    if (!viewed)
        m_viewing = 0;

    const bool ownMode = !viewed && !analyst.isEmpty();
    const Scorecard shown = viewed ? *viewed : own ? *own : draftScorecard();
    m_handle = ownMode ? m_handles.forId(shown.id) : nullptr;

    Template shownTemplate = m_currentTemplate;
    if (shown.templateId != 0 && shown.templateId != m_currentTemplate.id) {
        Result<Template> older = portfolio.templateById(shown.templateId);
        if (older.ok())
            shownTemplate = *older;
    }
    const bool sameTarget = m_shownId == shown.id || (m_shownId == 0 && ownMode && !viewed);
    if (shownTemplate.id != m_shownTemplateId) {
        m_form->setTemplate(shownTemplate);
        m_shownTemplateId = shownTemplate.id;
        keepTyping = false;
    }
    m_form->setReadOnly(!ownMode);
    m_form->setProject(m_project);
    m_form->setScorecard(shown, keepTyping && sameTarget);
    m_shownId = shown.id;
    updateCaption(shown, ownMode);

    m_listModel->setScorecards(m_currentTemplate, m_project, m_scorecards, analyst);
    const int row = m_listModel->rowOf(shown.id);
    if (row >= 0)
        m_list->selectRow(row);
    else
        m_list->clearSelection();
    m_aggregate->setProject(m_currentTemplate, m_project, m_scorecards, m_chinese);
    m_tabs->setTabText(m_tabs->indexOf(m_aggregate->parentWidget()),
                       tr("All analysts (%1)").arg(latestPerAnalyst(m_scorecards).size()));
}

void ScorecardPage::updateCaption(const Scorecard& shown, bool own)
{
    const QString date = displayDate(shown.date);
    QString caption;
    if (m_session->analyst().isEmpty() && !m_viewing)
        caption = tr("Set your analyst name in Settings to score this project.");
    else if (!own)
        caption = tr("%1's screening of %2 — read-only").arg(shown.analyst, date);
    else if (shown.id == 0)
        caption = tr("Your screening, dated %1: it is stored with your first change.").arg(date);
    else
        caption = tr("Your screening of %1 — every change is saved at once.").arg(date);
    m_caption->setText(caption);
    m_backToOwn->setVisible(!own && !m_session->analyst().isEmpty());
    m_form->banner()->setCaption(own ? tr("This scorecard")
                                     : tr("%1's scorecard").arg(shown.analyst));
}

void ScorecardPage::onEdited(const ScorecardEdit& edit)
{
    if (!m_handle)
        return; // read-only view: the form does not emit, but stay safe
    QUndoCommand* command = nullptr;
    if (m_handle->id == 0)
        command = new AddScorecardCommand(m_context, m_handle, edit.after, edit.description);
    else
        command = new UpdateScorecardCommand(m_context, m_handle, edit.before, edit.after,
                                             edit.description, edit.mergeKey);
    m_session->undoStack()->push(command);
}

} // namespace tollgate
