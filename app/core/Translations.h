#pragma once

#include <QString>

namespace tollgate
{

// The languages Tollgate speaks: "en" and "zh_CN".
bool isSupportedLanguage(const QString& language);

// The language a setting or --lang value stands for: "zh_CN" for any Chinese locale name,
// "en" for anything else; empty means the system locale (LC_ALL, LC_MESSAGES, LANG).
QString resolveLanguage(const QString& language);

// Makes the language the process's: its locale becomes QLocale's default (numbers, money and
// dates follow it) and Tollgate's translations (embedded as ":/i18n/tollgate_<lang>.qm", else
// share/tollgate/translations beside the binary) and Qt's own are installed. Calling it again
// replaces the translators it installed before, so tests can switch languages. Needs a
// QCoreApplication. Returns the language now in use ("en" or "zh_CN").
QString installTranslations(const QString& language);

} // namespace tollgate
