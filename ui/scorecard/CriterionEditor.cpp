#include "scorecard/CriterionEditor.h"

#include "scorecard/EvidenceEdit.h"
#include "scorecard/ScoreSelector.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace tollgate
{

namespace
{

const QList<Confidence> kConfidences{Confidence::Unset, Confidence::Low, Confidence::Medium,
                                     Confidence::High};

} // namespace

CriterionEditor::CriterionEditor(const Criterion& criterion, QWidget* parent)
    : QFrame(parent), m_criterion(criterion), m_name(new QLabel(this)),
      m_knockout(new QLabel(this)), m_selector(new ScoreSelector(criterion.key, this)),
      m_suggestion(new QLabel(this)), m_rubric(new QLabel(this)),
      m_levelsToggle(new QToolButton(this)), m_levels(new QLabel(this)),
      m_evidence(new EvidenceEdit(this)), m_confidence(new QComboBox(this))
{
    setObjectName(criterion.key + QStringLiteral("CriterionEditor"));
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Plain);

    m_name->setObjectName(criterion.key + QStringLiteral("NameLabel"));
    m_name->setWordWrap(true);
    m_name->setTextFormat(Qt::PlainText);
    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);

    m_knockout->setText(tr("knock-out"));
    m_knockout->setToolTip(tr("A score of 0 here declines the project whatever else scores."));
    m_knockout->setStyleSheet(QStringLiteral(
        "QLabel { color: white; background: #c62828; border-radius: 3px; padding: 0 4px; }"));
    m_knockout->setVisible(criterion.knockout);

    m_suggestion->setObjectName(criterion.key + QStringLiteral("SuggestionLabel"));
    m_suggestion->setStyleSheet(QStringLiteral("color: #2e7d32;"));
    m_suggestion->setWordWrap(true);
    m_suggestion->hide();

    m_rubric->setObjectName(criterion.key + QStringLiteral("RubricLabel"));
    m_rubric->setWordWrap(true);
    m_rubric->setTextFormat(Qt::PlainText);
    m_rubric->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_levelsToggle->setObjectName(criterion.key + QStringLiteral("LevelsToggle"));
    m_levelsToggle->setCheckable(true);
    m_levelsToggle->setAutoRaise(true);
    m_levelsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_levelsToggle->setArrowType(Qt::RightArrow);
    m_levels->setObjectName(criterion.key + QStringLiteral("LevelsLabel"));
    m_levels->setWordWrap(true);
    m_levels->setTextFormat(Qt::RichText);
    m_levels->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_levels->hide();

    m_evidence->setObjectName(criterion.key + QStringLiteral("EvidenceEdit"));
    m_evidence->setAccessibleName(tr("%1 evidence").arg(criterion.key));
    m_evidence->setFixedHeight(m_evidence->fontMetrics().lineSpacing() * 2 + 14);
    m_evidence->setPlaceholderText(tr("Evidence: sources, customer names, figures"));

    m_confidence->setObjectName(criterion.key + QStringLiteral("ConfidenceCombo"));
    m_confidence->setAccessibleName(tr("%1 confidence").arg(criterion.key));
    m_confidence->addItem(tr("Confidence —"));
    m_confidence->addItem(tr("Low"));
    m_confidence->addItem(tr("Medium"));
    m_confidence->addItem(tr("High"));

    // One line for name, knock-out mark, suggestion and the score control, so the controls
    // of all twelve criteria line up in one column on the right.
    auto* head = new QHBoxLayout;
    head->setSpacing(10);
    head->addWidget(m_name, 1);
    head->addWidget(m_knockout, 0, Qt::AlignVCenter);
    head->addWidget(m_suggestion, 0, Qt::AlignVCenter);
    head->addWidget(m_selector, 0, Qt::AlignVCenter);
    auto* rubricRow = new QHBoxLayout;
    rubricRow->addWidget(m_rubric, 1);
    rubricRow->addWidget(m_levelsToggle, 0, Qt::AlignTop);
    auto* evidenceRow = new QHBoxLayout;
    evidenceRow->addWidget(m_evidence, 1);
    evidenceRow->addWidget(m_confidence, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(4);
    layout->addLayout(head);
    layout->addLayout(rubricRow);
    layout->addWidget(m_levels);
    layout->addLayout(evidenceRow);

    connect(m_selector, &ScoreSelector::scoreChosen, this, [this](std::optional<int> score) {
        updateTexts();
        emit scoreChosen(m_criterion.key, score);
    });
    connect(m_evidence, &EvidenceEdit::committed, this, [this](const QString& text, int visit) {
        emit evidenceCommitted(m_criterion.key, text, visit);
    });
    connect(m_confidence, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        emit confidenceChosen(m_criterion.key, kConfidences.value(index, Confidence::Unset));
    });
    connect(m_levelsToggle, &QToolButton::toggled, this, &CriterionEditor::toggleLevels);
    updateTexts();
}

