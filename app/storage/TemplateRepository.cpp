#include "storage/TemplateRepository.h"

#include "storage/Query.h"
#include "storage/SqlValues.h"
#include "storage/StorageText.h"

#include <QLocale>

namespace tollgate
{

namespace
{

template <std::size_t N>
QString bandsText(const std::array<double, N>& bands)
{
    QStringList parts;
    for (double b : bands)
        parts << QString::number(b, 'g', QLocale::FloatingPointShortest);
    return parts.join(QLatin1Char(' '));
}

template <std::size_t N>
bool readBands(const QString& text, std::array<double, N>& bands)
{
    const QStringList parts = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() != static_cast<qsizetype>(N))
        return false;
    for (std::size_t i = 0; i < N; ++i) {
        bool ok = false;
        bands[i] = parts.at(static_cast<qsizetype>(i)).toDouble(&ok);
        if (!ok)
            return false;
    }
    return true;
}

QString questionKey(Question q)
{
    return q == Question::Market ? QStringLiteral("market") : QStringLiteral("cost");
}

Error notFound(qint64 id)
{
    return Error::of(ErrorKind::NotFound, StorageText::tr("There is no template %1.").arg(id));
}

} // namespace

Result<qint64> TemplateRepository::insert(const Template& t, const QString& createdBy,
                                          const QDateTime& at)
{
    Query insert(m_db, QStringLiteral("INSERT INTO templates (name, version, market_gate, "
                                      "cost_gate, tam_bands, cost_year_bands, created, "
                                      "created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.bind(t.name).bind(t.version).bind(t.marketGate).bind(t.costGate);
    insert.bind(bandsText(t.tamBands)).bind(bandsText(t.costYearBands));
    insert.bind(timeText(at)).bind(createdBy);
    Result<QVariant> id = insert.scalar();
    if (!id)
        return id.error();
    if (Status criteria = insertCriteria(id->toLongLong(), t); !criteria)
        return criteria.error();
    return id->toLongLong();
}

Status TemplateRepository::insertCriteria(qint64 id, const Template& t)
{
    Query criterion(m_db, QStringLiteral("INSERT INTO template_criteria (template_id, key, "
                                         "position, question, name_en, name_zh, weight, "
                                         "knockout) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    Query rubric(m_db, QStringLiteral("INSERT INTO template_rubrics (template_id, criterion_key, "
                                      "score, text_en, text_zh) VALUES (?, ?, ?, ?, ?)"));
    int position = 0;
    for (const Criterion& c : t.criteria) {
        criterion.bind(id).bind(c.key).bind(position++).bind(questionKey(c.question));
        criterion.bind(c.nameEn).bind(c.nameZh).bind(c.weight).bind(c.knockout ? 1 : 0);
        if (Status done = criterion.exec(); !done)
            return done;
        for (int score = 0; score <= 5; ++score) {
            rubric.bind(id).bind(c.key).bind(score).bind(c.rubricEn[score]);
            rubric.bind(c.rubricZh[score]);
            if (Status done = rubric.exec(); !done)
                return done;
        }
    }
    return {};
}

Result<Template> TemplateRepository::byId(qint64 id)
{
    Query query(m_db, QStringLiteral("SELECT name, version, market_gate, cost_gate, tam_bands, "
                                     "cost_year_bands FROM templates WHERE id = ?"));
    query.bind(id);
    if (Status ran = query.exec(); !ran)
        return ran.error();
    if (!query.next())
        return notFound(id);
    Template t;
    t.id = id;
    t.name = query.value(0).toString();
    t.version = query.value(1).toInt();
    t.marketGate = query.value(2).toDouble();
    t.costGate = query.value(3).toDouble();
    const bool bandsRead = readBands(query.value(4).toString(), t.tamBands) &&
                           readBands(query.value(5).toString(), t.costYearBands);
    query.finish();
    if (!bandsRead) {
        return Error::of(
            ErrorKind::Damaged,
            StorageText::tr("The suggestion bands of template %1 are unreadable.").arg(id));
    }
    if (Status criteria = readCriteria(t); !criteria)
        return criteria.error();
    return t;
}

Status TemplateRepository::readCriteria(Template& t)
{
    Query criteria(m_db, QStringLiteral("SELECT key, question, name_en, name_zh, weight, knockout "
                                        "FROM template_criteria WHERE template_id = ? "
                                        "ORDER BY position"));
    criteria.bind(t.id);
    if (Status ran = criteria.exec(); !ran)
        return ran;
    while (criteria.next()) {
        Criterion c;
        c.key = criteria.value(0).toString();
        c.question = criteria.value(1).toString() == QLatin1String("cost") ? Question::Cost
                                                                           : Question::Market;
        c.nameEn = criteria.value(2).toString();
        c.nameZh = criteria.value(3).toString();
        c.weight = criteria.value(4).toDouble();
        c.knockout = criteria.value(5).toInt() != 0;
        t.criteria.append(c);
    }
    criteria.finish();

    Query rubrics(m_db, QStringLiteral("SELECT criterion_key, score, text_en, text_zh FROM "
                                       "template_rubrics WHERE template_id = ?"));
    rubrics.bind(t.id);
    if (Status ran = rubrics.exec(); !ran)
        return ran;
    while (rubrics.next()) {
        const QString key = rubrics.value(0).toString();
        const int score = rubrics.value(1).toInt();
        for (Criterion& c : t.criteria) {
            if (c.key == key && score >= 0 && score <= 5) {
                c.rubricEn[score] = rubrics.value(2).toString();
                c.rubricZh[score] = rubrics.value(3).toString();
            }
        }
    }
    return {};
}

Result<qint64> TemplateRepository::currentId(const QString& name)
{
    Query query(m_db, QStringLiteral("SELECT id FROM templates WHERE name = ? "
                                     "ORDER BY version DESC LIMIT 1"));
    query.bind(name);
    Result<QVariant> id = query.scalar();
    if (!id)
        return id.error();
    if (id->isNull()) {
        return Error::of(ErrorKind::Damaged,
                         StorageText::tr("The database has no “%1” template.").arg(name));
    }
    return id->toLongLong();
}

Result<Template> TemplateRepository::current(const QString& name)
{
    Result<qint64> id = currentId(name);
    if (!id)
        return id.error();
    return byId(*id);
}

Result<int> TemplateRepository::latestVersion(const QString& name)
{
    Query query(m_db, QStringLiteral("SELECT MAX(version) FROM templates WHERE name = ?"));
    query.bind(name);
    Result<QVariant> version = query.scalar();
    if (!version)
        return version.error();
    return version->isNull() ? 0 : version->toInt();
}

Result<QHash<int, qint64>> TemplateRepository::idsByVersion(const QString& name)
{
    Query query(m_db, QStringLiteral("SELECT version, id FROM templates WHERE name = ?"));
    query.bind(name);
    if (Status ran = query.exec(); !ran)
        return ran.error();
    QHash<int, qint64> ids;
    while (query.next())
        ids.insert(query.value(0).toInt(), query.value(1).toLongLong());
    return ids;
}

} // namespace tollgate
