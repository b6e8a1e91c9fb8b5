#include "analytics/SummaryFilter.h"

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

SummaryMatcher::SummaryMatcher(const SummaryFilter& filter)
    : m_filter(filter), m_fromMs(std::numeric_limits<qint64>::min()),
      m_toMs(std::numeric_limits<qint64>::max())
{
    // A day is the analyst's local day: from its local midnight to the next one.
    if (filter.updatedFrom.isValid())
        m_fromMs = filter.updatedFrom.startOfDay().toMSecsSinceEpoch();
    if (filter.updatedTo.isValid())
        m_toMs = filter.updatedTo.addDays(1).startOfDay().toMSecsSinceEpoch();
}

bool SummaryMatcher::matches(const ProjectSummary& s) const
{
    if (s.archived && !m_filter.includeArchived)
        return false;
    if (!m_filter.stages.isEmpty() && !m_filter.stages.contains(s.stage))
        return false;
    if (!m_filter.leadAnalyst.isEmpty() && s.leadAnalyst != m_filter.leadAnalyst)
        return false;
    if (m_filter.updatedFrom.isValid() || m_filter.updatedTo.isValid()) {
        if (!s.updated.isValid())
            return false; // a dated filter cannot place a project without a date
        const qint64 ms = s.updated.toMSecsSinceEpoch();
        if (ms < m_fromMs || ms >= m_toMs)
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
