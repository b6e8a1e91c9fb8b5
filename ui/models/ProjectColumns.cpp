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

QString searchTextOf(const ProjectSummary& s)
{
    QString text;
    text.reserve(s.name.size() + s.city.size() + s.description.size() + 32);
    text += s.name;
    text += QLatin1Char('\n');
    text += s.city;
    text += QLatin1Char('\n');
    text += s.tags.join(QLatin1Char(' '));
    text += QLatin1Char('\n');
    text += s.description;
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
    const qsizetype n = summaries.size();
    m_indexOfId.clear();
    m_indexOfId.reserve(n);
    m_ids.assign(n, 0);
    m_names.assign(n, QString());
    m_searchText.assign(n, QString());
    m_segmentIndex.assign(n, 0);
    m_stages.assign(n, 0);
    m_market.assign(n, None);
    m_cost.assign(n, None);
    m_composite.assign(n, None);
    m_verdicts.assign(n, 0);
    m_redFlags.assign(n, 0);
    m_analysts.assign(n, 0);
    m_updated.assign(n, 0);
    m_archived.assign(n, 0);
    m_analystNames.clear();
    m_analystIndex.clear();
    m_segmentKeys.clear();
    for (const Segment& s : m_segments)
        m_segmentKeys.append(s.key);
    for (qsizetype i = 0; i < n; ++i) {
        set(static_cast<int>(i), summaries.at(i));
        m_indexOfId.insert(summaries.at(i).id, static_cast<int>(i));
    }
    invalidateOrder();
}

void ProjectColumns::upsert(const ProjectSummary& summary)
{
    int i = indexOfId(summary.id);
    if (i < 0) {
        i = size();
        m_ids.push_back(0);
        m_names.emplace_back();
        m_searchText.emplace_back();
        m_segmentIndex.push_back(0);
        m_stages.push_back(0);
        m_market.push_back(None);
        m_cost.push_back(None);
        m_composite.push_back(None);
        m_verdicts.push_back(0);
        m_redFlags.push_back(0);
        m_analysts.push_back(0);
        m_updated.push_back(0);
        m_archived.push_back(0);
        m_indexOfId.insert(summary.id, i);
    }
    set(i, summary);
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
        m_searchText[i] = std::move(m_searchText[last]);
        m_segmentIndex[i] = m_segmentIndex[last];
        m_stages[i] = m_stages[last];
        m_market[i] = m_market[last];
        m_cost[i] = m_cost[last];
        m_composite[i] = m_composite[last];
        m_verdicts[i] = m_verdicts[last];
        m_redFlags[i] = m_redFlags[last];
        m_analysts[i] = m_analysts[last];
        m_updated[i] = m_updated[last];
        m_archived[i] = m_archived[last];
        m_indexOfId.insert(m_ids[i], i);
    }
    m_indexOfId.remove(id);
    m_ids.pop_back();
    m_names.pop_back();
    m_searchText.pop_back();
    m_segmentIndex.pop_back();
    m_stages.pop_back();
    m_market.pop_back();
    m_cost.pop_back();
    m_composite.pop_back();
    m_verdicts.pop_back();
    m_redFlags.pop_back();
    m_analysts.pop_back();
    m_updated.pop_back();
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
    if (candidates) {
        rows.reserve(candidates->size());
        for (int i : *candidates)
            if (matches(i, query, words, segment, analyst))
                rows.push_back(i);
        return rows;
    }
    const std::vector<int>& sorted = sortedBy(column);
    rows.reserve(sorted.size());
    auto keep = [&](int i) {
        if (matches(i, query, words, segment, analyst))
            rows.push_back(i);
    };
    if (order == Qt::AscendingOrder)
        std::for_each(sorted.begin(), sorted.end(), keep);
    else
        std::for_each(sorted.rbegin(), sorted.rend(), keep);
    return rows;
}

