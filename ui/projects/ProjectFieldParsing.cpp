#include "projects/ProjectFieldParsing.h"

#include <QCoreApplication>

#include <cmath>

namespace tollgate
{

namespace
{
// The translation context of this file's messages ("ProjectFieldParsing" in the .ts files): a
// class, so lupdate files the strings under the same context the program looks them up in.
class ProjectFieldParsingText
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFieldParsing)
};
} // namespace

Result<std::optional<qint64>> ProjectFieldParsing::money(const QString& text, const QString& field)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return std::optional<qint64>();
    t.remove(QLatin1Char(',')).remove(QLatin1Char(' ')).remove(QChar(0xFF0C));
    double unit = 1;
    if (t.endsWith(QChar(0x4EBF))) { // 亿
        unit = 1e8;
        t.chop(1);
    } else if (t.endsWith(QChar(0x4E07))) { // 万
        unit = 1e4;
        t.chop(1);
    }
    bool ok = false;
    const double number = t.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return Error::at(field, ProjectFieldParsingText::tr(
                                    "Enter an amount in whole CNY, e.g. 120000000 or 1.2亿."));
    if (number < 0)
        return Error::at(field, ProjectFieldParsingText::tr("The amount cannot be negative."));
    const double cny = number * unit;
    if (cny > 9e15)
        return Error::at(field, ProjectFieldParsingText::tr("The amount is too large."));
    if (std::abs(cny - std::round(cny)) > 1e-6)
        return Error::at(field,
                         ProjectFieldParsingText::tr("The amount must be whole CNY, without fen."));
    return std::optional<qint64>(static_cast<qint64>(std::llround(cny)));
}

Result<std::optional<int>> ProjectFieldParsing::year(const QString& text, const QString& field)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::optional<int>();
    bool ok = false;
    const int value = t.toInt(&ok);
    if (!ok || value < earliestYear || value > latestYear)
        return Error::at(field, ProjectFieldParsingText::tr("Enter a year from %1 to %2.")
                                    .arg(earliestYear)
                                    .arg(latestYear));
    return std::optional<int>(value);
}

} // namespace tollgate
