#pragma once

#include <QString>

class QCoreApplication;

namespace tollgate
{

// Sets the UI language: "en", "zh_CN", or empty for the system's. Makes it QLocale's default
// (segment names and rubric texts follow it) and installs Qt's and Tollgate's translations
// when they are found (resources, then share/tollgate/translations beside the binary).
void installTranslations(QCoreApplication& app, const QString& language);

// Whether a --lang value is one Tollgate speaks.
bool isSupportedLanguage(const QString& language);

} // namespace tollgate
