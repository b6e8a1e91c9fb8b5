#include "meetings/MeetingsPage.h"

#include "charts/MemoChartRenderer.h"
#include "core/ListText.h"
#include "domain/DecisionStage.h"
#include "meetings/AgendaModel.h"
#include "meetings/AgendaTable.h"
#include "meetings/MeetingDialog.h"
#include "meetings/MeetingListModel.h"
#include "meetings/MeetingRecorder.h"
#include "meetings/MinutesDialog.h"
#include "meetings/PresentWindow.h"
#include "meetings/StageChangeDialog.h"
#include "models/DisplayNames.h"
#include "report/MeetingMinutes.h"
#include "report/MeetingPack.h"
#include "report/MeetingText.h"
#include "session/Session.h"
#include "settings/AppSettings.h"
#include "storage/Portfolio.h"

#include <QApplication>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tollgate
{

namespace
{

QPushButton* button(const QString& text, const QString& objectName)
{
    auto* b = new QPushButton(text);
    b->setObjectName(objectName);
    return b;
}

} // namespace

MeetingsPage::MeetingsPage(Session* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_recorder(new MeetingRecorder(session, this)),
      m_meetings(new MeetingListModel(this)), m_meetingTable(new QTableView),
      m_agenda(new AgendaModel(m_recorder, this)), m_agendaTable(new AgendaTable),
      m_details(new QLabel), m_readOnly(new QLabel),
      m_new(button(tr("&New meeting…"), QStringLiteral("newMeetingButton"))),
      m_edit(button(tr("&Edit…"), QStringLiteral("editMeetingButton"))),
      m_delete(button(tr("De&lete"), QStringLiteral("deleteMeetingButton"))),
      m_up(button(tr("Move &up"), QStringLiteral("moveUpButton"))),
      m_down(button(tr("Move d&own"), QStringLiteral("moveDownButton"))),
      m_remove(button(tr("&Remove from agenda"), QStringLiteral("removeItemButton"))),
      m_present(button(tr("&Present"), QStringLiteral("presentButton"))),
      m_close(button(tr("&Close meeting…"), QStringLiteral("closeMeetingButton"))),
      m_minutes(button(tr("M&inutes…"), QStringLiteral("minutesButton"))),
      m_pack(button(tr("Meeting &pack…"), QStringLiteral("meetingPackButton"))),
      m_rescreen(button(tr("Re-&screen"), QStringLiteral("rescreenButton")))
{
    setObjectName(QStringLiteral("meetingsPage"));
    m_meetingTable->setObjectName(QStringLiteral("meetingTable"));
    m_meetingTable->setModel(m_meetings);
    m_meetingTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_meetingTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_meetingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_meetingTable->verticalHeader()->hide();
    m_meetingTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_meetingTable->horizontalHeader()->setSectionResizeMode(MeetingListModel::TitleColumn,
                                                             QHeaderView::Stretch);
    m_meetingTable->setAccessibleName(tr("Meetings"));
    m_agendaTable->setObjectName(QStringLiteral("agendaTable"));
    m_agendaTable->setModel(m_agenda);
    m_agendaTable->setAccessibleName(tr("Agenda"));
    m_agendaTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_agendaTable->horizontalHeader()->setSectionResizeMode(AgendaModel::NotesColumn,
                                                            QHeaderView::Stretch);
    m_details->setObjectName(QStringLiteral("meetingDetailsLabel"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_readOnly->setObjectName(QStringLiteral("meetingReadOnlyLabel"));
    m_readOnly->setText(tr("Closed: this meeting's record is read-only."));
    m_readOnly->setStyleSheet(QStringLiteral("color: #b02418; font-weight: bold;"));
    m_present->setToolTip(tr("Show the agenda full screen and record votes and decisions (F5)"));
    m_rescreen->setToolTip(tr("A new dated scorecard for the selected holding, copied from its "
                              "latest, to score again at this review"));

    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_edit);
    listButtons->addWidget(m_delete);
    listButtons->addStretch();
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->addLayout(listButtons);
    leftLayout->addWidget(m_meetingTable);

    auto* agendaButtons = new QHBoxLayout;
    agendaButtons->addWidget(m_up);
    agendaButtons->addWidget(m_down);
    agendaButtons->addWidget(m_remove);
    agendaButtons->addWidget(m_rescreen);
    agendaButtons->addStretch();
    auto* runButtons = new QHBoxLayout;
    runButtons->addWidget(m_present);
    runButtons->addWidget(m_close);
    runButtons->addStretch();
    runButtons->addWidget(m_minutes);
    runButtons->addWidget(m_pack);
    auto* hint = new QLabel(tr("Add projects from the Projects tab: drag them here, or use "
                               "“Add to meeting…” (Ctrl+Shift+A). Reorder with drag or "
                               "Alt+↑/↓; Delete removes."));
    hint->setWordWrap(true);
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_details);
    rightLayout->addWidget(m_readOnly);
    rightLayout->addWidget(m_agendaTable, 1);
    rightLayout->addWidget(hint);
    rightLayout->addLayout(agendaButtons);
    rightLayout->addLayout(runButtons);

    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_new, &QPushButton::clicked, this, &MeetingsPage::newMeeting);
    connect(m_edit, &QPushButton::clicked, this, &MeetingsPage::editMeeting);
    connect(m_delete, &QPushButton::clicked, this, &MeetingsPage::deleteMeeting);
    connect(m_present, &QPushButton::clicked, this, &MeetingsPage::present);
    connect(m_close, &QPushButton::clicked, this, &MeetingsPage::closeMeeting);
    connect(m_minutes, &QPushButton::clicked, this, &MeetingsPage::showMinutes);
    connect(m_pack, &QPushButton::clicked, this, &MeetingsPage::exportPack);
    connect(m_rescreen, &QPushButton::clicked, this, &MeetingsPage::rescreenSelected);
    connect(m_up, &QPushButton::clicked, this, [this] {
        const int row = m_agendaTable->currentIndex().row();
        moveCurrent(row, row - 1);
    });
    connect(m_down, &QPushButton::clicked, this, [this] {
        const int row = m_agendaTable->currentIndex().row();
        moveCurrent(row, row + 1);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_agendaTable->currentIndex().isValid())
            m_recorder->removeItem(m_agendaTable->currentIndex().row());
    });
    connect(m_agendaTable, &AgendaTable::moveRequested, this, &MeetingsPage::moveCurrent);
    connect(m_agendaTable, &AgendaTable::removeRequested, m_recorder, &MeetingRecorder::removeItem);
    connect(m_meetingTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MeetingsPage::onMeetingSelected);
    connect(m_agendaTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MeetingsPage::updateDetails);
    connect(m_recorder, &MeetingRecorder::meetingChanged, this, [this] {
        // The list shows the item counts and status of the meeting being edited.
        const int row = m_meetings->rowOfId(m_recorder->meeting().id);
        if (row >= 0 && m_meetings->meetingAt(row).rowVersion != m_recorder->meeting().rowVersion)
            reload();
        updateDetails();
    });
    connect(m_recorder, &MeetingRecorder::editFailed, this,
            [this](const Error& error) { emit statusMessage(error.message); });
    connect(m_session, &Session::projectChanged, this, [this] { m_projectsStale = true; });
    connect(m_session, &Session::projectRemoved, this, [this] { m_projectsStale = true; });
    connect(m_session, &Session::projectsReset, this, [this] { m_projectsStale = true; });
    auto* presentKey = new QShortcut(QKeySequence(Qt::Key_F5), this);
    presentKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(presentKey, &QShortcut::activated, this, &MeetingsPage::present);

    reload();
}

