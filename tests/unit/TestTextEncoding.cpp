#include "exchange/TextEncoding.h"

#include <QStringEncoder>
#include <QTest>

using namespace tollgate;

namespace
{

QByteArray gb18030(const QString& text)
{
    QStringEncoder encoder("GB18030");
    if (!encoder.isValid())
        qFatal("no GB18030 encoder");
    return encoder.encode(text);
}

const QString kChinese = QStringLiteral("name,segment\n触联科技,傳感器\n深圳,设备\n");

} // namespace

class TestTextEncoding : public QObject
{
    Q_OBJECT

private slots:
    void namesAccepted_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<TextEncoding>("expected");
        QTest::newRow("auto") << QStringLiteral("auto") << TextEncoding::Auto;
        QTest::newRow("AUTO") << QStringLiteral("AUTO") << TextEncoding::Auto;
        QTest::newRow("utf-8") << QStringLiteral("utf-8") << TextEncoding::Utf8;
        QTest::newRow("UTF8") << QStringLiteral("UTF8") << TextEncoding::Utf8;
        QTest::newRow("gb18030") << QStringLiteral("gb18030") << TextEncoding::Gb18030;
        QTest::newRow("spaced GB18030") << QStringLiteral(" GB18030 ") << TextEncoding::Gb18030;
    }
    void namesAccepted()
    {
        QFETCH(QString, name);
        QFETCH(TextEncoding, expected);
        const Result<TextEncoding> encoding = textEncodingFromName(name);
        QVERIFY2(encoding.ok(), qPrintable(name));
        QCOMPARE(*encoding, expected);
    }

    void unknownNameRefusedNamingTheOption()
    {
        for (const QString& name : {QStringLiteral("latin1"), QStringLiteral("gbk"), QString()}) {
            const Result<TextEncoding> encoding = textEncodingFromName(name);
            QVERIFY(!encoding.ok());
            QCOMPARE(encoding.error().field, QStringLiteral("--encoding"));
            QVERIFY(encoding.error().message.contains(QStringLiteral("--encoding")));
        }
    }

    void detection()
    {
        QCOMPARE(detectTextEncoding(QByteArray()), TextEncoding::Utf8);
        QCOMPARE(detectTextEncoding("name,segment\nA,sensors\n"), TextEncoding::Utf8);
        QCOMPARE(detectTextEncoding(kChinese.toUtf8()), TextEncoding::Utf8);
        QCOMPARE(detectTextEncoding("\xEF\xBB\xBF" + kChinese.toUtf8()), TextEncoding::Utf8);
        QCOMPARE(detectTextEncoding(gb18030(kChinese)), TextEncoding::Gb18030);
        // Four-byte UTF-8 (outside the BMP) is still UTF-8.
        QCOMPARE(detectTextEncoding(QStringLiteral("芯片 😀").toUtf8()), TextEncoding::Utf8);
    }

    void utf8WithAndWithoutBom()
    {
        const Result<QString> plain = decodeText(kChinese.toUtf8(), TextEncoding::Utf8);
        QVERIFY(plain.ok());
        QCOMPARE(*plain, kChinese);
        const Result<QString> withBom =
            decodeText("\xEF\xBB\xBF" + kChinese.toUtf8(), TextEncoding::Auto);
        QVERIFY(withBom.ok());
        QCOMPARE(*withBom, kChinese); // the mark is gone
    }

    void gb18030ExplicitAndDetected()
    {
        const QByteArray bytes = gb18030(kChinese);
        QVERIFY(bytes != kChinese.toUtf8());
        for (TextEncoding encoding : {TextEncoding::Gb18030, TextEncoding::Auto}) {
            const Result<QString> text = decodeText(bytes, encoding);
            QVERIFY(text.ok());
            QCOMPARE(*text, kChinese);
        }
        // A GB18030 byte-order mark is not part of the text either.
        const Result<QString> withBom =
            decodeText(gb18030(QChar(0xFEFF) + kChinese), TextEncoding::Gb18030);
        QVERIFY(withBom.ok());
        QCOMPARE(*withBom, kChinese);
    }

    void invalidUtf8NamesItsLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::newRow("GB18030 bytes on line 3")
            << QByteArray("name,segment\nA,sensors\n") + gb18030(QStringLiteral("触联,传感器\n"))
            << 3;
        QTest::newRow("stray byte on line 1") << QByteArray("a\xFF,b\nc,d\n") << 1;
        QTest::newRow("overlong slash") << QByteArray("x\ny\n\xC0\xAF\n") << 3;
        QTest::newRow("surrogate") << QByteArray("x\n\xED\xA0\x80\n") << 2;
        QTest::newRow("cut short at the end") << QByteArray("x\ny\n\xE4\xBC") << 3;
        QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << 1;
    }
    void invalidUtf8NamesItsLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        const Result<QString> text = decodeText(bytes, TextEncoding::Utf8);
        QVERIFY(!text.ok());
        QCOMPARE(text.error().line, line);
        QVERIFY2(text.error().message.contains(QStringLiteral("Line %1").arg(line)),
                 qPrintable(text.error().message));
        QVERIFY(text.error().message.contains(QStringLiteral("UTF-8")));
    }

    void invalidGb18030NamesItsLine()
    {
        const QByteArray bytes =
            gb18030(QStringLiteral("name,segment\n触联,传感器\n")) + QByteArray("bad\x81\x20,x\n");
        const Result<QString> text = decodeText(bytes, TextEncoding::Gb18030);
        QVERIFY(!text.ok());
        QCOMPARE(text.error().line, 3);
        QVERIFY(text.error().message.contains(QStringLiteral("GB18030")));
        // Cut short at the very end.
        const Result<QString> truncated = decodeText(QByteArray("a\nb\x81"), TextEncoding::Gb18030);
        QVERIFY(!truncated.ok());
        QCOMPARE(truncated.error().line, 2);
    }
};

QTEST_GUILESS_MAIN(TestTextEncoding)
#include "TestTextEncoding.moc"
