#include "storage/MultiRowInsert.h"

#include <QStringList>

namespace tollgate
{

namespace
{

QString insertOf(const QString& table, const QString& columns, const QString& row, int rows)
{
    const QStringList values(rows, row);
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(table, columns, values.join(QStringLiteral(", ")));
}

} // namespace

MultiRowInsert::MultiRowInsert(const QString& table, const QString& columns, const QString& row,
                               int rowsPerStatement)
    : m_oneRow(insertOf(table, columns, row, 1)),
      m_manyRows(insertOf(table, columns, row, rowsPerStatement)),
      m_rowsPerStatement(rowsPerStatement)
{
    Q_ASSERT(rowsPerStatement >= 1);
    Q_ASSERT(row.count(QLatin1Char('?')) * rowsPerStatement <= kMostBoundValues);
}

} // namespace tollgate
