#pragma once

#include "domain/Stage.h"
#include "storage/Portfolio.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace tollgate
{

// A set of pipeline stages, small enough to test per project without allocating.
class StageSet
{
public:
    StageSet() = default;
    StageSet(std::initializer_list<Stage> stages);

    static StageSet all();
    static StageSet inPlay(); // every stage but passed and exited (Stage.h stageInPlay)

    bool contains(Stage stage) const { return (m_bits & bit(stage)) != 0; }
    bool isEmpty() const { return m_bits == 0; }
    void insert(Stage stage) { m_bits |= bit(stage); }
    void remove(Stage stage) { m_bits &= ~bit(stage); }
    QList<Stage> stages() const; // in pipeline order

    bool operator==(const StageSet& other) const { return m_bits == other.m_bits; }
    bool operator!=(const StageSet& other) const { return m_bits != other.m_bits; }

private:
    static unsigned bit(Stage stage) { return 1u << static_cast<unsigned>(stage); }
    unsigned m_bits = 0;
};

// Which projects the dashboard counts (SPEC §5: filterable by stage, analyst and date). An
// empty stage set, an empty analyst and a null date mean "no restriction"; the date range is
// inclusive and compares the day a project was last updated, in local time.
struct SummaryFilter {
    StageSet stages;
    QString leadAnalyst;
    QDate updatedFrom;
    QDate updatedTo;
    bool includeArchived = false;

    bool operator==(const SummaryFilter& other) const;
    bool operator!=(const SummaryFilter& other) const { return !(*this == other); }
};

class SummaryTable;
struct DashboardRow;

// The filter compiled for testing many projects of a table quickly: the date bounds become
// instants and the analyst an index into the table's analysts once, so each project costs a
// few comparisons of numbers.
class SummaryMatcher
{
public:
    SummaryMatcher(const SummaryFilter& filter, const SummaryTable& table);
    bool matches(const DashboardRow& row) const;

private:
    StageSet m_stages;
    bool m_includeArchived;
    bool m_byAnalyst; // false: any lead analyst
    int m_analyst;    // index into the table's analysts; -1 when the table has none of that name
    bool m_byDate;    // false: any update time, known or not
    qint64 m_fromMs;  // inclusive, ms since the epoch
    qint64 m_toMs;    // exclusive
};

// The distinct lead analysts of the projects, sorted, without the empty name: the choices of
// the dashboard's analyst filter.
QStringList leadAnalysts(const QList<ProjectSummary>& summaries);

} // namespace tollgate
