#include "analytics/SummaryTable.h"

#include <limits>

namespace tollgate
{

namespace
{

constexpr double None = std::numeric_limits<double>::quiet_NaN();

QStringList keysOf(const QList<Segment>& segments)
{
    QStringList keys;
    keys.reserve(segments.size());
    for (const Segment& s : segments)
        keys.append(s.key);
    return keys;
}

} // namespace

SummaryTable::SummaryTable(QList<Segment> segments)
    : m_segments(std::move(segments)), m_keys(keysOf(m_segments))
{
}

SummaryTable::SummaryTable(const QList<ProjectSummary>& summaries, QList<Segment> segments)
    : SummaryTable(std::move(segments))
{
    reserve(summaries.size());
    for (const ProjectSummary& s : summaries) {
        DashboardRow row;
        row.id = s.id;
        row.market = s.market.value_or(None);
        row.cost = s.cost.value_or(None);
        row.composite = s.composite.value_or(None);
        row.tamCny = s.tamCny.value_or(None);
        row.updatedMs = s.updated.isValid() ? s.updated.toMSecsSinceEpoch() : 0;
        row.segment = m_keys.segmentIndex(s.segmentKey);
        row.leadAnalyst = m_keys.analystIndex(s.leadAnalyst);
        row.stage = s.stage;
        row.verdict = s.verdict;
        row.archived = s.archived;
        append(row, s.name);
    }
    finishReading();
}

void SummaryTable::reserve(qsizetype rows)
{
    m_rows.reserve(static_cast<std::size_t>(rows));
    m_nameEnd.reserve(static_cast<std::size_t>(rows));
}

void SummaryTable::append(const DashboardRow& row, QStringView name)
{
    m_rows.push_back(row);
    m_names.append(name);
    m_nameEnd.push_back(m_names.size());
}

void SummaryTable::finishReading()
{
    const QStringList& keys = m_keys.segmentKeys();
    for (qsizetype i = m_segments.size(); i < keys.size(); ++i)
        m_segments.append(
            Segment{keys[i], keys[i], keys[i], QStringLiteral("#999999"), static_cast<int>(i)});
}

QString SummaryTable::name(qsizetype i) const
{
    const qsizetype begin = i == 0 ? 0 : m_nameEnd[static_cast<std::size_t>(i - 1)];
    return m_names.mid(begin, m_nameEnd[static_cast<std::size_t>(i)] - begin);
}

QStringList SummaryTable::leadAnalysts() const
{
    QStringList names = m_keys.analysts(); // only names some row has, none empty
    names.sort();
    return names;
}

} // namespace tollgate
