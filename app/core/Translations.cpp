#include "core/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

#include <memory>

namespace tollgate
{

namespace
{
// The translators installed last, removed when the language changes again.
QPointer<QTranslator>& ownTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

QPointer<QTranslator>& qtTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

void replaceTranslator(QPointer<QTranslator>& slot, QTranslator* next)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = next;
    if (next)
        QCoreApplication::installTranslator(next);
}

QLocale localeOf(const QString& language)
{
    return language == QLatin1String("zh_CN")
               ? QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China)
               : QLocale(QLocale::English, QLocale::UnitedStates);
}

// Tollgate's own .qm for the language, or nullptr when none is found.
QTranslator* loadOwn(const QString& language)
{
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList folders{QStringLiteral(":/i18n"),
                              appDir + QStringLiteral("/../share/tollgate/translations"),
                              appDir + QStringLiteral("/translations")};
    const QString name = QStringLiteral("tollgate_") + language;
    auto translator = std::make_unique<QTranslator>(QCoreApplication::instance());
    for (const QString& folder : folders) {
        if (translator->load(name, folder))
            return translator.release();
    }
    return nullptr;
}

// Qt's own strings (standard buttons, file dialogs) from qt6-translations-l10n when installed.
QTranslator* loadQt(const QString& language)
{
    if (language == QLatin1String("en"))
        return nullptr;
    auto translator = std::make_unique<QTranslator>(QCoreApplication::instance());
    if (translator->load(localeOf(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        return translator.release();
    return nullptr;
}
} // namespace

bool isSupportedLanguage(const QString& language)
{
    return language == QLatin1String("en") || language == QLatin1String("zh_CN");
}

QString resolveLanguage(const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    return locale.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString installTranslations(const QString& language)
{
    const QString resolved = resolveLanguage(language);
    QLocale::setDefault(localeOf(resolved));
    replaceTranslator(qtTranslator(), loadQt(resolved));
    // English needs its .qm too: it holds the plural forms ("1 project", "2 projects").
    replaceTranslator(ownTranslator(), loadOwn(resolved));
    return resolved;
}

} // namespace tollgate
