#include "storage/SqlValues.h"

#include <QTest>

using namespace tollgate;

// Dates and times are written and read by hand in the common case (an import writes one per
// scorecard); the result must be exactly what Qt's ISO form gives, and odd values fall back to
// Qt's own conversion.
class TestSqlDates : public QObject
{
    Q_OBJECT

private slots:
    void datesAreIso_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::newRow("ordinary") << QDate(2026, 11, 30);
        QTest::newRow("leap day") << QDate(2028, 2, 29);
        QTest::newRow("small year") << QDate(987, 1, 2);
    }

    void datesAreIso()
    {
        QFETCH(QDate, date);
        const QString text = dateText(date);
        QCOMPARE(text, date.toString(Qt::ISODate));
        QCOMPARE(dateFromText(text), date);
    }

    void badDateTextIsInvalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("month 13") << QStringLiteral("2026-13-01");
        QTest::newRow("30 February") << QStringLiteral("2026-02-30");
        QTest::newRow("letters") << QStringLiteral("abcd-01-01");
        QTest::newRow("signs") << QStringLiteral("-001-01-01");
    }

    void badDateTextIsInvalid()
    {
        QFETCH(QString, text);
        QVERIFY(!dateFromText(text).isValid());
    }

    void anInvalidDateIsEmptyText() { QVERIFY(dateText(QDate()).isEmpty()); }

    void timesRoundTrip()
    {
        const QDateTime t(QDate(2026, 11, 30), QTime(17, 5, 9), Qt::UTC);
        QCOMPARE(timeText(t), QStringLiteral("2026-11-30T17:05:09Z"));
        QCOMPARE(timeFromText(timeText(t)), t);
    }
};

QTEST_GUILESS_MAIN(TestSqlDates)
#include "TestSqlDates.moc"
