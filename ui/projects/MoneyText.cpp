#include "projects/MoneyText.h"

#include <QCoreApplication>
#include <QLocale>

namespace tollgate
{

QString MoneyText::format(qint64 cny, CurrencyDisplay display)
{
    const QLocale locale;
    if (display == CurrencyDisplay::HundredMillion)
        return QCoreApplication::translate("tollgate", "%1 亿元")
            .arg(locale.toString(static_cast<double>(cny) / 1e8, 'f', 2));
    if (display == CurrencyDisplay::Billion)
        return QCoreApplication::translate("tollgate", "%1 bn CNY")
            .arg(locale.toString(static_cast<double>(cny) / 1e9, 'f', 2));
    return QStringLiteral("¥") + locale.toString(cny);
}

} // namespace tollgate