MeetingsPage::~MeetingsPage()
{
    // Present mode records through the recorder: it goes first.
    delete m_presenting;
}

void MeetingsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_projectsStale)
        loadProjects();
}

void MeetingsPage::loadProjects()
{
    Result<QHash<qint64, ProjectSummary>> projects = summariesById(m_session->portfolio());
    if (!projects) {
        emit statusMessage(projects.error().message);
        return;
    }
    QHash<QString, QString> segmentNames;
    if (const Result<QList<Segment>> segments = m_session->portfolio().segments()) {
        for (const Segment& segment : *segments)
            segmentNames.insert(segment.key, DisplayNames::segmentShortName(segment));
    }
    m_agenda->setProjects(*projects, segmentNames);
    m_projectsStale = false;
}

void MeetingsPage::reload()
{
    const qint64 selected = selectedMeeting() ? selectedMeeting() : m_recorder->meeting().id;
    Result<QList<Meeting>> meetings = m_session->portfolio().meetings();
    if (!meetings) {
        emit statusMessage(meetings.error().message);
        return;
    }
    const QSignalBlocker block(m_meetingTable->selectionModel());
    m_meetings->setMeetings(std::move(meetings).value());
    const int row = m_meetings->rowOfId(selected);
    m_meetingTable->selectRow(row >= 0 ? row : 0);
    if (m_projectsStale)
        loadProjects();
    onMeetingSelected();
}

void MeetingsPage::selectMeeting(qint64 id)
{
    const int row = m_meetings->rowOfId(id);
    if (row >= 0)
        m_meetingTable->selectRow(row);
}

qint64 MeetingsPage::selectedMeeting() const
{
    const QModelIndex current = m_meetingTable->currentIndex();
    return current.isValid() ? m_meetings->meetingAt(current.row()).id : 0;
}

