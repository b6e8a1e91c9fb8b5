#include "projects/ProjectDetail.h"

#include "charts/VerdictStyle.h"
#include "commands/EditFeedback.h"
#include "commands/PlainMessage.h"
#include "commands/ProjectCommands.h"
#include "core/ListText.h"
#include "history/HistoryView.h"
#include "models/DisplayNames.h"
#include "models/ProjectSummaryLoader.h"
#include "projects/PlaceholderLabel.h"
#include "projects/ProjectFieldsForm.h"
#include "scoring/OutcomeText.h"
#include "session/Session.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

#include "scorecard/ScorecardPage.h"

#include "dashboard/ProjectChartsPanel.h"

namespace tollgate
{

ProjectDetail::ProjectDetail(Session* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_title(new QLabel), m_subtitle(new QLabel),
      m_verdict(new QLabel), m_scores(new QLabel), m_redFlags(new QLabel),
      m_archive(new QPushButton(tr("&Archive"))), m_delete(new QPushButton(tr("Delete…"))),
      m_tabs(new QTabWidget), m_form(new ProjectFieldsForm), m_history(new HistoryView(session)),
      m_content(new QWidget), m_empty(placeholderLabel(tr("Select a project in the table.")))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("projectTitle"));
    // The name and the lead analyst are the user's text: shown as typed, never as HTML.
    m_title->setTextFormat(Qt::PlainText);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_verdict->setObjectName(QStringLiteral("verdictBanner"));
    m_verdict->setAlignment(Qt::AlignCenter);
    m_verdict->setMinimumWidth(110);
    m_scores->setObjectName(QStringLiteral("scoresLabel"));
    m_redFlags->setObjectName(QStringLiteral("redFlagsLabel"));
    m_redFlags->setWordWrap(true);
    m_redFlags->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_archive->setObjectName(QStringLiteral("archiveButton"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_archive->setToolTip(tr("Hide the project from the table without deleting it"));
    connect(m_archive, &QPushButton::clicked, this, &ProjectDetail::archiveProject);
    connect(m_delete, &QPushButton::clicked, this, &ProjectDetail::deleteProject);

    auto* headline = new QHBoxLayout;
    auto* names = new QVBoxLayout;
    names->addWidget(m_title);
    names->addWidget(m_subtitle);
    names->addWidget(m_scores);
    headline->addLayout(names, 1);
    headline->addWidget(m_verdict, 0, Qt::AlignTop);

    auto* scroll = new QScrollArea;
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the fields, which scroll into view
    auto* fieldsPage = new QWidget;
    auto* fieldsLayout = new QVBoxLayout(fieldsPage);
    fieldsLayout->addWidget(scroll, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_archive);
    buttons->addWidget(m_delete);
    fieldsLayout->addLayout(buttons);

    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->addTab(fieldsPage, tr("&Project"));
    m_scorecard = new ScorecardPage(session);
    // In a scroll area, so the wide scored form does not force its width on the whole pane:
    // a narrow pane scrolls it sideways instead.
    auto* scorecardScroll = new QScrollArea;
    scorecardScroll->setWidget(m_scorecard);
    scorecardScroll->setWidgetResizable(true);
    scorecardScroll->setFrameShape(QFrame::NoFrame);
    scorecardScroll->setFocusPolicy(Qt::NoFocus);
    m_tabs->addTab(scorecardScroll, tr("S&corecard"));
    m_charts = new ProjectChartsPanel(session);
    m_tabs->addTab(m_charts, tr("C&harts"));
    m_tabs->addTab(m_history, tr("&History"));

    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(headline);
    contentLayout->addWidget(m_redFlags);
    contentLayout->addWidget(m_tabs, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_content);
    m_content->hide();

    connect(m_form, &ProjectFieldsForm::edited, this, &ProjectDetail::storeEdit);
    session->followProject(
        this, [this] { return m_projectId; }, [this] { reload(); }, [this] { setProject(0); });
}

void ProjectDetail::setProject(qint64 projectId)
{
    if (projectId == m_projectId && projectId != 0)
        return;
    m_projectId = projectId;
    m_history->setProject(projectId);
    m_scorecard->setProject(projectId);
    m_charts->setProject(projectId);
    reload();
}

void ProjectDetail::reload()
{
    const Result<Project> p =
        m_projectId ? m_session->portfolio().project(m_projectId) : Result<Project>(Error());
    m_content->setVisible(p.ok());
    m_empty->setVisible(!p.ok());
    if (!p) {
        m_project = Project();
        return;
    }
    m_project = *p;
    const auto segments = m_session->portfolio().segments();
    if (segments)
        m_form->setSegments(*segments);
    m_form->setProject(m_project);
    m_archive->setText(m_project.archived ? tr("Un&archive") : tr("&Archive"));
    updateHeadline();
}

void ProjectDetail::updateHeadline()
{
    m_title->setText(m_project.name);
    const Result<ProjectSummary> s =
        loadProjectSummary(m_session->portfolio(), m_projectId, m_session->analyst());
    QString segmentName = m_project.segmentKey;
    if (const auto segments = m_session->portfolio().segments())
        for (const Segment& seg : *segments)
            if (seg.key == m_project.segmentKey)
                segmentName = seg.displayName(DisplayNames::chineseUi());
    QStringList parts{segmentName, DisplayNames::stage(m_project.stage)};
    if (!m_project.leadAnalyst.isEmpty())
        parts.append(tr("lead %1").arg(m_project.leadAnalyst));
    if (m_project.archived)
        parts.append(tr("archived"));
    m_subtitle->setText(parts.join(QStringLiteral(" · ")));
    if (!s)
        return;
    const QColor colour = verdictTextColour(s->verdict);
    m_verdict->setText(DisplayNames::verdict(s->verdict));
    m_verdict->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: white; font-weight: bold; "
                       "border-radius: 4px; padding: 6px 12px; }")
            .arg(colour.name()));
    m_scores->setText(tr("M %1 · C %2 · composite %3")
                          .arg(DisplayNames::score(s->market), DisplayNames::score(s->cost),
                               DisplayNames::score(s->composite)));
    QStringList flags;
    for (const QString& id : s->redFlags)
        flags.append(redFlagName(id));
    m_redFlags->setText(flags.isEmpty() ? QString()
                                        : tr("Red flags: %1").arg(ListText::join(flags)));
    m_redFlags->setVisible(!flags.isEmpty());
}

