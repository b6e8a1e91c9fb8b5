#include "scorecard/ScoreSelector.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QToolButton>

#include <algorithm>

namespace tollgate
{

namespace
{

// Not -1: QButtonGroup reads -1 as "assign an id for me".
constexpr int kNotScoredId = 6;

// Segmented look: adjoining buttons, the chosen one filled with the palette's highlight.
const QString kButtonStyle = QStringLiteral(
    "QToolButton { min-width: 26px; min-height: 24px; padding: 0 2px;"
    " border: 1px solid palette(mid); background: palette(button); }"
    "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);"
    " font-weight: bold; }"
    "QToolButton:focus { border: 2px solid palette(highlight); }"
    "QToolButton[suggested=\"true\"] { border: 2px dashed #2e7d32; }");

} // namespace

ScoreSelector::ScoreSelector(const QString& criterionKey, QWidget* parent)
    : QWidget(parent), m_group(new QButtonGroup(this))
{
    setObjectName(criterionKey + QStringLiteral("ScoreSelector"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_group->setExclusive(true);
    for (int i = 0; i < 7; ++i) {
        const int level = i - 1;
        auto* button = new QToolButton(this);
        button->setCheckable(true);
        button->setAutoRaise(false);
        // Taking focus on click ends any text edit elsewhere first, so it is stored as its
        // own step before the score. Only the chosen button is a Tab stop (updateChecked), as
        // in a group of radio buttons: one stop per criterion, not seven.
        button->setFocusPolicy(Qt::ClickFocus);
        button->setStyleSheet(kButtonStyle);
        button->setText(level < 0 ? QStringLiteral("–") : QString::number(level));
        button->setObjectName(criterionKey + QStringLiteral("Score") +
                              (level < 0 ? QStringLiteral("None") : QString::number(level)));
        button->setAccessibleName(level < 0 ? tr("%1 not scored").arg(criterionKey)
                                            : tr("%1 score %2").arg(criterionKey).arg(level));
        if (level < 0)
            button->setToolTip(tr("Not scored yet"));
        m_group->addButton(button, level < 0 ? kNotScoredId : level);
        layout->addWidget(button);
        m_buttons[i] = button;
    }
    connect(m_group, &QButtonGroup::idClicked, this,
            [this](int id) { choose(id == kNotScoredId ? std::nullopt : std::optional<int>(id)); });
    updateChecked();
}

void ScoreSelector::setScore(std::optional<int> score)
{
    m_score = score;
    updateChecked();
}

void ScoreSelector::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QToolButton* b : m_buttons)
        b->setEnabled(!readOnly || b->isChecked());
}

void ScoreSelector::setLevelToolTips(const std::array<QString, 6>& tips)
{
    for (int s = 0; s < 6; ++s)
        m_buttons[s + 1]->setToolTip(tips[s]);
}

void ScoreSelector::setSuggested(std::optional<int> score)
{
    m_suggested = score;
    for (int s = 0; s < 6; ++s) {
        QToolButton* b = m_buttons[s + 1];
        const bool suggested = score && *score == s;
        if (b->property("suggested").toBool() == suggested)
            continue;
        b->setProperty("suggested", suggested);
        b->setStyleSheet(kButtonStyle); // re-polish for the property selector
    }
}

QToolButton* ScoreSelector::button(int level) const
{
    if (level < -1 || level > 5)
        return nullptr;
    return m_buttons[level + 1];
}

void ScoreSelector::keyPressEvent(QKeyEvent* event)
{
    const QString text = event->text();
    if (!m_readOnly && text.size() == 1) {
        const QChar c = text.at(0);
        if (c >= QLatin1Char('0') && c <= QLatin1Char('5')) {
            choose(c.digitValue());
            return;
        }
        if (c == QLatin1Char('-')) {
            choose(std::nullopt);
            return;
        }
    }
    // Left and Right step through the levels like a radio group; "–" sits left of 0.
    if (!m_readOnly && (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right)) {
        const int current = m_score ? *m_score : -1;
        const int next = std::clamp(current + (event->key() == Qt::Key_Left ? -1 : 1), -1, 5);
        choose(next < 0 ? std::nullopt : std::optional<int>(next));
        return;
    }
    QWidget::keyPressEvent(event);
}

void ScoreSelector::choose(std::optional<int> score)
{
    if (m_readOnly) {
        updateChecked();
        return;
    }
    if (score == m_score)
        return;
    m_score = score;
    updateChecked();
    emit scoreChosen(score);
}

void ScoreSelector::updateChecked()
{
    QToolButton* b = button(m_score ? *m_score : -1);
    const bool hadFocus = std::any_of(m_buttons.cbegin(), m_buttons.cend(),
                                      [](const QToolButton* x) { return x->hasFocus(); });
    b->setChecked(true);
    for (QToolButton* other : m_buttons)
        other->setFocusPolicy(other == b ? Qt::StrongFocus : Qt::ClickFocus);
    if (hadFocus)
        b->setFocus(Qt::OtherFocusReason);
    if (m_readOnly)
        setReadOnly(true);
}

} // namespace tollgate
