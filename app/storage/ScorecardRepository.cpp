#include "storage/ScorecardRepository.h"

#include "storage/CriteriaText.h"
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

// The stored fields, in the order bindFields() binds them and readFields() reads them.
const QString kFieldColumns = QStringLiteral(
    "project_id, template_id, analyst, date, submitted, tam_cny, sam_cny, cagr, payers, "
    "unit_cost, price, target_margin, volume, cumulative, volume_growth, learning_rate, "
    "price_erosion, horizon_years, criteria");
constexpr int kFieldCount = 19;
// What the scoring rules read, in the order readEvaluationFields() reads them.
const QString kEvaluationColumns = QStringLiteral(
    "id, project_id, analyst, date, tam_cny, unit_cost, price, target_margin, volume, "
    "cumulative, volume_growth, learning_rate, price_erosion, horizon_years, criteria");

void bindFields(Query& q, const Scorecard& s)
{
    q.bind(s.projectId).bind(s.templateId).bind(s.analyst).bind(dateText(s.date));
    q.bind(s.submitted ? 1 : 0);
    q.bind(s.market.tamCny).bind(s.market.samCny).bind(s.market.cagr).bind(s.market.payers);
    const CostInputs& c = s.cost;
    q.bind(c.unitCost).bind(c.price).bind(c.targetMargin).bind(c.volume).bind(c.cumulative);
    q.bind(c.volumeGrowth).bind(c.learningRate).bind(c.priceErosion).bind(c.horizonYears);
    q.bind(criteriaText(s.entries));
}

void readCost(const Query& q, int first, CostInputs& c)
{
    c.unitCost = optionalDouble(q.value(first));
    c.price = optionalDouble(q.value(first + 1));
    c.targetMargin = optionalDouble(q.value(first + 2));
    c.volume = optionalDouble(q.value(first + 3));
    c.cumulative = optionalDouble(q.value(first + 4));
    c.volumeGrowth = optionalDouble(q.value(first + 5));
    c.learningRate = optionalDouble(q.value(first + 6));
    c.priceErosion = optionalDouble(q.value(first + 7));
    c.horizonYears = optionalDouble(q.value(first + 8));
}

Status readCriteria(const Query& q, int column, Scorecard& s, bool scoresOnly = false)
{
    const QString text = q.value(column).toString();
    if (scoresOnly ? readCriteriaScores(text, s.entries) : readCriteriaText(text, s.entries))
        return {};
    return Error::of(ErrorKind::Damaged,
                     StorageText::tr("The criteria of scorecard %1 are unreadable.").arg(s.id));
}

Status readFields(const Query& q, int first, Scorecard& s)
{
    s.projectId = q.value(first).toLongLong();
    s.templateId = q.value(first + 1).toLongLong();
    s.analyst = q.value(first + 2).toString();
    s.date = dateFromText(q.value(first + 3).toString());
    s.submitted = q.value(first + 4).toInt() != 0;
    s.market.tamCny = optionalDouble(q.value(first + 5));
    s.market.samCny = optionalDouble(q.value(first + 6));
    s.market.cagr = optionalDouble(q.value(first + 7));
    s.market.payers = optionalInt64(q.value(first + 8));
    readCost(q, first + 9, s.cost);
    return readCriteria(q, first + 18, s);
}

QString marks(int count)
{
    QString text = QStringLiteral("?");
    for (int i = 1; i < count; ++i)
        text += QStringLiteral(", ?");
    return text;
}

void bindNewRow(Query& q, const NewScorecardRow& row)
{
    bindFields(q, *row.scorecard);
    q.bind(timeText(row.created)).bind(timeText(row.updated)).bind(row.id);
}

