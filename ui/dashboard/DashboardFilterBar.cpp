#include "dashboard/DashboardFilterBar.h"

#include "analytics/SummaryFilter.h"
#include "core/ListText.h"
#include "models/DisplayNames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSignalBlocker>
#include <QToolButton>

#include <algorithm>

namespace tollgate
{

DashboardFilterBar::DashboardFilterBar(QWidget* parent)
    : QWidget(parent), m_stageButton(new QToolButton(this)), m_stageMenu(new QMenu(this)),
      m_analyst(new QComboBox(this)), m_dateCheck(new QCheckBox(tr("Updated from"), this)),
      m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_counts(new QLabel(this))
{
    m_stageButton->setObjectName(QStringLiteral("stageButton"));
    m_stageButton->setAccessibleName(tr("Stages"));
    m_stageButton->setPopupMode(QToolButton::InstantPopup);
    m_stageButton->setMenu(m_stageMenu);
    buildStageMenu();

    m_analyst->setObjectName(QStringLiteral("analystCombo"));
    m_analyst->setAccessibleName(tr("Lead analyst"));
    m_analyst->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_analyst->addItem(tr("All analysts"));

    m_dateCheck->setObjectName(QStringLiteral("dateCheck"));
    const QDate today = QDate::currentDate();
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        // The whole date beside the calendar arrow (the style's hint cuts off the day).
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) +
                              48);
        edit->setEnabled(false);
    }
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_from->setAccessibleName(tr("Updated from"));
    m_from->setDate(today.addYears(-1));
    m_to->setObjectName(QStringLiteral("toEdit"));
    m_to->setAccessibleName(tr("Updated until"));
    m_to->setDate(today);
    m_counts->setObjectName(QStringLiteral("countsLabel"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* stageLabel = new QLabel(tr("&Stage:"), this);
    stageLabel->setBuddy(m_stageButton);
    auto* analystLabel = new QLabel(tr("&Analyst:"), this);
    analystLabel->setBuddy(m_analyst);
    layout->addWidget(stageLabel);
    layout->addWidget(m_stageButton);
    layout->addSpacing(12);
    layout->addWidget(analystLabel);
    layout->addWidget(m_analyst);
    layout->addSpacing(12);
    layout->addWidget(m_dateCheck);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("to"), this));
    layout->addWidget(m_to);
    layout->addStretch();
    layout->addWidget(m_counts);

    connect(m_analyst, &QComboBox::currentIndexChanged, this, &DashboardFilterBar::emitChanged);
    connect(m_dateCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        emitChanged();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &DashboardFilterBar::emitChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &DashboardFilterBar::emitChanged);
    updateStageText();
}

void DashboardFilterBar::buildStageMenu()
{
    const bool chinese = DisplayNames::chineseUi();
    m_stageMenu->addAction(tr("All stages"), this, [this] {
        setStages({});
        emitChanged();
    });
    m_stageMenu->addAction(tr("In play (not passed or exited)"), this, [this] {
        setStages(StageSet::inPlay());
        emitChanged();
    });
    m_stageMenu->addSeparator();
    for (Stage stage : StageSet::all().stages()) {
        QAction* action = m_stageMenu->addAction(stageDisplayName(stage, chinese));
        action->setCheckable(true);
        action->setChecked(true);
        action->setData(static_cast<int>(stage));
        connect(action, &QAction::toggled, this, [this, action](bool checked) {
            // At least one stage stays ticked: a filter that shows nothing helps no one.
            const bool noneLeft = std::none_of(m_stageActions.cbegin(), m_stageActions.cend(),
                                               [](QAction* a) { return a->isChecked(); });
            if (!checked && noneLeft) {
                const QSignalBlocker block(action);
                action->setChecked(true);
                return;
            }
            updateStageText();
            emitChanged();
        });
        m_stageActions.append(action);
    }
}

StageSet DashboardFilterBar::stages() const
{
    StageSet set;
    for (QAction* action : m_stageActions)
        if (action->isChecked())
            set.insert(static_cast<Stage>(action->data().toInt()));
    return set == StageSet::all() ? StageSet() : set; // every stage ticked: no restriction
}

void DashboardFilterBar::setStages(const StageSet& stages)
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    for (QAction* action : m_stageActions)
        action->setChecked(stages.isEmpty() ||
                           stages.contains(static_cast<Stage>(action->data().toInt())));
    m_updating = wasUpdating;
    updateStageText();
}

void DashboardFilterBar::updateStageText()
{
    const StageSet set = stages();
    QString text;
    if (set.isEmpty())
        text = tr("All stages");
    else if (set == StageSet::inPlay())
        text = tr("In play");
    else {
        QStringList names;
        for (QAction* action : m_stageActions)
            if (action->isChecked())
                names.append(action->text());
        text = ListText::names(names);
    }
    m_stageButton->setText(text);
    // The menu arrow is drawn inside the button: leave it room beside the text, which is
    // wider in Chinese ("全部阶段") than the style's size hint allows for.
    m_stageButton->setMinimumWidth(m_stageButton->fontMetrics().horizontalAdvance(text) + 32);
}

SummaryFilter DashboardFilterBar::filter() const
{
    SummaryFilter f;
    f.stages = stages();
    if (m_analyst->currentIndex() > 0)
        f.leadAnalyst = m_analyst->currentText();
    if (m_dateCheck->isChecked()) {
        f.updatedFrom = m_from->date();
        f.updatedTo = m_to->date();
    }
    return f;
}

void DashboardFilterBar::setFilter(const SummaryFilter& f)
{
    m_updating = true;
    setStages(f.stages);
    const int analyst = f.leadAnalyst.isEmpty() ? 0 : m_analyst->findText(f.leadAnalyst);
    if (analyst < 0) {
        m_analyst->addItem(f.leadAnalyst);
        m_analyst->setCurrentIndex(m_analyst->count() - 1);
    } else {
        m_analyst->setCurrentIndex(analyst);
    }
    const bool dated = f.updatedFrom.isValid() || f.updatedTo.isValid();
    m_dateCheck->setChecked(dated);
    if (f.updatedFrom.isValid())
        m_from->setDate(f.updatedFrom);
    if (f.updatedTo.isValid())
        m_to->setDate(f.updatedTo);
    m_updating = false;
}

void DashboardFilterBar::setAnalysts(const QStringList& analysts)
{
    m_updating = true;
    const QString current = m_analyst->currentIndex() > 0 ? m_analyst->currentText() : QString();
    while (m_analyst->count() > 1)
        m_analyst->removeItem(1);
    m_analyst->addItems(analysts);
    const int index = current.isEmpty() ? 0 : m_analyst->findText(current);
    m_analyst->setCurrentIndex(std::max(0, index));
    m_updating = false;
    if (!current.isEmpty() && index < 0)
        emitChanged(); // the chosen analyst is gone: the filter widened
}

void DashboardFilterBar::setCounts(int matched, int total)
{
    m_counts->setText(tr("%1 of %2 projects").arg(matched).arg(total));
}

void DashboardFilterBar::emitChanged()
{
    if (!m_updating)
        emit filterChanged();
}

} // namespace tollgate