void MeetingsPage::onMeetingSelected()
{
    const qint64 id = selectedMeeting();
    if (id != m_recorder->meeting().id || id == 0)
        m_recorder->load(id);
    updateDetails();
}

void MeetingsPage::updateDetails()
{
    const Meeting& m = m_recorder->meeting();
    const bool has = m_recorder->hasMeeting();
    const bool open = has && !m_recorder->isReadOnly();
    if (has) {
        m_details->setText(
            tr("%1\n%2 · %3 · %4 items\nAttendees: %5")
                .arg(m.title, m.date.toString(Qt::ISODate), MeetingText::status(m.status))
                .arg(m.agenda.size())
                .arg(ListText::names(m.attendees)));
    } else {
        m_details->setText(tr("No meeting yet. Plan one with “New meeting…”."));
    }
    m_readOnly->setVisible(has && !open);
    const QModelIndex item = m_agendaTable->currentIndex();
    m_edit->setEnabled(open);
    m_delete->setEnabled(open);
    m_up->setEnabled(open && item.isValid() && item.row() > 0);
    m_down->setEnabled(open && item.isValid() && item.row() + 1 < m_agenda->rowCount());
    m_remove->setEnabled(open && item.isValid());
    m_close->setEnabled(open);
    m_present->setEnabled(has);
    m_minutes->setEnabled(has);
    m_pack->setEnabled(has);
    m_rescreen->setEnabled(item.isValid() &&
                           m_agenda->projectAt(item.row()).stage == Stage::Invested);
}

void MeetingsPage::showError(const QString& title, const Error& error)
{
    QMessageBox::warning(this, title, error.message);
}

void MeetingsPage::moveCurrent(int from, int to)
{
    if (from < 0 || to < 0 || to >= m_agenda->rowCount())
        return;
    if (m_recorder->moveItem(from, to))
        m_agendaTable->setCurrentIndex(m_agenda->index(to, AgendaModel::ProjectColumn));
}

void MeetingsPage::newMeeting()
{
    MeetingDialog dialog(this);
    dialog.setWindowTitle(tr("New meeting"));
    dialog.setDetails(QString(), QDate(), {m_session->analyst()});
    if (dialog.exec() != QDialog::Accepted)
        return;
    Meeting m;
    m.title = dialog.title();
    m.date = dialog.date();
    m.attendees = dialog.attendees();
    Result<qint64> id = m_session->portfolio().createMeeting(m, m_session->analyst());
    if (!id) {
        showError(tr("Cannot create the meeting"), id.error());
        return;
    }
    m_recorder->load(*id);
    reload();
    selectMeeting(*id);
}

void MeetingsPage::editMeeting()
{
    if (m_recorder->isReadOnly())
        return;
    const Meeting& m = m_recorder->meeting();
    MeetingDialog dialog(this);
    dialog.setDetails(m.title, m.date, m.attendees);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status saved = m_recorder->setDetails(dialog.title(), dialog.date(), dialog.attendees());
        !saved)
        showError(tr("Cannot change the meeting"), saved.error());
    reload();
}

void MeetingsPage::deleteMeeting()
{
    if (m_recorder->isReadOnly())
        return;
    const Meeting m = m_recorder->meeting();
    if (QMessageBox::question(this, tr("Delete meeting"),
                              tr("Delete the meeting “%1” and its agenda?").arg(m.title)) !=
        QMessageBox::Yes)
        return;
    if (Status removed = m_session->portfolio().deleteMeeting(m.id, m_session->analyst());
        !removed) {
        showError(tr("Cannot delete the meeting"), removed.error());
        return;
    }
    m_recorder->load(0);
    reload();
}

PresentWindow* MeetingsPage::present()
{
    if (!m_recorder->hasMeeting())
        return nullptr;
    if (m_presenting && m_presenting->isVisible()) {
        m_presenting->activateWindow();
        return m_presenting;
    }
    if (m_projectsStale)
        loadProjects();
    m_presenting = new PresentWindow(m_recorder, this);
    connect(m_presenting, &PresentWindow::closed, this, [this] {
        reload();
        m_agendaTable->setFocus();
    });
    // The screen the main window is on, all of it, even where no window manager honours the
    // full-screen request.
    if (const QScreen* screen = window()->screen())
        m_presenting->setGeometry(screen->geometry());
    m_presenting->showFullScreen();
    m_presenting->activateWindow();
    return m_presenting;
}

void MeetingsPage::closeMeeting()
{
    if (m_recorder->isReadOnly())
        return;
    const Meeting& m = m_recorder->meeting();
    int undecided = 0;
    for (const AgendaItem& item : m.agenda)
        undecided += item.decision == Decision::None;
    QString question =
        tr("Close “%1”? Its votes, decisions and notes become read-only.").arg(m.title);
    if (undecided > 0)
        question += u' ' + tr("%n item(s) have no decision.", nullptr, undecided);
    if (QMessageBox::question(this, tr("Close meeting"), question) != QMessageBox::Yes)
        return;
    if (Status closed = m_recorder->close(); !closed) {
        showError(tr("Cannot close the meeting"), closed.error());
        return;
    }
    reload();
    confirmStageChanges();
}

