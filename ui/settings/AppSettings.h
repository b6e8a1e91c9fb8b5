#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tollgate
{

// How money is shown next to the fields that hold whole CNY.
// "¥1,200,000,000", "12.00 亿元" or "1.20 bn CNY".
enum class CurrencyDisplay { Cny, HundredMillion, Billion };

// The desktop app's remembered choices, in QSettings (organisation and application "Tollgate").
// One place names the keys, so the main window, the dialogs and the tests agree on them.
namespace AppSettings
{
QString analyst();
void setAnalyst(const QString& name);
// The analyst's name, else the account's, so that edits are never anonymous.
QString analystOrAccountName();

// The fund's name, printed at the head of every memo; empty: the memo names no fund.
QString fundName();
void setFundName(const QString& name);

// "en", "zh_CN", or empty for the system's language. Applies on the next start.
QString language();
void setLanguage(const QString& language);

// Unset, it follows the language: 亿元 in Chinese, whole CNY in English.
CurrencyDisplay currencyDisplay();
void setCurrencyDisplay(CurrencyDisplay display);

QString lastDatabase();
void setLastDatabase(const QString& path);

// Most recent first, at most maxRecentFiles, files that no longer exist dropped.
QStringList recentFiles();
void addRecentFile(const QString& path);
constexpr int maxRecentFiles = 8;

// Window geometry, splitters and header states, by a name the widget chooses.
QByteArray state(const QString& name);
void setState(const QString& name, const QByteArray& state);
} // namespace AppSettings

} // namespace tollgate