void CriterionEditor::setEntry(const CriterionEntry& entry)
{
    m_selector->setScore(entry.score);
    m_evidence->setCommittedText(entry.evidence);
    m_confidence->setCurrentIndex(
        std::max(0, static_cast<int>(kConfidences.indexOf(entry.confidence))));
    updateTexts();
}

void CriterionEditor::setReadOnly(bool readOnly)
{
    m_selector->setReadOnly(readOnly);
    m_evidence->setReadOnly(readOnly);
    m_confidence->setEnabled(!readOnly);
}

void CriterionEditor::setChinese(bool chinese)
{
    m_chinese = chinese;
    updateTexts();
}

void CriterionEditor::setSuggestion(std::optional<int> score, const QString& reason)
{
    m_selector->setSuggested(score);
    if (!score) {
        m_suggestion->hide();
        return;
    }
    m_suggestion->setText(tr("Suggested: %1").arg(*score) +
                          (reason.isEmpty() ? QString() : QStringLiteral(" — ") + reason));
    m_suggestion->setToolTip(tr("A suggestion from the inputs below; your own score counts."));
    m_suggestion->show();
}

void CriterionEditor::updateTexts()
{
    m_name->setText(m_criterion.key + QStringLiteral("  ") + m_criterion.displayName(m_chinese));

    std::array<QString, 6> levelTips;
    QString levelsHtml;
    const std::optional<int> chosen = m_selector->score();
    for (int s = 0; s <= 5; ++s) {
        const QString line = m_criterion.rubric(s, m_chinese);
        levelTips[s] = QStringLiteral("%1 — %2").arg(s).arg(line);
        const bool current = chosen && *chosen == s;
        levelsHtml += QStringLiteral("<p style='margin:2px 0'>%1<b>%2</b> — %3%4</p>")
                          .arg(current ? QStringLiteral("<u>") : QString())
                          .arg(s)
                          .arg(line.toHtmlEscaped(), current ? QStringLiteral("</u>") : QString());
    }
    m_selector->setLevelToolTips(levelTips);
    m_levels->setText(levelsHtml);
    m_rubric->setToolTip(QStringLiteral("<qt>%1</qt>").arg(levelsHtml));
    m_name->setToolTip(m_rubric->toolTip());

    if (chosen) {
        m_rubric->setText(
            QStringLiteral("%1 — %2").arg(*chosen).arg(m_criterion.rubric(*chosen, m_chinese)));
        m_rubric->setForegroundRole(QPalette::WindowText);
    } else {
        m_rubric->setText(tr("Not scored. Choose 0–5; hover a number to read what it means."));
        m_rubric->setForegroundRole(QPalette::PlaceholderText);
    }
    m_levelsToggle->setText(m_levelsToggle->isChecked() ? tr("Hide levels") : tr("All levels"));
}

void CriterionEditor::toggleLevels()
{
    const bool open = m_levelsToggle->isChecked();
    m_levels->setVisible(open);
    m_levelsToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    updateTexts();
}

} // namespace tollgate
