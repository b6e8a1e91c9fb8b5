#include "storage/ProjectTableRead.h"

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

QString orderColumn(ProjectTableOrder order)
{
    switch (order) {
    case ProjectTableOrder::ById:
        break;
    case ProjectTableOrder::ByMarket:
        return QStringLiteral("eval_market");
    case ProjectTableOrder::ByCost:
        return QStringLiteral("eval_cost");
    case ProjectTableOrder::ByComposite:
        return QStringLiteral("eval_composite");
    case ProjectTableOrder::ByRedFlags:
        return QStringLiteral("eval_red_flag_count");
    case ProjectTableOrder::ByUpdated:
        return QStringLiteral("updated");
    }
    return QString();
}

// The statement for a request: fixed fragments only; the limit is the one bound value.
QString tableSql(const ProjectTableRequest& request)
{
    QString sql = QStringLiteral(
        "SELECT id, name, segment_key, stage, eval_market, eval_cost, eval_composite, "
        "eval_verdict, eval_red_flag_count, lead_analyst, updated, archived");
    if (request.searchText)
        sql += QStringLiteral(", city, tags, description");
    sql += QStringLiteral(" FROM projects");
    if (!request.includeArchived)
        sql += QStringLiteral(" WHERE archived = 0");
    const QString direction = request.descending ? QStringLiteral(" DESC") : QString();
    // SQLite orders NULL below every number, as the table orders "not scored"; the id breaks
    // ties the same way, so the first screen matches the table's own order row for row.
    const QString column = orderColumn(request.order);
    sql += QStringLiteral(" ORDER BY ");
    if (!column.isEmpty())
        sql += column + direction + QStringLiteral(", ");
    sql += QStringLiteral("id") + direction;
    if (request.limit >= 0)
        sql += QStringLiteral(" LIMIT ?");
    return sql;
}

} // namespace

Status readProjectTable(Database& db, const ProjectTableRequest& request,
                        const std::function<void(const ProjectTableRow&)>& visit)
{
    Query query(db, tableSql(request));
    if (request.limit >= 0)
        query.bind(request.limit);
    if (Status ran = query.exec(); !ran)
        return ran;
    ProjectTableRow row;
    while (query.next()) {
        row.id = query.value(0).toLongLong();
        row.name = query.value(1).toString();
        row.segmentKey = query.value(2).toString();
        row.stage = storedStage(query.value(3).toString());
        row.market = numberOrNone(query.value(4));
        row.cost = numberOrNone(query.value(5));
        row.composite = numberOrNone(query.value(6));
        row.verdict = storedVerdict(query.value(7).toString());
        row.redFlagCount = query.value(8).toInt();
        row.leadAnalyst = query.value(9).toString();
        row.updatedMs = msecsFromTimeText(query.value(10).toString());
        row.archived = query.value(11).toInt() != 0;
        if (request.searchText) {
            row.city = query.value(12).toString();
            row.tags = query.value(13).toString();
            row.description = query.value(14).toString();
        }
        visit(row);
    }
    return {};
}

Result<int> countProjects(Database& db, bool includeArchived)
{
    Query query(db, includeArchived
                        ? QStringLiteral("SELECT count(*) FROM projects")
                        : QStringLiteral("SELECT count(*) FROM projects WHERE archived = 0"));
    Result<QVariant> count = query.scalar();
    if (!count)
        return count.error();
    return count->toInt();
}

} // namespace tollgate
