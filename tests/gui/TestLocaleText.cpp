// Money and dates as the app writes them in each language: 亿元 by default in Chinese and whole
// CNY in English (with bn CNY on request), and ISO dates in both, never "10/28/26".

#include "GuiTestSupport.h"
#include "core/Translations.h"
#include "models/DateText.h"
#include "projects/MoneyText.h"
#include "settings/AppSettings.h"

using namespace tollgate;

class TestLocaleText : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::useTemporarySettings(m_dir);
    }

    void cleanup() { installTranslations(QStringLiteral("en")); }

    void moneyFollowsTheLanguageUntilChosen()
    {
        installTranslations(QStringLiteral("zh_CN"));
        QCOMPARE(AppSettings::currencyDisplay(), CurrencyDisplay::HundredMillion);
        QCOMPARE(MoneyText::format(1200000000, AppSettings::currencyDisplay()),
                 QStringLiteral("12.00 亿元"));
        QCOMPARE(MoneyText::format(1200000000, CurrencyDisplay::Billion),
                 QStringLiteral("1.20 十亿元"));

        installTranslations(QStringLiteral("en"));
        QCOMPARE(AppSettings::currencyDisplay(), CurrencyDisplay::Cny);
        QCOMPARE(MoneyText::format(1200000000, AppSettings::currencyDisplay()),
                 QStringLiteral("¥1,200,000,000"));
        QCOMPARE(MoneyText::format(1200000000, CurrencyDisplay::Billion),
                 QStringLiteral("1.20 bn CNY"));

        // A choice made in Settings holds in either language.
        AppSettings::setCurrencyDisplay(CurrencyDisplay::Billion);
        QCOMPARE(AppSettings::currencyDisplay(), CurrencyDisplay::Billion);
        installTranslations(QStringLiteral("zh_CN"));
        QCOMPARE(AppSettings::currencyDisplay(), CurrencyDisplay::Billion);
        AppSettings::setCurrencyDisplay(CurrencyDisplay::Cny);
        QCOMPARE(AppSettings::currencyDisplay(), CurrencyDisplay::Cny);
    }

    void datesAreIsoInBothLanguages()
    {
        const QDate date(2026, 10, 28);
        const QDateTime time(date, QTime(14, 5), Qt::LocalTime);
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            installTranslations(language);
            QCOMPARE(displayDate(date), QStringLiteral("2026-10-28"));
            QCOMPARE(displayDateTime(time), QStringLiteral("2026-10-28 14:05"));
        }
        QCOMPARE(displayDate(QDate()), QString());
    }
};

QTEST_MAIN(TestLocaleText)
#include "TestLocaleText.moc"
