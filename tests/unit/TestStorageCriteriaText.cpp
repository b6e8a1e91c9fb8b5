#include "storage/CriteriaText.h"

#include <QTest>

using namespace tollgate;

// The criteria column of a scorecard: what is written is read back exactly, JSON written by
// another tool is read too, and anything else is refused rather than half read.
class TestStorageCriteriaText : public QObject
{
    Q_OBJECT

private slots:
    void compactForm()
    {
        QMap<QString, CriterionEntry> entries;
        entries.insert(QStringLiteral("M1"), CriterionEntry{4, QString(), Confidence::Medium});
        entries.insert(QStringLiteral("M2"), CriterionEntry{});
        entries.insert(QStringLiteral("M3"),
                       CriterionEntry{3, QStringLiteral("ok"), Confidence::Unset});
        QCOMPARE(criteriaText(entries),
                 QStringLiteral(R"({"M1":[4,"medium"],"M2":[null],"M3":[3,"","ok"]})"));
        QCOMPARE(criteriaText({}), QStringLiteral("{}"));
    }

    void roundTrip()
    {
        QMap<QString, CriterionEntry> entries;
        entries.insert(QStringLiteral("C1"),
                       CriterionEntry{0, QStringLiteral("零"), Confidence::Low});
        entries.insert(QStringLiteral("C2"),
                       CriterionEntry{5,
                                      QStringLiteral("quote \" backslash \\ slash / tab\tnew\nline "
                                                     "cr\r ctrl \u0001 emoji 😀 中文"),
                                      Confidence::High});
        entries.insert(QStringLiteral("k\"ey"),
                       CriterionEntry{std::nullopt, QStringLiteral("x"), Confidence::Unset});
        QMap<QString, CriterionEntry> read;
        QVERIFY(readCriteriaText(criteriaText(entries), read));
        QCOMPARE(read.keys(), entries.keys());
        for (const QString& key : entries.keys()) {
            QCOMPARE(read[key].score, entries[key].score);
            QCOMPARE(read[key].evidence, entries[key].evidence);
            QCOMPARE(read[key].confidence, entries[key].confidence);
        }
    }

    void readsJsonWrittenElsewhere()
    {
        QMap<QString, CriterionEntry> read;
        QVERIFY(readCriteriaText(
            u" { \"M2\" : [ 1 , \"high\" , \"\\u4e2d\\u6587 \\ud83d\\ude00\" ] ,\n\"M1\":[null] } ",
            read));
        QCOMPARE(read.size(), 2);
        QCOMPARE(read[QStringLiteral("M2")].score, 1);
        QCOMPARE(read[QStringLiteral("M2")].confidence, Confidence::High);
        QCOMPARE(read[QStringLiteral("M2")].evidence, QStringLiteral("中文 😀"));
        QVERIFY(!read[QStringLiteral("M1")].score);
    }

    // The re-scoring's reader keeps only the scores, and they are the full reader's.
    void scoresOnlyReadsTheSameScores()
    {
        QMap<QString, CriterionEntry> entries;
        entries.insert(QStringLiteral("M1"), CriterionEntry{3, QString(), Confidence::Unset});
        entries.insert(
            QStringLiteral("M2"),
            CriterionEntry{0, QStringLiteral("a \"quoted\" \\ ] , } text"), Confidence::Medium});
        entries.insert(QStringLiteral("C1"),
                       CriterionEntry{std::nullopt, QString(), Confidence::High});
        QMap<QString, CriterionEntry> read;
        QVERIFY(readCriteriaScores(criteriaText(entries), read));
        QCOMPARE(read.keys(), entries.keys());
        for (const QString& key : entries.keys()) {
            QCOMPARE(read[key].score, entries[key].score);
            QVERIFY(read[key].evidence.isEmpty());
        }
        const QStringList refused{QStringLiteral("{\"M1\":[4,\"\",\"\",\"\"]}"),
                                  QStringLiteral("{\"M1\":[4,\"unterminated]}"),
                                  QStringLiteral("{\"M1\":[\"4\"]}")};
        for (const QString& text : refused)
            QVERIFY2(!readCriteriaScores(text, read), qPrintable(text));
    }

    void refusesAnythingElse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("array") << QStringLiteral("[]");
        QTest::newRow("unterminated") << QStringLiteral(R"({"M1":[4)");
        QTest::newRow("bad confidence") << QStringLiteral(R"({"M1":[4,"sure"]})");
        QTest::newRow("text score") << QStringLiteral(R"({"M1":["4"]})");
        QTest::newRow("trailing") << QStringLiteral(R"({"M1":[4]} x)");
        QTest::newRow("bad escape") << QStringLiteral(R"({"M1":[4,"","\q"]})");
        QTest::newRow("four items") << QStringLiteral(R"({"M1":[4,"","",""]})");
    }

    void refusesAnythingElse()
    {
        QFETCH(QString, text);
        QMap<QString, CriterionEntry> read;
        read.insert(QStringLiteral("kept"), CriterionEntry{});
        QVERIFY(!readCriteriaText(text, read));
        QCOMPARE(read.keys(), QStringList{QStringLiteral("kept")}); // untouched on failure
    }
};

QTEST_GUILESS_MAIN(TestStorageCriteriaText)
#include "TestStorageCriteriaText.moc"
