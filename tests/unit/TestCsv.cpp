#include "exchange/Csv.h"
#include "exchange/TextEncoding.h"

#include <QTest>

using namespace tollgate;

namespace
{

QList<CsvRecord> parsed(const QString& text)
{
    Result<QList<CsvRecord>> records = parseCsv(text);
    if (!records)
        qFatal("CSV refused: %s", qPrintable(records.error().message));
    return *records;
}

QList<int> linesOf(const QList<CsvRecord>& records)
{
    QList<int> lines;
    for (const CsvRecord& r : records)
        lines.append(r.line);
    return lines;
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void plainRecordsWithLfOrCrlf()
    {
        for (const QString& eol :
             {QStringLiteral("\n"), QStringLiteral("\r\n"), QStringLiteral("\r")}) {
            const QList<CsvRecord> records =
                parsed(QStringLiteral("a,b,c") + eol + QStringLiteral("1,,3") + eol);
            QCOMPARE(records.size(), 2);
            QCOMPARE(records[0].fields,
                     (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
            QCOMPARE(records[1].fields,
                     (QStringList{QStringLiteral("1"), QString(), QStringLiteral("3")}));
            QCOMPARE(linesOf(records), (QList<int>{1, 2}));
        }
    }

    void lastRecordWithoutLineEnd()
    {
        const QList<CsvRecord> records = parsed(QStringLiteral("a,b\n1,2"));
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[1].fields, (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    }

    void trailingEmptyField()
    {
        const QList<CsvRecord> records = parsed(QStringLiteral("a,\n,\n"));
        QCOMPARE(records[0].fields, (QStringList{QStringLiteral("a"), QString()}));
        QCOMPARE(records[1].fields, (QStringList{QString(), QString()}));
    }

    void streamReusesRecordsOfAnyWidth()
    {
        CsvStream stream(QStringLiteral("a,b,c\nd\n\"e\",\"f,g\"\nh,"));
        CsvRecord record;
        QList<QStringList> seen;
        for (;;) {
            const Result<bool> more = stream.next(record);
            QVERIFY(more.ok());
            if (!*more)
                break;
            seen.append(record.fields);
        }
        QCOMPARE(seen, (QList<QStringList>{
                           {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                           {QStringLiteral("d")},
                           {QStringLiteral("e"), QStringLiteral("f,g")},
                           {QStringLiteral("h"), QString()}}));
        QCOMPARE(record.line, 4);
    }

    void quotedCommasQuotesAndNewlines()
    {
        const QList<CsvRecord> records = parsed(QStringLiteral(
            "\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"\"\r\nnext,\"x\r\ny\"\r\n"));
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[0].fields,
                 (QStringList{QStringLiteral("a,b"), QStringLiteral("say \"hi\""),
                              QStringLiteral("two\nlines"), QString()}));
        QCOMPARE(records[1].fields,
                 (QStringList{QStringLiteral("next"), QStringLiteral("x\r\ny")}));
    }

    void quotedNewlinesShiftLaterLineNumbers()
    {
        const QString text = QStringLiteral("name,description\n"           // line 1
                                            "A,\"first\nsecond\nthird\"\n" // lines 2-4
                                            "B,plain\n"                    // line 5
                                            "\n"                           // line 6, empty
                                            "C,\"x\r\ny\"\r\n"             // lines 7-8
                                            "D,end\n");                    // line 9
        const QList<CsvRecord> records = parsed(text);
        QCOMPARE(records.size(), 5);
        QCOMPARE(linesOf(records), (QList<int>{1, 2, 5, 7, 9}));
        QCOMPARE(records[1].fields[1], QStringLiteral("first\nsecond\nthird"));
    }

    void emptyLinesSkipped()
    {
        const QList<CsvRecord> records = parsed(QStringLiteral("\n\na\r\n\r\nb\n\n"));
        QCOMPARE(records.size(), 2);
        QCOMPARE(linesOf(records), (QList<int>{3, 5}));
    }

    void byteOrderMarkIgnored()
    {
        const QList<CsvRecord> records = parsed(QChar(0xFEFF) + QStringLiteral("name\nA\n"));
        QCOMPARE(records[0].fields, QStringList{QStringLiteral("name")});
    }

    void unterminatedQuoteNamesTheLineWhereItOpens()
    {
        const Result<QList<CsvRecord>> records =
            parseCsv(QStringLiteral("a,b\n1,2\n3,\"never\nclosed,4\n5,6\n"));
        QVERIFY(!records.ok());
        QCOMPARE(records.error().line, 3);
        QVERIFY2(records.error().message.contains(QStringLiteral("Line 3")),
                 qPrintable(records.error().message));
    }

    void textAfterClosingQuoteRefused()
    {
        const Result<QList<CsvRecord>> records = parseCsv(QStringLiteral("a\n\"x\ny\"z,1\n"));
        QVERIFY(!records.ok());
        QCOMPARE(records.error().line, 3);
    }

    void fieldsQuotedOnlyWhenNeeded_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << QStringLiteral("触联科技") << QStringLiteral("触联科技");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("a\"b") << QStringLiteral("\"a\"\"b\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("formula") << QStringLiteral("=SUM(A1:A9)") << QStringLiteral("'=SUM(A1:A9)");
        QTest::newRow("plus") << QStringLiteral("+86 755") << QStringLiteral("'+86 755");
        QTest::newRow("minus") << QStringLiteral("-5") << QStringLiteral("'-5");
        QTest::newRow("at") << QStringLiteral("@cmd") << QStringLiteral("'@cmd");
        QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
        QTest::newRow("formula with comma")
            << QStringLiteral("=A1,B1") << QStringLiteral("\"'=A1,B1\"");
        QTest::newRow("apostrophe alone") << QStringLiteral("'ok") << QStringLiteral("'ok");
        QTest::newRow("apostrophe before formula")
            << QStringLiteral("'=x") << QStringLiteral("''=x");
        QTest::newRow("two apostrophes") << QStringLiteral("''") << QStringLiteral("'''");
        QTest::newRow("leading zero-width no-break space")
            << QStringLiteral("\uFEFFn") << QStringLiteral("\"\uFEFFn\"");
    }
    void fieldsQuotedOnlyWhenNeeded()
    {
        QFETCH(QString, value);
        QFETCH(QString, field);
        QCOMPARE(csvField(value), field);
    }

    void writeHasBomAndCrlf()
    {
        const QByteArray bytes =
            writeCsv({{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("传感器"), {}}});
        QCOMPARE(bytes, QByteArray("\xEF\xBB\xBF"
                                   "a,b\r\n") +
                            QStringLiteral("传感器,\r\n").toUtf8());
    }

    void writeThenParseGivesTheRowsBack()
    {
        const QList<QStringList> rows{
            {QStringLiteral("name"), QStringLiteral("note")},
            {QStringLiteral("=1+1"), QStringLiteral("'")},
            {QStringLiteral("''"), QStringLiteral("'-")},
            {QStringLiteral("a\r\nb"), QStringLiteral("x\ny\rz")},
            {QStringLiteral("\""), QStringLiteral(",")},
            {QStringLiteral("+86 138"), QStringLiteral("@user")},
            {QStringLiteral("\tindented"), QStringLiteral("<b>x</b>")},
            {QStringLiteral("'=already guarded"), QString()},
            {QStringLiteral("-"), QStringLiteral("触联科技 TactiLink")},
        };
        const Result<QString> text = decodeText(writeCsv(rows), TextEncoding::Auto);
        QVERIFY(text.ok());
        const QList<CsvRecord> records = parsed(*text);
        QCOMPARE(records.size(), rows.size());
        for (int i = 0; i < rows.size(); ++i)
            QCOMPARE(records[i].fields, rows[i]);
    }

    void aFirstFieldStartingWithUFeffSurvives()
    {
        // Found by fuzz-csv-import: a U+FEFF that began the first field was written unquoted
        // at the start of the file and read back as the byte-order mark, so it was lost.
        const QList<QStringList> rows{{QStringLiteral("\uFEFFn")}, {QStringLiteral("am''e")}};
        const Result<QString> text = decodeText(writeCsv(rows), TextEncoding::Auto);
        QVERIFY(text.ok());
        const QList<CsvRecord> records = parsed(*text);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[0].fields, rows[0]);
        QCOMPARE(records[1].fields, rows[1]);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "TestCsv.moc"
