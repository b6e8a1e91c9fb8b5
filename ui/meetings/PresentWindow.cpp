#include "meetings/PresentWindow.h"

#include "meetings/MeetingRecorder.h"
#include "meetings/RecordingPanel.h"
#include "models/DisplayNames.h"
#include "report/MeetingText.h"
#include "session/Session.h"
#include "storage/Portfolio.h"

#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace tollgate
{

namespace
{
// The slide's type is sized for a 1080-line screen. A smaller one (a 1366×768 projector) gets
// it in proportion, so the scores, the charts and the record all fit without scrolling.
double roomScale(const QScreen* screen)
{
    if (!screen)
        return 1.0;
    return std::clamp(screen->geometry().height() / 1080.0, 0.6, 1.0);
}

// Scales every font set on a widget of the tree; the fonts they pass on to their children follow.
void scaleFonts(QWidget* root, double factor)
{
    if (factor >= 1.0)
        return;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* widget : std::as_const(widgets)) {
        if (!widget->testAttribute(Qt::WA_SetFont))
            continue;
        QFont font = widget->font();
        font.setPointSizeF(font.pointSizeF() * factor);
        widget->setFont(font);
    }
    // Rows shrink with their type (a line of it and some air), so more of the table shows.
    for (QTableView* table : root->findChildren<QTableView*>()) {
        QHeaderView* rows = table->verticalHeader();
        const int height = table->fontMetrics().height() + 4;
        rows->setDefaultSectionSize(std::min(rows->defaultSectionSize(), height));
    }
}
} // namespace

PresentWindow::PresentWindow(MeetingRecorder* recorder, QWidget* parent)
    : QWidget(parent, Qt::Window), m_recorder(recorder), m_slide(new PresentSlide),
      m_recording(new RecordingPanel(recorder)), m_empty(new QLabel), m_status(new QLabel)
{
    setObjectName(QStringLiteral("presentWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Presenting: %1").arg(recorder->meeting().title));
    // Large type for a room; every child inherits it unless it sets its own.
    QFont room = font();
    room.setPointSize(16);
    setFont(room);
    setAutoFillBackground(true);

    m_empty->setObjectName(QStringLiteral("emptyAgendaLabel"));
    m_empty->setText(tr("The agenda is empty. Press Esc to leave."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_status->setObjectName(QStringLiteral("presentStatusLabel"));
    QFont small = m_status->font();
    small.setPointSize(12);
    m_status->setFont(small);
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 16);
    m_slide->setRecordPanel(m_recording);
    layout->addWidget(m_slide, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_status);

    addShortcut(QKeySequence(Qt::Key_PageDown), [this] { next(); });
    addShortcut(QKeySequence(Qt::Key_Right), [this] { next(); });
    addShortcut(QKeySequence(Qt::Key_Space), [this] { next(); });
    addShortcut(QKeySequence(Qt::Key_PageUp), [this] { previous(); });
    addShortcut(QKeySequence(Qt::Key_Left), [this] { previous(); });
    addShortcut(QKeySequence(Qt::Key_Escape), [this] { leave(); });
    addShortcut(QKeySequence(Qt::Key_Y), [this] { m_recording->voteForCurrent(Vote::Yes); });
    addShortcut(QKeySequence(Qt::Key_N), [this] { m_recording->voteForCurrent(Vote::No); });
    addShortcut(QKeySequence(Qt::Key_A), [this] { m_recording->voteForCurrent(Vote::Abstain); });
    addShortcut(QKeySequence(Qt::Key_X), [this] { m_recording->voteForCurrent(std::nullopt); });
    addShortcut(QKeySequence(Qt::Key_1), [this] { m_recording->decide(Decision::Approve); });
    addShortcut(QKeySequence(Qt::Key_2), [this] { m_recording->decide(Decision::Decline); });
    addShortcut(QKeySequence(Qt::Key_3), [this] { m_recording->decide(Decision::Defer); });
    addShortcut(QKeySequence(Qt::Key_4), [this] { m_recording->decide(Decision::MoreDiligence); });
    addShortcut(QKeySequence(Qt::Key_0), [this] { m_recording->decide(Decision::None); });
    // Enter in a text field stores it and returns to the votes.
    for (QLineEdit* field : {m_recording->conditionsEdit(), m_recording->notesEdit()})
        connect(field, &QLineEdit::returnPressed, m_recording, &RecordingPanel::focusVotes);

    if (!m_recorder->isReadOnly())
        m_recorder->start();
    loadContext();
    m_status->setText(
        m_recorder->isReadOnly()
            ? tr("PgDn/PgUp or ←/→: items · Esc: leave · the meeting is closed (read-only)")
            : tr("PgDn/PgUp or ←/→: items · ↑/↓: attendee · Y/N/A: vote (X clears) · 1 approve · "
                 "2 decline · 3 defer · 4 more diligence · 0 none · Tab: conditions, notes · "
                 "Esc: leave"));
    const double scale = roomScale(parent ? parent->window()->screen() : screen());
    scaleFonts(this, scale);
    m_slide->setTypeScale(scale);
    goTo(0);
}

void PresentWindow::addShortcut(const QKeySequence& key, const std::function<void()>& action)
{
    auto* shortcut = new QShortcut(key, this);
    shortcut->setContext(Qt::WindowShortcut);
    connect(shortcut, &QShortcut::activated, this, action);
}

void PresentWindow::loadContext()
{
    const Portfolio& portfolio = m_recorder->session()->portfolio();
    m_context = SlideContext();
    m_context.meetingId = m_recorder->meeting().id;
    m_context.chinese = DisplayNames::chineseUi();
    if (Result<Template> t = portfolio.currentTemplate())
        m_context.scoringTemplate = *t;
    if (Result<QList<Segment>> segments = portfolio.segments())
        m_context.segments = *segments;
    if (Result<QList<Meeting>> meetings = portfolio.meetings())
        m_context.meetings = *meetings;
    if (Result<QList<ProjectSummary>> summaries = portfolio.projectSummaries())
        m_context.statistics = computeDashboardStatistics(*summaries, m_context.segments);
}

void PresentWindow::goTo(int item)
{
    const int count = int(m_recorder->meeting().agenda.size());
    m_slide->setVisible(count > 0);
    m_recording->setVisible(count > 0);
    m_empty->setVisible(count == 0);
    if (count == 0) {
        m_item = -1;
        return;
    }
    item = std::clamp(item, 0, count - 1);
    if (item == m_item)
        return;
    // Leaving a text field stores it for the item it belongs to, before the item changes.
    m_recording->focusVotes();
    m_item = item;
    const AgendaItem& agendaItem = m_recorder->meeting().agenda.at(item);
    if (Status shown = m_slide->show(m_recorder->session()->portfolio(), m_context,
                                     agendaItem.projectId, item + 1, count);
        !shown)
        m_status->setText(shown.error().message);
    m_recording->setItemRow(item);
}

void PresentWindow::leave()
{
    if (m_recording->isEditingText()) {
        m_recording->focusVotes(); // Esc in a field only leaves the field
        return;
    }
    close();
}

void PresentWindow::closeEvent(QCloseEvent* event)
{
    m_recording->focusVotes(); // stores a field being typed in
    emit closed();
    QWidget::closeEvent(event);
}

} // namespace tollgate
