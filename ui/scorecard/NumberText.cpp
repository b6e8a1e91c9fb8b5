#include "scorecard/NumberText.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace tollgate
{

namespace
{

struct Magnitude {
    QString suffix;
    double factor;
};

// Longest suffixes first, so "bn" is not read as a trailing "n" after "b".
const QList<Magnitude>& magnitudes()
{
    static const QList<Magnitude> list{
        {QStringLiteral("bn"), 1e9}, {QStringLiteral("%"), 0.01}, {QStringLiteral("亿"), 1e8},
        {QStringLiteral("億"), 1e8}, {QStringLiteral("万"), 1e4}, {QStringLiteral("萬"), 1e4},
        {QStringLiteral("b"), 1e9},  {QStringLiteral("m"), 1e6},  {QStringLiteral("k"), 1e3},
    };
    return list;
}

} // namespace

Result<std::optional<double>> parseNumberText(const QString& text, const QString& field)
{
    QString cleaned = text.trimmed();
    if (cleaned.isEmpty())
        return std::optional<double>();
    // Thousands separators and spaces carry no value; full-width forms come from Chinese IMEs.
    cleaned.remove(QLatin1Char(','))
        .remove(QChar(0xFF0C))
        .remove(QLatin1Char(' '))
        .remove(QChar(0x00A0))
        .remove(QChar(0x202F));
    cleaned.replace(QChar(0xFF05), QLatin1Char('%')).replace(QChar(0xFF0E), QLatin1Char('.'));
    cleaned.replace(QChar(0x2212), QLatin1Char('-')); // a typographic minus sign

    double factor = 1.0;
    for (const Magnitude& m : magnitudes()) {
        if (cleaned.endsWith(m.suffix, Qt::CaseInsensitive)) {
            cleaned.chop(m.suffix.size());
            factor = m.factor;
            break;
        }
    }
    bool ok = false;
    const double value = QLocale::c().toDouble(cleaned, &ok);
    if (!ok || !std::isfinite(value)) {
        return Error::at(field, QCoreApplication::translate(
                                    "tollgate", "“%1” is not a number; type digits such as 0.85, "
                                                "30% or 3.2e9.")
                                    .arg(text.trimmed()));
    }
    return std::optional<double>(value * factor);
}

QString formatNumberText(double value)
{
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::OmitGroupSeparator);
    // 'f' with the shortest exact precision: no exponent for the amounts analysts type.
    if (std::abs(value) < 1e15)
        return c.toString(value, 'f', QLocale::FloatingPointShortest);
    return c.toString(value, 'g', QLocale::FloatingPointShortest);
}

QString describeAmountCny(double value, bool chinese)
{
    const double magnitude = std::abs(value);
    if (chinese) {
        if (magnitude >= 1e8)
            return QCoreApplication::translate("tollgate", "%1 亿元")
                .arg(QLocale::c().toString(value / 1e8, 'g', 4));
        if (magnitude >= 1e4)
            return QCoreApplication::translate("tollgate", "%1 万元")
                .arg(QLocale::c().toString(value / 1e4, 'g', 4));
        return {};
    }
    if (magnitude >= 1e9)
        return QCoreApplication::translate("tollgate", "%1 bn CNY")
            .arg(QLocale::c().toString(value / 1e9, 'g', 4));
    if (magnitude >= 1e6)
        return QCoreApplication::translate("tollgate", "%1 m CNY")
            .arg(QLocale::c().toString(value / 1e6, 'g', 4));
    return {};
}

} // namespace tollgate
