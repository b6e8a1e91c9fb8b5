#include "exchange/ProjectCsvColumns.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace tollgate::projectcsv
{

QLatin1String columnName(Column column)
{
    static const std::array<QLatin1String, kColumnCount> names{
        QLatin1String("id"),
        QLatin1String("name"),
        QLatin1String("segment"),
        QLatin1String("stage"),
        QLatin1String("round"),
        QLatin1String("valuation_cny"),
        QLatin1String("ask_cny"),
        QLatin1String("city"),
        QLatin1String("founded_year"),
        QLatin1String("description"),
        QLatin1String("tags"),
        QLatin1String("lead_analyst"),
        QLatin1String("exit_route"),
        QLatin1String("expected_exit_year"),
        QLatin1String("fund_end_year"),
        QLatin1String("tam_cny"),
        QLatin1String("sam_cny"),
        QLatin1String("verdict"),
        QLatin1String("market_score"),
        QLatin1String("cost_score"),
    };
    return names[static_cast<std::size_t>(column)];
}

const QStringList& criterionColumns()
{
    static const QStringList keys{QStringLiteral("M1"), QStringLiteral("M2"), QStringLiteral("M3"),
                                  QStringLiteral("M4"), QStringLiteral("M5"), QStringLiteral("M6"),
                                  QStringLiteral("C1"), QStringLiteral("C2"), QStringLiteral("C3"),
                                  QStringLiteral("C4"), QStringLiteral("C5"), QStringLiteral("C6")};
    return keys;
}

QString lineFault(int line, const QString& reason)
{
    return QCoreApplication::translate("ProjectCsv", "line %1: %2").arg(line).arg(reason);
}

QString exactNumberText(double value)
{
    // Below 2^53 every whole double is an exact integer, so printing it as one loses nothing.
    constexpr double kLargestExactInteger = 9007199254740992.0;
    if (std::isfinite(value) && std::floor(value) == value &&
        std::fabs(value) < kLargestExactInteger)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace tollgate::projectcsv
