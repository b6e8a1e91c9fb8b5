// What the project editor accepts in its money and year fields, and the reasons it gives.

#include "projects/ProjectFieldParsing.h"

#include <QTest>

using namespace tollgate;

class TestProjectFieldParsing : public QObject
{
    Q_OBJECT

private slots:
    void money_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("value"); // -1: not given
        QTest::newRow("empty") << QString() << true << qint64(-1);
        QTest::newRow("spaces") << QStringLiteral("   ") << true << qint64(-1);
        QTest::newRow("plain") << QStringLiteral("120000000") << true << qint64(120000000);
        QTest::newRow("separators") << QStringLiteral("1,200,000 ") << true << qint64(1200000);
        QTest::newRow("yi") << QStringLiteral("3.5亿") << true << qint64(350000000);
        QTest::newRow("wan") << QStringLiteral("800万") << true << qint64(8000000);
        QTest::newRow("zero") << QStringLiteral("0") << true << qint64(0);
        QTest::newRow("negative") << QStringLiteral("-5") << false << qint64(0);
        QTest::newRow("fen") << QStringLiteral("12.5") << false << qint64(0);
        QTest::newRow("text") << QStringLiteral("abc") << false << qint64(0);
        QTest::newRow("huge") << QStringLiteral("1e30") << false << qint64(0);
        QTest::newRow("nan") << QStringLiteral("nan") << false << qint64(0);
    }

    void money()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, value);
        const auto parsed = ProjectFieldParsing::money(text, QStringLiteral("ask_cny"));
        QCOMPARE(parsed.ok(), ok);
        if (!ok) {
            QCOMPARE(parsed.error().field, QStringLiteral("ask_cny"));
            QVERIFY(!parsed.error().message.isEmpty());
            return;
        }
        QCOMPARE(parsed->has_value(), value >= 0);
        if (value >= 0)
            QCOMPARE(**parsed, value);
    }

    void year_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("first") << QStringLiteral("1950") << true;
        QTest::newRow("last") << QStringLiteral("2100") << true;
        QTest::newRow("too early") << QStringLiteral("1949") << false;
        QTest::newRow("too late") << QStringLiteral("2101") << false;
        QTest::newRow("fraction") << QStringLiteral("2020.5") << false;
        QTest::newRow("text") << QStringLiteral("next year") << false;
    }

    void year()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        const auto parsed = ProjectFieldParsing::year(text, QStringLiteral("founded_year"));
        QCOMPARE(parsed.ok(), ok);
        if (!ok)
            QVERIFY(parsed.error().message.contains(QStringLiteral("1950")));
    }
};

QTEST_MAIN(TestProjectFieldParsing)
#include "TestProjectFieldParsing.moc"
