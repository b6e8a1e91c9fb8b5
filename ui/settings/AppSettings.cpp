#include "settings/AppSettings.h"

#include <QFileInfo>
#include <QLocale>
#include <QSettings>

namespace tollgate
{

namespace
{
QString text(const QString& key)
{
    return QSettings().value(key).toString();
}

void setText(const QString& key, const QString& value)
{
    QSettings().setValue(key, value);
}
} // namespace

QString AppSettings::analyst()
{
    return text(QStringLiteral("analyst/name"));
}

void AppSettings::setAnalyst(const QString& name)
{
    setText(QStringLiteral("analyst/name"), name.trimmed());
}

QString AppSettings::fundName()
{
    return text(QStringLiteral("memo/fundName"));
}

void AppSettings::setFundName(const QString& name)
{
    setText(QStringLiteral("memo/fundName"), name.trimmed());
}

QString AppSettings::analystOrAccountName()
{
    const QString name = analyst();
    return name.isEmpty() ? qEnvironmentVariable("USER", QStringLiteral("analyst")) : name;
}

QString AppSettings::language()
{
    return text(QStringLiteral("ui/language"));
}

void AppSettings::setLanguage(const QString& language)
{
    setText(QStringLiteral("ui/language"), language);
}

CurrencyDisplay AppSettings::currencyDisplay()
{
    const QString display = text(QStringLiteral("ui/currency"));
    if (display == QLatin1String("yi"))
        return CurrencyDisplay::HundredMillion;
    if (display == QLatin1String("bn"))
        return CurrencyDisplay::Billion;
    if (display == QLatin1String("cny"))
        return CurrencyDisplay::Cny;
    return QLocale().language() == QLocale::Chinese ? CurrencyDisplay::HundredMillion
                                                    : CurrencyDisplay::Cny;
}

void AppSettings::setCurrencyDisplay(CurrencyDisplay display)
{
    switch (display) {
    case CurrencyDisplay::HundredMillion:
        setText(QStringLiteral("ui/currency"), QStringLiteral("yi"));
        return;
    case CurrencyDisplay::Billion:
        setText(QStringLiteral("ui/currency"), QStringLiteral("bn"));
        return;
    case CurrencyDisplay::Cny:
        break;
    }
    setText(QStringLiteral("ui/currency"), QStringLiteral("cny"));
}

QString AppSettings::lastDatabase()
{
    return text(QStringLiteral("files/last"));
}

void AppSettings::setLastDatabase(const QString& path)
{
    setText(QStringLiteral("files/last"), path);
}

QStringList AppSettings::recentFiles()
{
    QStringList files;
    const QStringList stored = QSettings().value(QStringLiteral("files/recent")).toStringList();
    for (const QString& file : stored)
        if (QFileInfo::exists(file) && !files.contains(file))
            files.append(file);
    return files.mid(0, maxRecentFiles);
}

void AppSettings::addRecentFile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    QSettings().setValue(QStringLiteral("files/recent"), files.mid(0, maxRecentFiles));
}

QByteArray AppSettings::state(const QString& name)
{
    return QSettings().value(QStringLiteral("state/") + name).toByteArray();
}

void AppSettings::setState(const QString& name, const QByteArray& state)
{
    QSettings().setValue(QStringLiteral("state/") + name, state);
}

} // namespace tollgate