void ProjectColumns::set(int i, const ProjectSummary& s)
{
    m_ids[i] = s.id;
    m_names[i] = s.name;
    m_searchText[i] = searchTextOf(s);
    m_segmentIndex[i] = static_cast<qint16>(internSegment(s.segmentKey));
    m_stages[i] = static_cast<quint8>(s.stage);
    m_market[i] = orNone(s.market);
    m_cost[i] = orNone(s.cost);
    m_composite[i] = orNone(s.composite);
    m_verdicts[i] = static_cast<quint8>(s.verdict);
    m_redFlags[i] = static_cast<quint8>(std::min<qsizetype>(s.redFlags.size(), 255));
    m_analysts[i] = internAnalyst(s.leadAnalyst);
    m_updated[i] = s.updated.isValid() ? s.updated.toMSecsSinceEpoch() : 0;
    m_archived[i] = s.archived ? 1 : 0;
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
    const int index = static_cast<int>(m_segmentKeys.indexOf(key));
    if (index >= 0)
        return index;
    m_segmentKeys.append(key);
    return static_cast<int>(m_segmentKeys.size() - 1);
}

bool ProjectColumns::matches(int i, const ProjectQuery& query, const QStringList& words,
                             int segment, int analyst) const
{
    if (m_archived[i] && !query.includeArchived)
        return false;
    if (segment >= 0 && m_segmentIndex[i] != segment)
        return false;
    if (query.stage && m_stages[i] != static_cast<quint8>(*query.stage))
        return false;
    if (query.verdict && m_verdicts[i] != static_cast<quint8>(*query.verdict))
        return false;
    if (analyst >= 0 && m_analysts[i] != analyst)
        return false;
    const QString& text = m_searchText[i];
    for (const QString& word : words)
        if (!text.contains(word))
            return false;
    return true;
}

const std::vector<int>& ProjectColumns::sortedBy(ProjectColumn column) const
{
    std::vector<int>& order = m_sorted[static_cast<int>(column)];
    if (static_cast<int>(order.size()) == size())
        return order;
    order.resize(size());
    for (int i = 0; i < size(); ++i)
        order[i] = i;
    // Ties fall back to the name, then the id, so the order is the same on every run.
    auto byName = [this](int a, int b) {
        const int c = m_names[a].compare(m_names[b], Qt::CaseInsensitive);
        return c != 0 ? c < 0 : m_ids[a] < m_ids[b];
    };
    auto byNumber = [&](const std::vector<double>& v) {
        return [&v, byName](int a, int b) {
            const double x = sortable(v[a]), y = sortable(v[b]);
            return x != y ? x < y : byName(a, b);
        };
    };
    auto byKey = [byName](auto key) {
        return [key, byName](int a, int b) {
            const auto x = key(a), y = key(b);
            return x != y ? x < y : byName(a, b);
        };
    };
    switch (column) {
    case ProjectColumn::Name:
    case ProjectColumn::Count:
        std::sort(order.begin(), order.end(), byName);
        break;
    case ProjectColumn::Segment:
        std::sort(order.begin(), order.end(), byKey([this](int i) { return m_segmentIndex[i]; }));
        break;
    case ProjectColumn::Stage:
        std::sort(order.begin(), order.end(), byKey([this](int i) { return m_stages[i]; }));
        break;
    case ProjectColumn::Market:
        std::sort(order.begin(), order.end(), byNumber(m_market));
        break;
    case ProjectColumn::Cost:
        std::sort(order.begin(), order.end(), byNumber(m_cost));
        break;
    case ProjectColumn::Composite:
        std::sort(order.begin(), order.end(), byNumber(m_composite));
        break;
    case ProjectColumn::Verdict:
        std::sort(order.begin(), order.end(), byKey([this](int i) { return m_verdicts[i]; }));
        break;
    case ProjectColumn::RedFlags:
        std::sort(order.begin(), order.end(), byKey([this](int i) { return m_redFlags[i]; }));
        break;
    case ProjectColumn::LeadAnalyst:
        std::sort(order.begin(), order.end(), [this, byName](int a, int b) {
            const int c = m_analystNames[m_analysts[a]].compare(m_analystNames[m_analysts[b]],
                                                                Qt::CaseInsensitive);
            return c != 0 ? c < 0 : byName(a, b);
        });
        break;
    case ProjectColumn::Updated:
        std::sort(order.begin(), order.end(), byKey([this](int i) { return m_updated[i]; }));
        break;
    }
    return order;
}

void ProjectColumns::invalidateOrder()
{
    for (std::vector<int>& order : m_sorted)
        order.clear();
}

} // namespace tollgate
