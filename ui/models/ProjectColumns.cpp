#include "models/ProjectColumns.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tollgate
{

namespace
{
constexpr double None = std::numeric_limits<double>::quiet_NaN();

double orNone(const std::optional<double>& v)
{
    return v ? *v : None;
}

ProjectTableRow rowOf(const ProjectSummary& s)
{
    ProjectTableRow row;
    row.id = s.id;
    row.name = s.name;
    row.segmentKey = s.segmentKey;
    row.stage = s.stage;
    row.market = orNone(s.market);
    row.cost = orNone(s.cost);
    row.composite = orNone(s.composite);
    row.verdict = s.verdict;
    row.redFlagCount = static_cast<int>(s.redFlags.size());
    row.leadAnalyst = s.leadAnalyst;
    row.updatedMs = s.updated.isValid() ? s.updated.toMSecsSinceEpoch() : 0;
    row.archived = s.archived;
    row.city = s.city;
    row.tags = s.tags.join(QLatin1Char('\n'));
    row.description = s.description;
    return row;
}

// Name, city, tags and description, one per line (a search word never spans two), lower-cased.
QString searchTextOf(const ProjectTableRow& row)
{
    QString text;
    text.reserve(row.name.size() + row.city.size() + row.tags.size() + row.description.size() + 3);
    text += row.name;
    text += QLatin1Char('\n');
    text += row.city;
    text += QLatin1Char('\n');
    text += row.tags;
    text += QLatin1Char('\n');
    text += row.description;
    return text.toLower();
}

// "Not scored" sorts below every score, so a descending sort puts the best projects first.
double sortable(double v)
{
    return v == v ? v : -1.0;
}

QStringList searchWords(const QString& text)
{
    return text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
} // namespace

bool ProjectQuery::narrows(const ProjectQuery& wider) const
{
    if (segmentKey != wider.segmentKey || stage != wider.stage || verdict != wider.verdict ||
        analyst != wider.analyst || includeArchived != wider.includeArchived)
        return false;
    // Every word of the wider query must contain a word of this one: typing on extends the
    // last word or adds words, and either only removes rows.
    const QStringList mine = searchWords(text);
    const QStringList theirs = searchWords(wider.text);
    for (const QString& word : mine) {
        const bool kept = std::any_of(theirs.begin(), theirs.end(),
                                      [&](const QString& w) { return w.contains(word); });
        if (!kept)
            return false;
    }
    return true;
}

void ProjectColumns::setSegments(const QList<Segment>& segments)
{
    m_segments = segments;
    // Rows keep their segment index, so the key list is rebuilt only on an empty store.
    if (m_ids.empty()) {
        m_segmentKeys.clear();
        for (const Segment& s : segments)
            m_segmentKeys.append(s.key);
    }
    invalidateOrder();
}

void ProjectColumns::load(const QList<ProjectSummary>& summaries)
{
    clear(summaries.size());
    for (const ProjectSummary& s : summaries)
        append(rowOf(s));
}

void ProjectColumns::clear(qsizetype rows)
{
    m_indexOfId.clear();
    m_indexOfId.reserve(rows);
    m_ids.clear();
    m_updatedMs.clear();
    m_names.clear();
    m_search.clear();
    m_search.reserve(rows, rows * 96);
    m_segmentIndex.clear();
    m_stages.clear();
    m_market.clear();
    m_cost.clear();
    m_composite.clear();
    m_verdicts.clear();
    m_redFlags.clear();
    m_analysts.clear();
    m_archived.clear();
    m_analystNames.clear();
    m_analystIndex.clear();
    m_segmentKeys.clear();
    m_lastSegment = -1;
    for (const Segment& s : std::as_const(m_segments))
        m_segmentKeys.append(s.key);
    invalidateOrder();
}

void ProjectColumns::append(const ProjectTableRow& row)
{
    const int i = size();
    m_ids.push_back(0);
    m_names.emplace_back();
    m_segmentIndex.push_back(0);
    m_stages.push_back(0);
    m_market.push_back(None);
    m_cost.push_back(None);
    m_composite.push_back(None);
    m_verdicts.push_back(0);
    m_redFlags.push_back(0);
    m_analysts.push_back(0);
    m_updatedMs.push_back(0);
    m_archived.push_back(0);
    m_indexOfId.insert(row.id, i);
    set(i, row, true);
    invalidateOrder();
}

void ProjectColumns::upsert(const ProjectSummary& summary)
{
    const int i = indexOfId(summary.id);
    if (i < 0) {
        append(rowOf(summary));
        return;
    }
    set(i, rowOf(summary), false);
    invalidateOrder();
}

void ProjectColumns::remove(qint64 id)
{
    const int i = indexOfId(id);
    if (i < 0)
        return;
    // Move the last row into the hole: indexes are not an order, the sort vectors are.
    const int last = size() - 1;
    if (i != last) {
        m_ids[i] = m_ids[last];
        m_names[i] = std::move(m_names[last]);
        m_segmentIndex[i] = m_segmentIndex[last];
        m_stages[i] = m_stages[last];
        m_market[i] = m_market[last];
        m_cost[i] = m_cost[last];
        m_composite[i] = m_composite[last];
        m_verdicts[i] = m_verdicts[last];
        m_redFlags[i] = m_redFlags[last];
        m_analysts[i] = m_analysts[last];
        m_updatedMs[i] = m_updatedMs[last];
        m_archived[i] = m_archived[last];
        m_indexOfId.insert(m_ids[i], i);
    }
    m_indexOfId.remove(id);
    m_search.moveLastTo(i);
    m_ids.pop_back();
    m_names.pop_back();
    m_segmentIndex.pop_back();
    m_stages.pop_back();
    m_market.pop_back();
    m_cost.pop_back();
    m_composite.pop_back();
    m_verdicts.pop_back();
    m_redFlags.pop_back();
    m_analysts.pop_back();
    m_updatedMs.pop_back();
    m_archived.pop_back();
    invalidateOrder();
}

int ProjectColumns::indexOfId(qint64 id) const
{
    return m_indexOfId.value(id, -1);
}

QString ProjectColumns::segmentKey(int i) const
{
    return m_segmentKeys.value(m_segmentIndex[i]);
}

const Segment* ProjectColumns::segment(int i) const
{
    const int index = m_segmentIndex[i];
    return index < m_segments.size() ? &m_segments[index] : nullptr;
}

QStringList ProjectColumns::analysts() const
{
    QStringList names;
    for (const QString& name : m_analystNames)
        if (!name.isEmpty())
            names.append(name);
    names.sort(Qt::CaseInsensitive);
    return names;
}

QHash<QString, int> ProjectColumns::segmentCounts(bool includeArchived) const
{
    std::vector<int> counts(m_segmentKeys.size(), 0);
    int total = 0;
    for (int i = 0; i < size(); ++i) {
        if (m_archived[i] && !includeArchived)
            continue;
        ++counts[m_segmentIndex[i]];
        ++total;
    }
    QHash<QString, int> result;
    for (int s = 0; s < m_segmentKeys.size(); ++s)
        result.insert(m_segmentKeys.at(s), counts[s]);
    result.insert(QString(), total);
    return result;
}

std::vector<int> ProjectColumns::select(const ProjectQuery& query, ProjectColumn column,
                                        Qt::SortOrder order,
                                        const std::vector<int>* candidates) const
{
    const QStringList words = searchWords(query.text);
    const int segment = query.segmentKey.isEmpty() ? -1 : m_segmentKeys.indexOf(query.segmentKey);
    const int analyst = query.analyst.isEmpty() ? -1 : m_analystIndex.value(query.analyst, -2);
    std::vector<int> rows;
    if ((!query.segmentKey.isEmpty() && segment < 0) || analyst == -2)
        return rows; // a segment or analyst no project has
    // A few candidates are checked one by one; many, by one scan of the whole text buffer.
    const bool fewCandidates = candidates && candidates->size() * 16 < m_ids.size();
    std::vector<char> hits;
    if (!words.isEmpty() && !fewCandidates)
        hits = textHits(words);
    auto keep = [&](int i) {
        if (!matches(i, query, segment, analyst))
            return;
        if (!words.isEmpty() && (fewCandidates ? !textHolds(i, words) : !hits[i]))
            return;
        rows.push_back(i);
    };
    if (candidates) {
        rows.reserve(candidates->size());
        std::for_each(candidates->begin(), candidates->end(), keep);
        return rows;
    }
    const std::vector<int>& sorted = sortedBy(column);
    rows.reserve(sorted.size());
    if (order == Qt::AscendingOrder)
        std::for_each(sorted.begin(), sorted.end(), keep);
    else
        std::for_each(sorted.rbegin(), sorted.rend(), keep);
    return rows;
}

std::vector<char> ProjectColumns::textHits(const QStringList& words) const
{
    std::vector<char> hits(m_ids.size(), 0);
    m_search.markRowsContaining(words.first(), hits);
    for (qsizetype w = 1; w < words.size(); ++w) {
        std::vector<char> more(m_ids.size(), 0);
        m_search.markRowsContaining(words.at(w), more);
        for (size_t i = 0; i < hits.size(); ++i)
            hits[i] = static_cast<char>(hits[i] & more[i]);
    }
    return hits;
}

bool ProjectColumns::textHolds(int i, const QStringList& words) const
{
    const QStringView text = m_search.text(i);
    return std::all_of(words.begin(), words.end(),
                       [text](const QString& word) { return text.contains(word); });
}

void ProjectColumns::set(int i, const ProjectTableRow& row, bool added)
{
    m_ids[i] = row.id;
    m_names[i] = row.name;
    if (added)
        m_search.append(searchTextOf(row));
    else
        m_search.replace(i, searchTextOf(row));
    m_segmentIndex[i] = static_cast<qint16>(internSegment(row.segmentKey));
    m_stages[i] = static_cast<quint8>(row.stage);
    m_market[i] = row.market;
    m_cost[i] = row.cost;
    m_composite[i] = row.composite;
    m_verdicts[i] = static_cast<quint8>(row.verdict);
    m_redFlags[i] = static_cast<quint8>(std::clamp(row.redFlagCount, 0, 255));
    m_analysts[i] = internAnalyst(row.leadAnalyst);
    m_updatedMs[i] = row.updatedMs;
    m_archived[i] = row.archived ? 1 : 0;
}

int ProjectColumns::internAnalyst(const QString& name)
{
    const auto it = m_analystIndex.constFind(name);
    if (it != m_analystIndex.constEnd())
        return *it;
    const int index = static_cast<int>(m_analystNames.size());
    m_analystNames.append(name);
    m_analystIndex.insert(name, index);
    return index;
}

int ProjectColumns::internSegment(const QString& key)
{
    // The last key seen is the likeliest next one (storage returns rows grouped or not).
    if (m_lastSegment >= 0 && m_segmentKeys.at(m_lastSegment) == key)
        return m_lastSegment;
    int index = static_cast<int>(m_segmentKeys.indexOf(key));
    if (index < 0) {
        m_segmentKeys.append(key);
        index = static_cast<int>(m_segmentKeys.size() - 1);
    }
    m_lastSegment = index;
    return index;
}

bool ProjectColumns::matches(int i, const ProjectQuery& query, int segment, int analyst) const
{
    if (m_archived[i] && !query.includeArchived)
        return false;
    if (segment >= 0 && m_segmentIndex[i] != segment)
        return false;
    if (query.stage && m_stages[i] != static_cast<quint8>(*query.stage))
        return false;
    if (query.verdict && m_verdicts[i] != static_cast<quint8>(*query.verdict))
        return false;
    return analyst < 0 || m_analysts[i] == analyst;
}

const std::vector<int>& ProjectColumns::nameRank() const
{
    if (static_cast<int>(m_nameRank.size()) == size())
        return m_nameRank;
    // Lower-cased names compared as UTF-16: one cheap comparison, done once per load. Each
    // name's view is found once, not on every comparison (a search for its line break).
    std::vector<QStringView> names(static_cast<size_t>(size()));
    for (int i = 0; i < size(); ++i)
        names[i] = m_search.name(i);
    std::vector<int> order(size());
    for (int i = 0; i < size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const int c = names[a].compare(names[b]);
        return c != 0 ? c < 0 : m_ids[a] < m_ids[b];
    });
    m_nameRank.assign(size(), 0);
    for (int position = 0; position < size(); ++position)
        m_nameRank[order[position]] = position;
    return m_nameRank;
}

const std::vector<int>& ProjectColumns::sortedBy(ProjectColumn column) const
{
    std::vector<int>& order = m_sorted[static_cast<int>(column)];
    if (static_cast<int>(order.size()) == size())
        return order;
    if (column == ProjectColumn::Name || column == ProjectColumn::Count) {
        const std::vector<int>& rank = nameRank();
        order.resize(rank.size());
        for (int i = 0; i < size(); ++i)
            order[rank[i]] = i;
        return order;
    }
    // Each row becomes (key, id, index): sorting small structs in one vector keeps the
    // comparisons cheap and the memory access linear. Ties fall back to the id, so the order
    // is the same on every run.
    struct Key {
        double key;
        qint64 id;
        int index;
        bool operator<(const Key& o) const { return key != o.key ? key < o.key : id < o.id; }
    };
    std::vector<int> analystRanks;
    if (column == ProjectColumn::LeadAnalyst)
        analystRanks = analystOrder();
    auto keyOf = [&](int i) -> double {
        switch (column) {
        case ProjectColumn::Segment:
            return m_segmentIndex[i];
        case ProjectColumn::Stage:
            return m_stages[i];
        case ProjectColumn::Market:
            return sortable(m_market[i]);
        case ProjectColumn::Cost:
            return sortable(m_cost[i]);
        case ProjectColumn::Composite:
            return sortable(m_composite[i]);
        case ProjectColumn::Verdict:
            return m_verdicts[i];
        case ProjectColumn::RedFlags:
            return m_redFlags[i];
        case ProjectColumn::LeadAnalyst:
            return analystRanks[m_analysts[i]];
        case ProjectColumn::Updated:
            return static_cast<double>(m_updatedMs[i]);
        case ProjectColumn::Name:
        case ProjectColumn::Count:
            break;
        }
        return 0;
    };
    std::vector<Key> keys(m_ids.size());
    for (int i = 0; i < size(); ++i)
        keys[i] = Key{keyOf(i), m_ids[i], i};
    std::sort(keys.begin(), keys.end());
    order.resize(keys.size());
    for (size_t k = 0; k < keys.size(); ++k)
        order[k] = keys[k].index;
    return order;
}

std::vector<int> ProjectColumns::analystOrder() const
{
    std::vector<int> order(m_analystNames.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<int>(i);
    std::sort(order.begin(), order.end(), [this](int a, int b) {
        return m_analystNames.at(a).compare(m_analystNames.at(b), Qt::CaseInsensitive) < 0;
    });
    std::vector<int> rank(order.size());
    for (size_t position = 0; position < order.size(); ++position)
        rank[order[position]] = static_cast<int>(position);
    return rank;
}

void ProjectColumns::invalidateOrder()
{
    for (std::vector<int>& order : m_sorted)
        order.clear();
    m_nameRank.clear();
}

} // namespace tollgate
