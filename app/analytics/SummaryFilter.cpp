#include "analytics/SummaryFilter.h"

#include "analytics/SummaryTable.h"

#include <QSet>
#include <QTime>

#include <limits>

namespace tollgate
{

StageSet::StageSet(std::initializer_list<Stage> stages)
{
    for (Stage s : stages)
        insert(s);
}

StageSet StageSet::all()
{
    StageSet set;
    for (const QString& key : stageKeys())
        set.insert(*stageFromKey(key));
    return set;
}

StageSet StageSet::inPlay()
{
    StageSet set = all();
    for (Stage s : set.stages())
        if (!stageInPlay(s))
            set.remove(s);
    return set;
}

QList<Stage> StageSet::stages() const
{
    QList<Stage> result;
    for (const QString& key : stageKeys()) {
        const Stage s = *stageFromKey(key);
        if (contains(s))
            result.append(s);
    }
    return result;
}

bool SummaryFilter::operator==(const SummaryFilter& other) const
{
    return stages == other.stages && leadAnalyst == other.leadAnalyst &&
           updatedFrom == other.updatedFrom && updatedTo == other.updatedTo &&
           includeArchived == other.includeArchived;
}

SummaryMatcher::SummaryMatcher(const SummaryFilter& filter, const SummaryTable& table)
    : m_stages(filter.stages), m_includeArchived(filter.includeArchived),
      m_byAnalyst(!filter.leadAnalyst.isEmpty()),
      m_analyst(static_cast<int>(table.analysts().indexOf(filter.leadAnalyst))),
      m_byDate(filter.updatedFrom.isValid() || filter.updatedTo.isValid()),
      m_fromMs(std::numeric_limits<qint64>::min()), m_toMs(std::numeric_limits<qint64>::max())
{
    // A day is the analyst's local day: from its local midnight to the next one.
    if (filter.updatedFrom.isValid())
        m_fromMs = filter.updatedFrom.startOfDay().toMSecsSinceEpoch();
    if (filter.updatedTo.isValid())
        m_toMs = filter.updatedTo.addDays(1).startOfDay().toMSecsSinceEpoch();
}

bool SummaryMatcher::matches(const DashboardRow& row) const
{
    if (row.archived && !m_includeArchived)
        return false;
    if (!m_stages.isEmpty() && !m_stages.contains(row.stage))
        return false;
    if (m_byAnalyst && (m_analyst < 0 || row.leadAnalyst != m_analyst))
        return false;
    if (m_byDate) {
        if (row.updatedMs == 0)
            return false; // a dated filter cannot place a project without a date
        if (row.updatedMs < m_fromMs || row.updatedMs >= m_toMs)
            return false;
    }
    return true;
}

QStringList leadAnalysts(const QList<ProjectSummary>& summaries)
{
    QSet<QString> names;
    for (const ProjectSummary& s : summaries)
        if (!s.leadAnalyst.isEmpty())
            names.insert(s.leadAnalyst);
    QStringList result(names.cbegin(), names.cend());
    result.sort();
    return result;
}

} // namespace tollgate
