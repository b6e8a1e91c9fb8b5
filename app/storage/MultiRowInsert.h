#pragma once

#include "core/Result.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QList>
#include <QString>

namespace tollgate
{

// An INSERT of many rows in one statement, for bulk imports: "INSERT INTO t (columns) VALUES
// (row), (row), …". One statement of sixteen rows costs far less than sixteen of one row (Qt's
// and SQLite's work per statement is paid once), and the rows that do not fill a statement go
// in one by one. A row refused by the database fails its whole statement; the caller's
// transaction takes back what went before.
class MultiRowInsert
{
public:
    // `row` is one parenthesised row of `?` and literals, bound by the caller's binder.
    MultiRowInsert(const QString& table, const QString& columns, const QString& row,
                   int rowsPerStatement);

    // The statement for one row.
    const QString& oneRow() const { return m_oneRow; }

    // Stores the rows in order; bindRow(Query&, const Row&) binds one row's values.
    template <typename Row, typename BindRow>
    Status run(Database& db, const QList<Row>& rows, BindRow bindRow) const
    {
        qsizetype next = 0;
        for (; rows.size() - next >= m_rowsPerStatement; next += m_rowsPerStatement) {
            Query insert(db, m_manyRows);
            for (qsizetype i = next; i < next + m_rowsPerStatement; ++i)
                bindRow(insert, rows.at(i));
            if (Status done = insert.exec(); !done)
                return done;
        }
        for (; next < rows.size(); ++next) {
            Query insert(db, m_oneRow);
            bindRow(insert, rows.at(next));
            if (Status done = insert.exec(); !done)
                return done;
        }
        return {};
    }

private:
    QString m_oneRow;
    QString m_manyRows;
    qsizetype m_rowsPerStatement;
};

} // namespace tollgate
