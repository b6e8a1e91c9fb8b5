#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringList>

#include <array>

namespace tollgate::projectcsv
{

// The fixed columns of the project CSV (SPEC §8). The criterion columns (M1…C6) stand between
// SamCny and Verdict in the export; they come from the template on import.
enum class Column {
    Id,
    Name,
    Segment,
    Stage,
    Round,
    ValuationCny,
    AskCny,
    City,
    FoundedYear,
    Description,
    Tags,
    LeadAnalyst,
    ExitRoute,
    ExpectedExitYear,
    FundEndYear,
    TamCny,
    SamCny,
    Verdict,
    MarketScore,
    CostScore,
    Count
};

constexpr int kColumnCount = static_cast<int>(Column::Count);

// The header name of a fixed column.
QLatin1String columnName(Column column);

// The criterion columns of the export, in order.
const QStringList& criterionColumns();

// The column a rejects file adds; the import ignores it.
inline QLatin1String errorColumnName()
{
    return QLatin1String("error");
}

// Tags are one cell, separated by ';' (the full-width '；' of a Chinese keyboard is read too).
inline constexpr QChar kTagSeparator = u';';
inline constexpr QChar kFullWidthTagSeparator = u'；';

// A row fault as reports and rejects files show it: "line 7: M3: score must be …".
QString lineFault(int line, const QString& reason);

// A number written so it reads back to the same double: whole numbers without exponent or
// decimals (as Excel shows them), others in the shortest round-trip form.
QString exactNumberText(double value);

} // namespace tollgate::projectcsv
