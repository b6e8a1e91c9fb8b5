#include "storage/Query.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace tollgate
{

Query::Query(Database& db, const QString& sql) : m_db(db)
{
    m_query = db.statement(sql, &m_prepareError);
}

Query::~Query()
{
    finish();
}

Query& Query::bind(const QVariant& value)
{
    if (m_query)
        m_query->bindValue(placeholderName(m_bindIndex), value);
    ++m_bindIndex;
    return *this;
}

Query& Query::bind(const QString& text)
{
    return bind(QVariant(text.isNull() ? QStringLiteral("") : text));
}

Status Query::exec()
{
    if (!m_query)
        return m_prepareError;
    m_bindIndex = 0;
    if (!m_query->exec()) {
        Error error = m_db.errorFrom(m_query->lastError());
        m_query->finish();
        return error;
    }
    return {};
}

bool Query::next()
{
    return m_query && m_query->next();
}

QVariant Query::value(int column) const
{
    return m_query ? m_query->value(column) : QVariant();
}

int Query::rowsAffected() const
{
    return m_query ? m_query->numRowsAffected() : 0;
}

void Query::finish()
{
    if (m_query && m_query->isActive())
        m_query->finish();
}

Result<QVariant> Query::scalar()
{
    if (Status ran = exec(); !ran)
        return ran.error();
    QVariant value = next() ? m_query->value(0) : QVariant();
    finish();
    return value;
}

} // namespace tollgate
