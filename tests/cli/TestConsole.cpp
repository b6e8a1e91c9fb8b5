// Console helpers: terminal widths of mixed Chinese and Latin text, eliding, single-line
// messages, and tables aligned by display width.
#include "cli/Console.h"

#include <QTest>

using namespace tollgate::cli;

class TestConsole : public QObject
{
    Q_OBJECT

private slots:
    void displayWidth_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::newRow("empty") << "" << 0;
        QTest::newRow("ascii") << "TactiLink" << 9;
        QTest::newRow("chinese") << "触联科技" << 8;
        QTest::newRow("mixed") << "触联科技 TactiLink" << 18;
        QTest::newRow("traditional") << "傳感器" << 6;
        QTest::newRow("fullwidth") << "ＡＢ，" << 6;
        QTest::newRow("cjk punctuation") << "「芯片」" << 8;
        QTest::newRow("hangul") << "반도체" << 6;
        QTest::newRow("extension B") << "𠀀" << 2; // outside the BMP: a surrogate pair
        QTest::newRow("combining accent") << "e\u0301" << 1;
        QTest::newRow("zero width space") << "a\u200Bb" << 2;
        QTest::newRow("latin accents") << "Zürich" << 6;
        QTest::newRow("ellipsis") << "…" << 1;
    }

    void displayWidth()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        QCOMPARE(tollgate::cli::displayWidth(text), width);
    }

    void elideKeepsWithinTheWidth()
    {
        QCOMPARE(elide(QStringLiteral("short"), 10), QStringLiteral("short"));
        QCOMPARE(elide(QStringLiteral("abcdefghij"), 10), QStringLiteral("abcdefghij"));
        QCOMPARE(elide(QStringLiteral("abcdefghijk"), 10), QStringLiteral("abcdefghi…"));
        // A wide character that would cross the limit is left out whole.
        const QString cut = elide(QStringLiteral("触联科技触联科技"), 6);
        QCOMPARE(cut, QStringLiteral("触联…"));
        QVERIFY(tollgate::cli::displayWidth(cut) <= 6);
    }

    void singleLineReplacesBreaks()
    {
        QCOMPARE(singleLine(QStringLiteral("a\nb\r\nc\td")), QStringLiteral("a b  c d"));
        QCOMPARE(singleLine(QStringLiteral("芯片\u2028设计")), QStringLiteral("芯片 设计"));
    }

    void tableAlignsByDisplayWidth()
    {
        const QList<TableColumn> columns{{QStringLiteral("ID"), true},
                                         {QStringLiteral("Name")},
                                         {QStringLiteral("M"), true},
                                         {QStringLiteral("Lead")}};
        const QString table =
            formatTable(columns, {{QStringLiteral("1"), QStringLiteral("触联科技 TactiLink"),
                                   QStringLiteral("66.7"), QStringLiteral("陈思远")},
                                  {QStringLiteral("12"), QStringLiteral("Probe"),
                                   QStringLiteral("5.0"), QStringLiteral("Lin")}});
        const QStringList lines = table.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 4); // header, two rows, the empty rest after the last newline
        QCOMPARE(lines.at(0), QStringLiteral("ID  Name                   M  Lead"));
        QCOMPARE(lines.at(1), QStringLiteral(" 1  触联科技 TactiLink  66.7  陈思远"));
        QCOMPARE(lines.at(2), QStringLiteral("12  Probe                5.0  Lin"));
        QCOMPARE(lines.at(3), QString());
    }

    void tableCellsAreOneLineAndElided()
    {
        const QList<TableColumn> columns{{QStringLiteral("Name"), false, 8}, {QStringLiteral("X")}};
        const QString table =
            formatTable(columns, {{QStringLiteral("line\nbreak and more"), QStringLiteral("x")}},
                        TableHeader::Hidden);
        QCOMPARE(table, QStringLiteral("line br…  x\n"));
    }
};

QTEST_GUILESS_MAIN(TestConsole)
#include "TestConsole.moc"
