// The generator's vocabulary (resources/sample/synthetic-vocabulary.json, compiled into the
// core) is complete: one profile per default segment in the same order, every table filled,
// and the numbers in their ranges, so the generator can draw from it without checking.
#include "domain/Segment.h"
#include "sample/SyntheticVocabulary.h"

#include <QTest>

using namespace tollgate;

class TestSyntheticVocabulary : public QObject
{
    Q_OBJECT

private slots:
    void oneProfilePerDefaultSegmentInOrder()
    {
        const SyntheticVocabulary& v = syntheticVocabulary();
        const QList<Segment> segments = defaultSegments();
        QCOMPARE(v.segments.size(), segments.size());
        int total = 0;
        for (int i = 0; i < segments.size(); ++i) {
            QCOMPARE(v.segments.at(i).key, segments.at(i).key);
            total += v.segments.at(i).weight;
        }
        QCOMPARE(v.segmentWeightTotal, total);
    }

    void everyProfileIsFilledAndInRange()
    {
        for (const SegmentProfile& s : syntheticVocabulary().segments) {
            const QByteArray key = s.key.toUtf8();
            QVERIFY2(s.weight > 0, key);
            QVERIFY2(s.marketBias >= 0 && s.marketBias <= 5, key);
            QVERIFY2(s.costBias >= 0 && s.costBias <= 5, key);
            QVERIFY2(s.incumbentChance >= 0 && s.incumbentChance <= 1, key);
            QVERIFY2(s.priceLo > 0 && s.priceLo < s.priceHi, key);
            QVERIFY2(!s.descriptions.isEmpty(), key);
            QVERIFY2(s.tagSets.size() == s.descriptions.size(), key); // tags go with the text
            for (const QStringList& tags : s.tagSets)
                QVERIFY2(!tags.isEmpty(), key);
            QVERIFY2(!s.nameSuffixesZh.isEmpty() && !s.nameSuffixesEn.isEmpty(), key);
            for (const QString& text : s.descriptions)
                QVERIFY2(!text.trimmed().isEmpty(), key);
        }
    }

    void sharedTablesAreFilled()
    {
        const SyntheticVocabulary& v = syntheticVocabulary();
        QVERIFY(v.nameSyllablesZh.size() >= 20);
        QVERIFY(v.namePrefixesEn.size() >= 10);
        QVERIFY(!v.cities.isEmpty());
        QVERIFY(v.cities.contains(QStringLiteral("深圳")));
        QVERIFY(!v.analysts.isEmpty());
        QCOMPARE(v.exitRoutes.size(), v.exitRouteWeights.size());
        QCOMPARE(v.exitRoutes.first(), QStringLiteral("STAR"));
        QCOMPARE(v.exitRouteWeightTotal, 100);
        QCOMPARE(v.rounds.first(), QStringLiteral("Angel"));
        QCOMPARE(v.rounds.last(), QStringLiteral("Pre-IPO"));
    }
};

QTEST_GUILESS_MAIN(TestSyntheticVocabulary)
#include "TestSyntheticVocabulary.moc"