// New scorecards with the ids given, each row bound by bindNewRow(); sixteen to a statement, as
// for projects.
const MultiRowInsert& insertWithIds()
{
    static const MultiRowInsert insert(
        QStringLiteral("scorecards"),
        QStringLiteral("%1, created, updated, row_version, id").arg(kFieldColumns),
        QStringLiteral("(%1, ?, ?, 1, ?)").arg(marks(kFieldCount)), 16);
    return insert;
}

// A scorecard with no cost inputs, growth rate or payers (every one a CSV import makes) leaves
// those eleven columns to their default, NULL: half the values to bind, and binding through Qt
// costs about 300 instructions a value.
bool hasOnlyScoresAndSize(const Scorecard& s)
{
    return s.cost.isEmpty() && !s.market.cagr && !s.market.payers;
}

void bindScoresAndSize(Query& q, const NewScorecardRow& row)
{
    const Scorecard& s = *row.scorecard;
    q.bind(s.projectId).bind(s.templateId).bind(s.analyst).bind(dateText(s.date));
    q.bind(s.submitted ? 1 : 0).bind(s.market.tamCny).bind(s.market.samCny);
    q.bind(criteriaText(s.entries));
    q.bind(timeText(row.created)).bind(timeText(row.updated)).bind(row.id);
}

const MultiRowInsert& insertScoresAndSize()
{
    static const MultiRowInsert insert(
        QStringLiteral("scorecards"),
        QStringLiteral("project_id, template_id, analyst, date, submitted, tam_cny, sam_cny, "
                       "criteria, created, updated, row_version, id"),
        QStringLiteral("(%1, 1, ?)").arg(marks(10)), 16);
    return insert;
}

} // namespace

Error scorecardNotFound(qint64 id)
{
    return Error::of(ErrorKind::NotFound, StorageText::tr("There is no scorecard %1.").arg(id));
}

Result<qint64> ScorecardRepository::insert(const Scorecard& s, const QDateTime& created,
                                           const QDateTime& updated, qint64 id)
{
    static const QString withoutId =
        QStringLiteral("INSERT INTO scorecards (%1, created, updated, row_version) "
                       "VALUES (%2, ?, ?, 1) RETURNING id")
            .arg(kFieldColumns, marks(kFieldCount));
    if (id > 0) {
        Query insert(m_db, insertWithIds().oneRow());
        bindNewRow(insert, {&s, created, updated, id});
        if (Status done = insert.exec(); !done)
            return done.error();
        return id;
    }
    Query insert(m_db, withoutId);
    bindFields(insert, s);
    insert.bind(timeText(created)).bind(timeText(updated));
    Result<QVariant> stored = insert.scalar();
    if (!stored)
        return stored.error();
    return stored->toLongLong();
}

Status ScorecardRepository::insertRows(const QList<NewScorecardRow>& rows)
{
    QList<NewScorecardRow> full;
    QList<NewScorecardRow> scoresAndSize;
    for (const NewScorecardRow& row : rows)
        (hasOnlyScoresAndSize(*row.scorecard) ? scoresAndSize : full).append(row);
    if (Status stored = insertWithIds().run(m_db, full, bindNewRow); !stored)
        return stored;
    return insertScoresAndSize().run(m_db, scoresAndSize, bindScoresAndSize);
}

Status ScorecardRepository::update(const Scorecard& s, const QDateTime& now)
{
    static const QString sql = [] {
        QString assignments = kFieldColumns;
        assignments.replace(QLatin1String(","), QLatin1String(" = ?,"));
        return QStringLiteral("UPDATE scorecards SET %1 = ?, updated = ?, "
                              "row_version = row_version + 1 WHERE id = ? AND row_version = ?")
            .arg(assignments);
    }();
    Query update(m_db, sql);
    bindFields(update, s);
    update.bind(timeText(now)).bind(s.id).bind(s.rowVersion);
    if (Status done = update.exec(); !done)
        return done;
    if (update.rowsAffected() == 1)
        return {};
    return unchangedRowError(m_db, QStringLiteral("scorecards"), s.id, scorecardNotFound(s.id),
                             [&](int stored) {
                                 return changedElsewhere(StorageText::tr("The scorecard of %1 "
                                                                         "dated %2")
                                                             .arg(s.analyst, dateText(s.date)),
                                                         s.rowVersion, stored);
                             });
}

