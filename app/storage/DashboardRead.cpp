#include "storage/DashboardRead.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/SqlValues.h"

#include <limits>

namespace tollgate
{

namespace
{

constexpr double None = std::numeric_limits<double>::quiet_NaN();

double numberOrNone(const QVariant& value)
{
    return value.isNull() ? None : value.toDouble();
}

double numberOrNone(const std::optional<double>& value)
{
    return value ? *value : None;
}

// The evaluated fields of a row replaced by those a viewer sees.
void applyEvaluation(DashboardRow& row, const CachedEvaluation& e)
{
    row.market = numberOrNone(e.market);
    row.cost = numberOrNone(e.cost);
    row.composite = numberOrNone(e.composite);
    row.verdict = e.verdict;
    row.tamCny = numberOrNone(e.tamCny);
}

// Returns the index of `key` in `list`, appending it when new.
int indexIn(QStringList& list, QHash<QString, int>& index, const QString& key)
{
    const auto found = index.constFind(key);
    if (found != index.constEnd())
        return *found;
    const int added = static_cast<int>(list.size());
    list.append(key);
    index.insert(key, added);
    return added;
}

// Looks a key up only when it differs from the previous row's: keys repeat.
class LastKey
{
public:
    template <typename Lookup>
    int indexOf(const QString& key, Lookup lookup)
    {
        if (!m_known || key != m_key) {
            m_index = lookup(key);
            m_key = key;
            m_known = true;
        }
        return m_index;
    }

private:
    QString m_key;
    int m_index = -1;
    bool m_known = false;
};

} // namespace

DashboardKeys::DashboardKeys(const QStringList& segmentKeys) : m_segmentKeys(segmentKeys)
{
    // Every entry keeps its place, so that index i is still the list's segment i.
    for (int i = 0; i < segmentKeys.size(); ++i)
        m_segmentIndex.insert(segmentKeys[i], i);
}

int DashboardKeys::segmentIndex(const QString& key)
{
    return indexIn(m_segmentKeys, m_segmentIndex, key);
}

int DashboardKeys::analystIndex(const QString& name)
{
    return name.isEmpty() ? -1 : indexIn(m_analysts, m_analystIndex, name);
}

Status readDashboardRows(Database& db, const QHash<qint64, CachedEvaluation>& seen,
                         DashboardKeys& keys, const DashboardVisitor& visit)
{
    Query query(db, QStringLiteral("SELECT id, name, segment_key, stage, eval_market, eval_cost, "
                                   "eval_composite, eval_verdict, eval_tam_cny, lead_analyst, "
                                   "updated, archived FROM projects ORDER BY id"));
    if (Status ran = query.exec(); !ran)
        return ran;
    LastKey segment;
    LastKey analyst;
    const auto segmentIndex = [&keys](const QString& key) {
        return keys.segmentIndex(key);
    };
    const auto analystIndex = [&keys](const QString& name) {
        return keys.analystIndex(name);
    };
    DashboardRow row;
    while (query.next()) {
        row.id = query.value(0).toLongLong();
        const QString name = query.value(1).toString();
        row.segment = segment.indexOf(query.value(2).toString(), segmentIndex);
        row.stage = storedStage(query.value(3).toString());
        row.market = numberOrNone(query.value(4));
        row.cost = numberOrNone(query.value(5));
        row.composite = numberOrNone(query.value(6));
        row.verdict = storedVerdict(query.value(7).toString());
        row.tamCny = numberOrNone(query.value(8));
        row.leadAnalyst = analyst.indexOf(query.value(9).toString(), analystIndex);
        row.updatedMs = msecsFromTimeText(query.value(10).toString());
        row.archived = query.value(11).toInt() != 0;
        if (!seen.isEmpty()) {
            const auto own = seen.constFind(row.id);
            if (own != seen.constEnd())
                applyEvaluation(row, *own);
        }
        visit(row, name);
    }
    return {};
}

} // namespace tollgate
