#pragma once

#include "domain/Segment.h"
#include "storage/DashboardRead.h"
#include "storage/Portfolio.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace tollgate
{

// The projects behind the dashboard's statistics, ready for repeated passes (a filter change,
// a legend toggle): one compact DashboardRow each — numbers and small integers, the segment an
// index into segments(), the lead analyst an index into analysts() — and the names in one
// buffer. Filled from the storage's compact read (Portfolio::readDashboard) or from summaries.
// A segment key the list does not know gets a plain entry of its own (named by its key, grey),
// appended after the list, so that no project is left out of the totals.
class SummaryTable
{
public:
    SummaryTable() = default;
    // An empty table over these segments, to be filled through keys() and append(), then
    // finished with finishReading().
    explicit SummaryTable(QList<Segment> segments);
    SummaryTable(const QList<ProjectSummary>& summaries, QList<Segment> segments);

    DashboardKeys& keys() { return m_keys; }
    void reserve(qsizetype rows);
    void append(const DashboardRow& row, QStringView name);
    // Gives the segment keys met in the rows but not in the list entries of their own.
    void finishReading();

    const QList<Segment>& segments() const { return m_segments; }
    const QStringList& analysts() const { return m_keys.analysts(); }
    const DashboardRow& row(qsizetype i) const { return m_rows[static_cast<std::size_t>(i)]; }
    int segmentOf(qsizetype i) const { return row(i).segment; }
    QString name(qsizetype i) const;
    qsizetype size() const { return static_cast<qsizetype>(m_rows.size()); }
    // The distinct lead analysts, sorted: the choices of the dashboard's analyst filter.
    QStringList leadAnalysts() const;

private:
    QList<Segment> m_segments;
    DashboardKeys m_keys;
    std::vector<DashboardRow> m_rows;
    QString m_names;                  // every name, one after the other
    std::vector<qsizetype> m_nameEnd; // per row, where its name ends in m_names
};

} // namespace tollgate