Status ScorecardRepository::remove(qint64 id)
{
    Query remove(m_db, QStringLiteral("DELETE FROM scorecards WHERE id = ?"));
    remove.bind(id);
    if (Status done = remove.exec(); !done)
        return done;
    return remove.rowsAffected() == 1 ? Status() : Status(scorecardNotFound(id));
}

Result<qint64> ScorecardRepository::nextId()
{
    return m_db.dialect().nextId(m_db, QStringLiteral("scorecards"));
}

Result<QList<Scorecard>> ScorecardRepository::read(const QString& where, const QVariant& value)
{
    static const QString columns =
        QStringLiteral("s.") +
        QString(kFieldColumns).replace(QLatin1String(", "), QLatin1String(", s."));
    Query cards(m_db, QStringLiteral("SELECT s.id, t.version, s.created, s.updated, "
                                     "s.row_version, %1 FROM scorecards s JOIN templates t "
                                     "ON t.id = s.template_id %2 "
                                     "ORDER BY s.project_id, s.date, s.id")
                          .arg(columns, where));
    if (value.isValid())
        cards.bind(value);
    if (Status ran = cards.exec(); !ran)
        return ran.error();
    QList<Scorecard> scorecards;
    while (cards.next()) {
        Scorecard s;
        s.id = cards.value(0).toLongLong();
        s.templateVersion = cards.value(1).toInt();
        s.created = timeFromText(cards.value(2).toString());
        s.updated = timeFromText(cards.value(3).toString());
        s.rowVersion = cards.value(4).toInt();
        if (Status read = readFields(cards, 5, s); !read)
            return read.error();
        scorecards.append(std::move(s));
    }
    return scorecards;
}

Result<Scorecard> ScorecardRepository::byId(qint64 id)
{
    Result<QList<Scorecard>> found = read(QStringLiteral("WHERE s.id = ?"), id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return scorecardNotFound(id);
    return found->first();
}

Result<QList<Scorecard>> ScorecardRepository::forProject(qint64 projectId)
{
    return read(QStringLiteral("WHERE s.project_id = ?"), projectId);
}

Result<QList<Scorecard>> ScorecardRepository::byAnalyst(const QString& analyst)
{
    return read(QStringLiteral("WHERE s.analyst = ?"), analyst);
}

Result<QHash<qint64, QList<Scorecard>>> ScorecardRepository::allByProject()
{
    Result<QList<Scorecard>> all = read(QString(), QVariant());
    if (!all)
        return all.error();
    QHash<qint64, QList<Scorecard>> byProject;
    for (Scorecard& s : *all)
        byProject[s.projectId].append(std::move(s));
    return byProject;
}

Result<QHash<qint64, QList<Scorecard>>> ScorecardRepository::allForEvaluation()
{
    static const QString sql =
        QStringLiteral("SELECT %1 FROM scorecards ORDER BY project_id, date, id")
            .arg(kEvaluationColumns);
    Query query(m_db, sql);
    if (Status ran = query.exec(); !ran)
        return ran.error();
    QHash<qint64, QList<Scorecard>> byProject;
    while (query.next()) {
        Scorecard s;
        s.id = query.value(0).toLongLong();
        s.projectId = query.value(1).toLongLong();
        s.analyst = query.value(2).toString();
        s.date = dateFromText(query.value(3).toString());
        s.market.tamCny = optionalDouble(query.value(4));
        readCost(query, 5, s.cost);
        if (Status read = readCriteria(query, 14, s, true); !read)
            return read.error();
        byProject[s.projectId].append(std::move(s));
    }
    return byProject;
}

} // namespace tollgate
