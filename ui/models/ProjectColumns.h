#pragma once

#include "domain/Segment.h"
#include "domain/Stage.h"
#include "models/SearchText.h"
#include "scoring/Verdict.h"
#include "storage/Portfolio.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace tollgate
{

// The columns of the project table (SPEC §5), in display order.
enum class ProjectColumn {
    Name,
    Segment,
    Stage,
    Market,
    Cost,
    Composite,
    Verdict,
    RedFlags,
    LeadAnalyst,
    Updated,
    Count
};

// What the project table shows: the search text and the filters of the filter bar and the
// segment tree. Every part must match.
struct ProjectQuery {
    QString text;       // words separated by spaces, each found in name, city, tags or description
    QString segmentKey; // empty: every segment
    std::optional<Stage> stage;
    std::optional<Verdict> verdict;
    QString analyst; // lead analyst; empty: everyone
    bool includeArchived = false;

    // True when every row matching this query also matches `wider` (more typed text, same
    // filters), so a search can narrow the rows it already has instead of scanning them all.
    bool narrows(const ProjectQuery& wider) const;
};

// The project table's rows as a column store: one vector per column, names of analysts and
// segments interned, the search text lower-cased once. At 100 000 projects a keystroke scans
// one vector of strings and a sort orders one vector of numbers, and each column's sort
// order is computed on first use and kept until the data changes. A store can be filled on a
// worker thread (ProjectTableLoader) and then handed to the GUI thread whole.
class ProjectColumns
{
public:
    void setSegments(const QList<Segment>& segments);
    const QList<Segment>& segments() const { return m_segments; }

    void load(const QList<ProjectSummary>& summaries);
    // Empties the store for append(): `rows` is a hint for reserving.
    void clear(qsizetype rows = 0);
    // Adds a row as the storage reads it; its search text is built from the city, tags and
    // description the row carries (a row read without them is found by its name only).
    void append(const ProjectTableRow& row);
    // Replaces the project with the same id, or appends it.
    void upsert(const ProjectSummary& summary);
    void remove(qint64 id);

    int size() const { return static_cast<int>(m_ids.size()); }
    int indexOfId(qint64 id) const; // -1 if absent

    qint64 id(int i) const { return m_ids[i]; }
    const QString& name(int i) const { return m_names[i]; }
    QString segmentKey(int i) const;
    const Segment* segment(int i) const;
    Stage stage(int i) const { return static_cast<Stage>(m_stages[i]); }
    std::optional<double> market(int i) const { return optional(m_market[i]); }
    std::optional<double> cost(int i) const { return optional(m_cost[i]); }
    std::optional<double> composite(int i) const { return optional(m_composite[i]); }
    Verdict verdict(int i) const { return static_cast<Verdict>(m_verdicts[i]); }
    int redFlagCount(int i) const { return m_redFlags[i]; }
    const QString& leadAnalyst(int i) const { return m_analystNames[m_analysts[i]]; }
    qint64 updatedMs(int i) const { return m_updatedMs[i]; } // since the epoch; 0: unknown
    bool archived(int i) const { return m_archived[i] != 0; }

    // Computes and keeps the order of a column, so that a later select() by it only filters.
    void prepareOrder(ProjectColumn column) const { (void)sortedBy(column); }

    // Lead analysts that occur, sorted.
    QStringList analysts() const;
    // Projects per segment key (archived ones only when asked), and the total under "".
    QHash<QString, int> segmentCounts(bool includeArchived) const;

    // Indexes of the projects matching the query, ordered by the column. When `candidates`
    // is given (rows of an earlier, wider query in the same order), only those are scanned.
    std::vector<int> select(const ProjectQuery& query, ProjectColumn column, Qt::SortOrder order,
                            const std::vector<int>* candidates = nullptr) const;

private:
    static std::optional<double> optional(double v)
    {
        return v == v ? std::optional<double>(v) : std::nullopt; // NaN stands for "none"
    }
    void set(int i, const ProjectTableRow& row, bool added);
    int internAnalyst(const QString& name);
    int internSegment(const QString& key);
    bool matches(int i, const ProjectQuery& query, int segment, int analyst) const;
    // Rows whose search text holds every word, by a scan of the whole text buffer.
    std::vector<char> textHits(const QStringList& words) const;
    bool textHolds(int i, const QStringList& words) const;
    const std::vector<int>& nameRank() const;
    std::vector<int> analystOrder() const; // rank of each analyst index by name
    const std::vector<int>& sortedBy(ProjectColumn column) const;
    void invalidateOrder();

    QList<Segment> m_segments;
    QHash<qint64, int> m_indexOfId;
    std::vector<qint64> m_ids;
    std::vector<QString> m_names;
    SearchText m_search;                // lower-cased name, city, tags, description
    std::vector<qint16> m_segmentIndex; // into m_segmentKeys
    std::vector<quint8> m_stages;
    std::vector<double> m_market;
    std::vector<double> m_cost;
    std::vector<double> m_composite;
    std::vector<quint8> m_verdicts;
    std::vector<quint8> m_redFlags;
    std::vector<int> m_analysts;     // into m_analystNames
    std::vector<qint64> m_updatedMs; // a number, not a QDateTime: sorting needs no time zone
    std::vector<quint8> m_archived;
    QStringList m_segmentKeys;
    int m_lastSegment = -1; // the segments' keys in display order, then unknown keys
    QStringList m_analystNames;
    QHash<QString, int> m_analystIndex;
    mutable std::array<std::vector<int>, static_cast<int>(ProjectColumn::Count)> m_sorted;
    mutable std::vector<int> m_nameRank; // position of each row in name order; ties use it
};

} // namespace tollgate
