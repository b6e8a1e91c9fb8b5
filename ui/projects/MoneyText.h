#pragma once

#include "settings/AppSettings.h"

#include <QString>

namespace tollgate
{

namespace MoneyText
{
// Whole CNY as the settings ask: "¥1,200,000,000" or "12.00 亿元".
QString format(qint64 cny, CurrencyDisplay display);
} // namespace MoneyText

} // namespace tollgate
