#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace tollgate
{

// Dates as the app shows them: ISO 8601 ("2026-10-28", "2026-10-28 14:05" in local time) in
// every language. A team that works in Chinese and English reads it the same way, it sorts as
// text, and it is never the ambiguous US short date ("10/28/26").
QString displayDate(const QDate& date);
QString displayDateTime(const QDateTime& time);

} // namespace tollgate
