#include "projects/ProjectFilterBar.h"

#include "models/DisplayNames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace tollgate
{

ProjectFilterBar::ProjectFilterBar(QWidget* parent)
    : QWidget(parent), m_search(new QLineEdit), m_stage(new QComboBox), m_verdict(new QComboBox),
      m_analyst(new QComboBox), m_archived(new QCheckBox)
{
    m_search->setObjectName(QStringLiteral("searchEdit"));
    // Short enough to stay whole in the filter bar at 1366 px in both languages; the fields
    // searched are in the tooltip.
    m_search->setPlaceholderText(tr("Search projects (Ctrl+F)"));
    m_search->setToolTip(tr("Searches each project's name, city, tags and description."));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search projects"));

    m_stage->setObjectName(QStringLiteral("stageFilter"));
    m_stage->setAccessibleName(tr("Filter by stage"));
    m_stage->addItem(tr("All stages"), -1);
    for (int s = 0; s <= static_cast<int>(Stage::Exited); ++s)
        m_stage->addItem(DisplayNames::stage(static_cast<Stage>(s)), s);

    m_verdict->setObjectName(QStringLiteral("verdictFilter"));
    m_verdict->setAccessibleName(tr("Filter by verdict"));
    m_verdict->addItem(tr("All verdicts"), -1);
    for (int v = 0; v <= static_cast<int>(Verdict::Decline); ++v)
        m_verdict->addItem(DisplayNames::verdict(static_cast<Verdict>(v)), v);

    m_analyst->setObjectName(QStringLiteral("analystFilter"));
    m_analyst->setAccessibleName(tr("Filter by lead analyst"));
    m_analyst->addItem(tr("All analysts"), QString());

    m_archived->setObjectName(QStringLiteral("archivedCheck"));
    m_archived->setText(tr("Archived"));
    m_archived->setToolTip(tr("Show archived projects too"));

    // The combos may shrink with the pane instead of holding the splitter wide.
    for (QComboBox* combo : {m_stage, m_verdict, m_analyst}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(6);
    }
    m_search->setMinimumWidth(120);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 3);
    layout->addWidget(m_stage, 1);
    layout->addWidget(m_verdict, 1);
    layout->addWidget(m_analyst, 1);
    layout->addWidget(m_archived);
    auto* save = new QToolButton;
    save->setObjectName(QStringLiteral("saveFilterButton"));
    save->setText(tr("Save…"));
    save->setToolTip(tr("Keep this search and these filters under “Saved filters”"));
    save->setAccessibleName(tr("Save filter"));
    layout->addWidget(save);
    connect(save, &QToolButton::clicked, this, &ProjectFilterBar::saveRequested);

    connect(m_search, &QLineEdit::textChanged, this, &ProjectFilterBar::queryChanged);
    for (QComboBox* combo : {m_stage, m_verdict, m_analyst})
        connect(combo, &QComboBox::currentIndexChanged, this, &ProjectFilterBar::queryChanged);
    connect(m_archived, &QCheckBox::toggled, this, &ProjectFilterBar::queryChanged);
}

ProjectQuery ProjectFilterBar::query() const
{
    ProjectQuery q;
    q.text = m_search->text();
    if (const int stage = m_stage->currentData().toInt(); stage >= 0)
        q.stage = static_cast<Stage>(stage);
    if (const int verdict = m_verdict->currentData().toInt(); verdict >= 0)
        q.verdict = static_cast<Verdict>(verdict);
    q.analyst = m_analyst->currentData().toString();
    q.includeArchived = m_archived->isChecked();
    return q;
}

void ProjectFilterBar::setQuery(const ProjectQuery& q)
{
    {
        const QSignalBlocker a(m_search), b(m_stage), c(m_verdict), d(m_analyst), e(m_archived);
        m_search->setText(q.text);
        m_stage->setCurrentIndex(std::max(0, m_stage->findData(q.stage ? int(*q.stage) : -1)));
        m_verdict->setCurrentIndex(
            std::max(0, m_verdict->findData(q.verdict ? int(*q.verdict) : -1)));
        int analyst = m_analyst->findData(q.analyst);
        if (analyst < 0 && !q.analyst.isEmpty()) {
            m_analyst->addItem(q.analyst, q.analyst);
            analyst = m_analyst->count() - 1;
        }
        m_analyst->setCurrentIndex(std::max(0, analyst));
        m_archived->setChecked(q.includeArchived);
    }
    emit queryChanged();
}

void ProjectFilterBar::setAnalysts(const QStringList& analysts)
{
    const QString current = m_analyst->currentData().toString();
    const QSignalBlocker blocker(m_analyst);
    while (m_analyst->count() > 1)
        m_analyst->removeItem(1);
    for (const QString& name : analysts)
        m_analyst->addItem(name, name);
    const int index = m_analyst->findData(current);
    m_analyst->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0 && !current.isEmpty())
        emit queryChanged(); // the chosen analyst is gone: show everyone again
}

} // namespace tollgate