void MeetingsPage::confirmStageChanges()
{
    QList<StageChange> changes;
    for (const AgendaItem& item : m_recorder->meeting().agenda) {
        const ProjectSummary p = m_agenda->projects().value(item.projectId);
        if (p.id == 0)
            continue;
        if (const std::optional<Stage> to = stageAfterDecision(item.decision, p.stage))
            changes.append({p.id, p.name, p.stage, *to});
    }
    if (changes.isEmpty())
        return;
    StageChangeDialog dialog(changes, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    for (const StageChange& change : dialog.confirmed()) {
        Result<Stage> moved = m_session->portfolio().applyDecisionStage(
            m_recorder->meeting().id, change.projectId, m_session->analyst());
        if (!moved) {
            showError(tr("Cannot change the stage"), moved.error());
            continue;
        }
        m_session->notifyProjectChanged(change.projectId);
    }
    loadProjects();
    updateDetails();
}

void MeetingsPage::showMinutes()
{
    Result<MeetingMinutes> minutes = minutesOf(m_session->portfolio(), m_recorder->meeting().id);
    if (!minutes) {
        showError(tr("Cannot write the minutes"), minutes.error());
        return;
    }
    MinutesDialog dialog(*minutes, this);
    dialog.exec();
}

void MeetingsPage::exportPack()
{
    const Meeting& m = m_recorder->meeting();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the meeting pack"),
        tr("meeting-pack-%1.pdf").arg(m.date.toString(Qt::ISODate)), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    MeetingPackOptions options;
    options.memo.fundName = AppSettings::fundName();
    options.memo.preparedBy = m_session->analyst();
    options.memo.chinese = DisplayNames::chineseUi();
    options.charts = [&options](const MemoData& data) {
        return MemoChartRenderer::render(data, options.memo.chinese);
    };
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = writeMeetingPackPdf(m_session->portfolio(), m.id, path, options);
    QApplication::restoreOverrideCursor();
    if (!written) {
        showError(tr("Cannot export the meeting pack"), written.error());
        return;
    }
    emit statusMessage(tr("Wrote the meeting pack to %1").arg(path));
}

void MeetingsPage::rescreenSelected()
{
    const QModelIndex item = m_agendaTable->currentIndex();
    if (!item.isValid())
        return;
    const ProjectSummary p = m_agenda->projectAt(item.row());
    Result<qint64> scorecard = m_session->portfolio().rescreen(p.id, m_session->analyst());
    if (!scorecard) {
        showError(tr("Cannot re-screen"), scorecard.error());
        return;
    }
    m_session->notifyProjectChanged(p.id);
    emit statusMessage(tr("“%1” re-screened: a new scorecard dated today, copied from the "
                          "latest, is ready to score.")
                           .arg(p.name));
}

Status MeetingsPage::addProjects(const QList<qint64>& projectIds)
{
    if (m_projectsStale)
        loadProjects();
    return m_recorder->addProjects(projectIds);
}

void MeetingsPage::addProjectsInteractively(const QList<qint64>& projectIds)
{
    if (projectIds.isEmpty())
        return;
    QList<Meeting> open;
    for (int row = 0; row < m_meetings->rowCount(); ++row) {
        if (m_meetings->meetingAt(row).status != MeetingStatus::Closed)
            open << m_meetings->meetingAt(row);
    }
    if (open.isEmpty()) {
        QMessageBox::information(this, tr("Add to meeting"),
                                 tr("There is no open meeting. Plan one in the Meetings tab "
                                    "first."));
        return;
    }
    qint64 target = open.first().id;
    if (open.size() > 1) {
        QStringList names;
        for (const Meeting& m : std::as_const(open))
            names << QStringLiteral("%1 — %2").arg(m.date.toString(Qt::ISODate), m.title);
        bool ok = false;
        const QString chosen = QInputDialog::getItem(
            this, tr("Add to meeting"),
            tr("Add %n project(s) to:", nullptr, int(projectIds.size())), names, 0, false, &ok);
        if (!ok)
            return;
        target = open.at(names.indexOf(chosen)).id;
    }
    selectMeeting(target);
    if (m_recorder->meeting().id != target)
        m_recorder->load(target);
    if (Status added = addProjects(projectIds); !added) {
        showError(tr("Cannot add to the meeting"), added.error());
        return;
    }
    emit statusMessage(tr("Added %n project(s) to “%1”.", nullptr, int(projectIds.size()))
                           .arg(m_recorder->meeting().title));
}

} // namespace tollgate
