#include "mainwindow/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace tollgate
{

bool isSupportedLanguage(const QString& language)
{
    return language == QLatin1String("en") || language == QLatin1String("zh_CN");
}

void installTranslations(QCoreApplication& app, const QString& language)
{
    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() == QLocale::Chinese)
        locale = QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    else
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);
    if (locale.language() != QLocale::Chinese)
        return; // the source strings are English

    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);

    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList folders{QStringLiteral(":/i18n"),
                              appDir + QStringLiteral("/../share/tollgate/translations"),
                              appDir + QStringLiteral("/translations"), appDir};
    auto* own = new QTranslator(&app);
    for (const QString& folder : folders) {
        if (own->load(locale, QStringLiteral("tollgate"), QStringLiteral("_"), folder)) {
            QCoreApplication::installTranslator(own);
            break;
        }
    }
}

} // namespace tollgate
