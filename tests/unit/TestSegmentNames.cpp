#include "exchange/SegmentNames.h"

#include <QTest>

using namespace tollgate;

class TestSegmentNames : public QObject
{
    Q_OBJECT

private slots:
    void found_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("key");
        const QString sensors = QStringLiteral("sensors");
        QTest::newRow("key") << QStringLiteral("sensors") << sensors;
        QTest::newRow("key in capitals, spaced") << QStringLiteral("  SENSORS ") << sensors;
        QTest::newRow("English name")
            << QStringLiteral("Sensors (image, tactile, MEMS)") << sensors;
        QTest::newRow("English name, lower case")
            << QStringLiteral("sensors (image, tactile, mems)") << sensors;
        QTest::newRow("simplified") << QStringLiteral("传感器") << sensors;
        QTest::newRow("traditional") << QStringLiteral("傳感器") << sensors;
        QTest::newRow("traditional, spaced") << QStringLiteral(" 傳感器\t") << sensors;
        QTest::newRow("parts, traditional")
            << QStringLiteral("設備關鍵零部件") << QStringLiteral("equipment-parts");
        QTest::newRow("parts, simplified")
            << QStringLiteral("设备关键零部件") << QStringLiteral("equipment-parts");
        QTest::newRow("equipment, traditional")
            << QStringLiteral("設備") << QStringLiteral("equipment");
        QTest::newRow("equipment, short English")
            << QStringLiteral("Equipment") << QStringLiteral("equipment");
        QTest::newRow("parts, English")
            << QStringLiteral("equipment key parts") << QStringLiteral("equipment-parts");
        QTest::newRow("EDA, traditional") << QStringLiteral("EDA與IP") << QStringLiteral("eda-ip");
        QTest::newRow("EDA, lower case") << QStringLiteral("eda与ip") << QStringLiteral("eda-ip");
        QTest::newRow("EDA, English") << QStringLiteral("EDA & IP") << QStringLiteral("eda-ip");
        QTest::newRow("packaging, traditional")
            << QStringLiteral("封測") << QStringLiteral("packaging-test");
        QTest::newRow("chip design, traditional")
            << QStringLiteral("芯片設計") << QStringLiteral("chip-design");
        QTest::newRow("optical, traditional")
            << QStringLiteral("光計算") << QStringLiteral("optical-computing");
        QTest::newRow("terminals, traditional")
            << QStringLiteral("智能終端") << QStringLiteral("smart-terminals");
        QTest::newRow("compute, short English")
            << QStringLiteral("compute chips") << QStringLiteral("compute-chips");
        QTest::newRow("materials") << QStringLiteral("材料") << QStringLiteral("materials");
    }
    void found()
    {
        QFETCH(QString, given);
        QFETCH(QString, key);
        const std::optional<QString> found = findSegmentKey(defaultSegments(), given);
        QVERIFY2(found.has_value(), qPrintable(given));
        QCOMPARE(*found, key);
    }

    void notFound()
    {
        for (const QString& given :
             {QString(), QStringLiteral("  "), QStringLiteral("sensor"), QStringLiteral("传感"),
              QStringLiteral("quantum"), QStringLiteral("image")}) {
            QVERIFY2(!findSegmentKey(defaultSegments(), given).has_value(), qPrintable(given));
        }
    }

    void addedSegmentsFoundByEitherScript()
    {
        QList<Segment> segments = defaultSegments();
        segments.append({QStringLiteral("power-semis"), QStringLiteral("Power semiconductors"),
                         QStringLiteral("功率半导体"), QStringLiteral("#000000"), 10});
        QCOMPARE(findSegmentKey(segments, QStringLiteral("功率半導體")),
                 std::optional<QString>(QStringLiteral("power-semis")));
        QCOMPARE(simplifiedChinese(QStringLiteral("設備關鍵零部件 EDA與IP")),
                 QStringLiteral("设备关键零部件 EDA与IP"));
    }
};

QTEST_GUILESS_MAIN(TestSegmentNames)
#include "TestSegmentNames.moc"