void ProjectDetail::storeEdit(const Project& edited, const QString& field)
{
    const CommandOutcome outcome = pushProjectCommand(
        *m_session, new EditProjectCommand(m_session, m_project, edited,
                                           tr("Edit %1 of “%2”").arg(field, m_project.name)));
    if (!outcome.status && outcome.status.error().kind != ErrorKind::Conflict)
        EditFeedback::reportError(outcome.status.error());
    if (!outcome.status) {
        reload(); // show what is stored, typing included
        m_form->setProject(m_project, true);
    }
}

void ProjectDetail::archiveProject()
{
    if (m_projectId == 0)
        return;
    const bool archiving = !m_project.archived;
    const QString question =
        archiving ? tr("Archive “%1”? It leaves the table until you show archived projects.")
                  : tr("Bring “%1” back from the archive?");
    if (QMessageBox::question(this, archiving ? tr("Archive project") : tr("Unarchive project"),
                              question.arg(m_project.name)) != QMessageBox::Yes)
        return;
    Project after = m_project;
    after.archived = archiving;
    const CommandOutcome outcome = pushProjectCommand(
        *m_session, new EditProjectCommand(m_session, m_project, after,
                                           archiving ? tr("Archive “%1”").arg(m_project.name)
                                                     : tr("Unarchive “%1”").arg(m_project.name)));
    if (!outcome.status && outcome.status.error().kind != ErrorKind::Conflict)
        EditFeedback::reportError(outcome.status.error());
}

void ProjectDetail::deleteProject()
{
    if (m_projectId == 0)
        return;
    if (PlainMessage::warning(this, tr("Delete project"),
                              tr("Delete “%1” with all its scorecards? Undo (Ctrl+Z) brings it "
                                 "back.")
                                  .arg(m_project.name),
                              QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    const CommandOutcome outcome = pushProjectCommand(
        *m_session, new DeleteProjectCommand(m_session, m_projectId, m_project.name));
    if (!outcome.status)
        EditFeedback::reportError(outcome.status.error());
}

} // namespace tollgate
