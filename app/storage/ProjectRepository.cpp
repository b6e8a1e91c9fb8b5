#include "storage/ProjectRepository.h"

#include "storage/Database.h"
#include "storage/MultiRowInsert.h"
#include "storage/Query.h"
#include "storage/RowVersion.h"
#include "storage/SqlValues.h"
#include "storage/StorageText.h"

namespace tollgate
{

namespace
{

// The editable fields, in the order bindFields() binds them and readFields() reads them.
const QString kFieldColumns = QStringLiteral(
    "name, segment_key, stage, round, valuation_cny, ask_cny, city, founded_year, description, "
    "tags, lead_analyst, exit_route, expected_exit_year, fund_end_year, dominant_incumbent, "
    "archived");
constexpr int kFieldCount = 16;

const QString kEvaluationColumns = QStringLiteral(
    "eval_market, eval_cost, eval_composite, eval_verdict, eval_red_flags, eval_red_flag_count, "
    "eval_tam_cny, eval_cost_model, eval_years_to_profitable, eval_as_of_year, eval_template_id");
constexpr int kEvaluationCount = 11;

void bindFields(Query& q, const Project& p)
{
    q.bind(p.name).bind(p.segmentKey).bind(stageKey(p.stage)).bind(p.round);
    q.bind(p.valuationCny).bind(p.askCny).bind(p.city).bind(p.foundedYear).bind(p.description);
    q.bind(tagsText(p.tags)).bind(p.leadAnalyst).bind(p.exitRoute).bind(p.expectedExitYear);
    q.bind(p.fundEndYear).bind(p.dominantIncumbent ? 1 : 0).bind(p.archived ? 1 : 0);
}

// Reads the editable fields from `first` on.
void readFields(const Query& q, int first, Project& p)
{
    p.name = q.value(first).toString();
    p.segmentKey = q.value(first + 1).toString();
    p.stage = storedStage(q.value(first + 2).toString());
    p.round = q.value(first + 3).toString();
    p.valuationCny = optionalInt64(q.value(first + 4));
    p.askCny = optionalInt64(q.value(first + 5));
    p.city = q.value(first + 6).toString();
    p.foundedYear = optionalInt(q.value(first + 7));
    p.description = q.value(first + 8).toString();
    p.tags = tagsFromText(q.value(first + 9).toString());
    p.leadAnalyst = q.value(first + 10).toString();
    p.exitRoute = q.value(first + 11).toString();
    p.expectedExitYear = optionalInt(q.value(first + 12));
    p.fundEndYear = optionalInt(q.value(first + 13));
    p.dominantIncumbent = q.value(first + 14).toInt() != 0;
    p.archived = q.value(first + 15).toInt() != 0;
}

void bindEvaluation(Query& q, const CachedEvaluation& e)
{
    q.bind(e.market).bind(e.cost).bind(e.composite).bind(verdictKey(e.verdict));
    q.bind(flagsText(e.redFlags)).bind(static_cast<int>(e.redFlags.size())).bind(e.tamCny);
    q.bind(e.costModelGiven ? 1 : 0).bind(e.yearsToProfitableCost).bind(e.asOfYear);
    q.bind(e.templateId > 0 ? std::optional<qint64>(e.templateId) : std::nullopt);
}

CachedEvaluation readEvaluation(const Query& q, int first)
{
    CachedEvaluation e;
    e.market = optionalDouble(q.value(first));
    e.cost = optionalDouble(q.value(first + 1));
    e.composite = optionalDouble(q.value(first + 2));
    e.verdict = storedVerdict(q.value(first + 3).toString());
    e.redFlags = flagsFromText(q.value(first + 4).toString());
    e.tamCny = optionalDouble(q.value(first + 6));
    e.costModelGiven = q.value(first + 7).toInt() != 0;
    e.yearsToProfitableCost = optionalDouble(q.value(first + 8));
    e.asOfYear = q.value(first + 9).toInt();
    e.templateId = q.value(first + 10).toLongLong();
    return e;
}

QString placeholders(int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return text;
}

void bindNewRow(Query& q, const NewProjectRow& row)
{
    bindFields(q, *row.project);
    q.bind(timeText(row.created)).bind(timeText(row.updated));
    bindEvaluation(q, *row.evaluation);
    q.bind(row.id);
}

// New projects with the ids given, each row bound by bindNewRow(); sixteen to a statement
// (past a dozen, a longer statement saves little more).
const MultiRowInsert& insertWithIds()
{
    static const MultiRowInsert insert(
        QStringLiteral("projects"),
        QStringLiteral("%1, created, updated, row_version, %2, id")
            .arg(kFieldColumns, kEvaluationColumns),
        QStringLiteral("(%1, ?, ?, 1, %2, ?)")
            .arg(placeholders(kFieldCount), placeholders(kEvaluationCount)),
        16);
    return insert;
}

} // namespace

Error projectNotFound(qint64 id)
{
    return Error::of(ErrorKind::NotFound, StorageText::tr("There is no project %1.").arg(id));
}

Error projectConflict(const Project& p, int storedVersion)
{
    return changedElsewhere(QStringLiteral("“%1”").arg(p.name), p.rowVersion, storedVersion);
}

Result<qint64> ProjectRepository::insert(const Project& p, const CachedEvaluation& evaluation,
                                         const QDateTime& created, const QDateTime& updated,
                                         qint64 id)
{
    static const QString withoutId =
        QStringLiteral("INSERT INTO projects (%1, created, updated, row_version, %2) VALUES "
                       "(%3, ?, ?, 1, %4) RETURNING id")
            .arg(kFieldColumns, kEvaluationColumns, placeholders(kFieldCount),
                 placeholders(kEvaluationCount));
    if (id > 0) {
        Query insert(m_db, insertWithIds().oneRow());
        bindNewRow(insert, {&p, &evaluation, created, updated, id});
        if (Status done = insert.exec(); !done)
            return done.error();
        return id;
    }
    Query insert(m_db, withoutId);
    bindFields(insert, p);
    insert.bind(timeText(created)).bind(timeText(updated));
    bindEvaluation(insert, evaluation);
    Result<QVariant> stored = insert.scalar();
    if (!stored)
        return stored.error();
    return stored->toLongLong();
}

Status ProjectRepository::insertRows(const QList<NewProjectRow>& rows)
{
    return insertWithIds().run(m_db, rows, bindNewRow);
}

Result<qint64> ProjectRepository::nextId()
{
    return m_db.dialect().nextId(m_db, QStringLiteral("projects"));
}

Status ProjectRepository::update(const Project& p, const QDateTime& now)
{
    static const QString sql = [] {
        QString assignments = kFieldColumns;
        assignments.replace(QLatin1String(","), QLatin1String(" = ?,"));
        return QStringLiteral("UPDATE projects SET %1 = ?, updated = ?, "
                              "row_version = row_version + 1 WHERE id = ? AND row_version = ?")
            .arg(assignments);
    }();
    Query update(m_db, sql);
    bindFields(update, p);
    update.bind(timeText(now)).bind(p.id).bind(p.rowVersion);
    if (Status done = update.exec(); !done)
        return done;
    if (update.rowsAffected() == 1)
        return {};
    return unchangedRowError(m_db, QStringLiteral("projects"), p.id, projectNotFound(p.id),
                             [&](int stored) { return projectConflict(p, stored); });
}

Status ProjectRepository::writeEvaluation(qint64 id, const CachedEvaluation& evaluation)
{
    static const QString sql = [] {
        QString assignments = kEvaluationColumns;
        assignments.replace(QLatin1String(","), QLatin1String(" = ?,"));
        return QStringLiteral("UPDATE projects SET %1 = ? WHERE id = ?").arg(assignments);
    }();
    Query update(m_db, sql);
    bindEvaluation(update, evaluation);
    update.bind(id);
    return update.exec();
}

Status ProjectRepository::touch(qint64 id, const QDateTime& now)
{
    Query update(m_db, QStringLiteral("UPDATE projects SET updated = ? WHERE id = ?"));
    update.bind(timeText(now)).bind(id);
    return update.exec();
}

Status ProjectRepository::remove(qint64 id)
{
    Query remove(m_db, QStringLiteral("DELETE FROM projects WHERE id = ?"));
    remove.bind(id);
    if (Status done = remove.exec(); !done)
        return done;
    return remove.rowsAffected() == 1 ? Status() : Status(projectNotFound(id));
}

Result<Project> ProjectRepository::byId(qint64 id)
{
    static const QString sql =
        QStringLiteral("SELECT id, created, updated, row_version, %1 FROM projects WHERE id = ?")
            .arg(kFieldColumns);
    Query query(m_db, sql);
    query.bind(id);
    if (Status ran = query.exec(); !ran)
        return ran.error();
    if (!query.next())
        return projectNotFound(id);
    Project p;
    p.id = query.value(0).toLongLong();
    p.created = timeFromText(query.value(1).toString());
    p.updated = timeFromText(query.value(2).toString());
    p.rowVersion = query.value(3).toInt();
    readFields(query, 4, p);
    return p;
}

Result<QSet<qint64>> ProjectRepository::existing(const QList<qint64>& ids)
{
    Query query(m_db, QStringLiteral("SELECT 1 FROM projects WHERE id = ?"));
    QSet<qint64> found;
    for (qint64 id : ids) {
        query.bind(id);
        Result<QVariant> row = query.scalar();
        if (!row)
            return row.error();
        if (!row->isNull())
            found.insert(id);
    }
    return found;
}

Result<QList<Project>> ProjectRepository::all()
{
    static const QString sql =
        QStringLiteral("SELECT id, created, updated, row_version, %1 FROM projects ORDER BY id")
            .arg(kFieldColumns);
    Query query(m_db, sql);
    if (Status ran = query.exec(); !ran)
        return ran.error();
    QList<Project> projects;
    while (query.next()) {
        Project p;
        p.id = query.value(0).toLongLong();
        p.created = timeFromText(query.value(1).toString());
        p.updated = timeFromText(query.value(2).toString());
        p.rowVersion = query.value(3).toInt();
        readFields(query, 4, p);
        projects.append(std::move(p));
    }
    return projects;
}

Result<QList<Project>> ProjectRepository::allForEvaluation()
{
    Query query(m_db, QStringLiteral("SELECT id, lead_analyst, fund_end_year, expected_exit_year, "
                                     "dominant_incumbent FROM projects ORDER BY id"));
    if (Status ran = query.exec(); !ran)
        return ran.error();
    QList<Project> projects;
    while (query.next()) {
        Project p;
        p.id = query.value(0).toLongLong();
        p.leadAnalyst = query.value(1).toString();
        p.fundEndYear = optionalInt(query.value(2));
        p.expectedExitYear = optionalInt(query.value(3));
        p.dominantIncumbent = query.value(4).toInt() != 0;
        projects.append(std::move(p));
    }
    return projects;
}

Result<QList<ProjectSummary>> ProjectRepository::summaries(const ProjectFilter& filter)
{
    // The conditions are fixed fragments; only their values are bound.
    QStringList conditions;
    QVariantList values;
    if (!filter.includeArchived)
        conditions << QStringLiteral("archived = 0");
    if (!filter.segmentKey.isEmpty()) {
        conditions << QStringLiteral("segment_key = ?");
        values << filter.segmentKey;
    }
    if (filter.verdict) {
        conditions << QStringLiteral("eval_verdict = ?");
        values << verdictKey(*filter.verdict);
    }
    if (filter.stage) {
        conditions << QStringLiteral("stage = ?");
        values << stageKey(*filter.stage);
    }
    if (!filter.analyst.isEmpty()) {
        conditions << QStringLiteral("lead_analyst = ?");
        values << filter.analyst;
    }
    QString sql = QStringLiteral(
        "SELECT id, name, segment_key, stage, city, tags, description, lead_analyst, "
        "eval_market, eval_cost, eval_composite, eval_verdict, eval_red_flags, eval_tam_cny, "
        "eval_cost_model, eval_years_to_profitable, updated, archived FROM projects");
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id");

    Query query(m_db, sql);
    for (const QVariant& v : values)
        query.bind(v);
    if (Status ran = query.exec(); !ran)
        return ran.error();
    QList<ProjectSummary> rows;
    while (query.next()) {
        ProjectSummary s;
        s.id = query.value(0).toLongLong();
        s.name = query.value(1).toString();
        s.segmentKey = query.value(2).toString();
        s.stage = storedStage(query.value(3).toString());
        s.city = query.value(4).toString();
        s.tags = tagsFromText(query.value(5).toString());
        s.description = query.value(6).toString();
        s.leadAnalyst = query.value(7).toString();
        s.market = optionalDouble(query.value(8));
        s.cost = optionalDouble(query.value(9));
        s.composite = optionalDouble(query.value(10));
        s.verdict = storedVerdict(query.value(11).toString());
        s.redFlags = flagsFromText(query.value(12).toString());
        s.tamCny = optionalDouble(query.value(13));
        s.costModelGiven = query.value(14).toInt() != 0;
        s.yearsToProfitableCost = optionalDouble(query.value(15));
        s.updated = timeFromText(query.value(16).toString());
        s.archived = query.value(17).toInt() != 0;
        rows.append(std::move(s));
    }
    return rows;
}

Result<QHash<qint64, CachedEvaluation>> ProjectRepository::evaluations()
{
    static const QString sql =
        QStringLiteral("SELECT id, %1 FROM projects").arg(kEvaluationColumns);
    Query query(m_db, sql);
    if (Status ran = query.exec(); !ran)
        return ran.error();
    QHash<qint64, CachedEvaluation> evaluations;
    while (query.next())
        evaluations.insert(query.value(0).toLongLong(), readEvaluation(query, 1));
    return evaluations;
}

Result<bool> ProjectRepository::hasEvaluationsNotFrom(int year)
{
    Query query(m_db, QStringLiteral("SELECT 1 FROM projects WHERE eval_as_of_year <> ? LIMIT 1"));
    query.bind(year);
    Result<QVariant> found = query.scalar();
    if (!found)
        return found.error();
    return !found->isNull();
}

} // namespace tollgate
