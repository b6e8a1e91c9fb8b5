#include "core/CoreResources.h"
#include "scoring/DefaultTemplate.h"
#include "scoring/TemplateJson.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace tollgate;

namespace
{

bool hasHan(const QString& text)
{
    for (const QChar c : text) {
        if (c.script() == QChar::Script_Han)
            return true;
    }
    return false;
}

// Traditional forms of common characters whose simplified forms the rubric uses. The Chinese
// text is Simplified Chinese; the interview it comes from is printed in traditional script.
const QString kTraditionalOnly = QStringLiteral("買單場國產認證導設備與體規資術應過這個們為東還實"
                                                "際開關說點業區對裝經類價優斷沒輸門檻");

} // namespace

class TestDefaultTemplate : public QObject
{
    Q_OBJECT

private slots:
    void theEmbeddedFileIsReachable()
    {
        ensureCoreResources();
        QFile file(QStringLiteral(":/templates/default.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Result<Template> parsed = templateFromJson(file.readAll());
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    }

    void twelveCriteriaOfTwoQuestions()
    {
        const Template t = defaultTemplate();
        QCOMPARE(t.name, QStringLiteral("default"));
        QCOMPARE(t.version, 1);
        QCOMPARE(t.criteria.size(), 12);
        for (int i = 0; i < 12; ++i) {
            const Criterion& c = t.criteria[i];
            const bool market = i < 6;
            const QString key = (market ? QStringLiteral("M%1") : QStringLiteral("C%1"))
                                    .arg(market ? i + 1 : i - 5);
            QCOMPARE(c.key, key);
            QCOMPARE(c.question, market ? Question::Market : Question::Cost);
            QCOMPARE(c.weight, 1.0);
            QCOMPARE(t.criterion(key), &c);
        }
    }

    void knockoutsGatesAndBands()
    {
        const Template t = defaultTemplate();
        QStringList knockouts;
        for (const Criterion& c : t.criteria) {
            if (c.knockout)
                knockouts.append(c.key);
        }
        QCOMPARE(knockouts, (QStringList{QStringLiteral("M2"), QStringLiteral("C3")}));
        QCOMPARE(t.marketGate, 60.0);
        QCOMPARE(t.costGate, 60.0);
        QCOMPARE(t.tamBands, (std::array<double, 5>{0.1e9, 0.5e9, 1e9, 5e9, 20e9}));
        QCOMPARE(t.costYearBands, (std::array<double, 4>{1, 2, 3, 5}));
    }

    void everyScoreHasRubricTextInBothLanguages()
    {
        const Template t = defaultTemplate();
        QSet<QString> seen;
        int lines = 0;
        for (const Criterion& c : t.criteria) {
            QVERIFY2(!c.nameEn.trimmed().isEmpty(), qPrintable(c.key));
            QVERIFY2(hasHan(c.nameZh), qPrintable(c.key));
            QVERIFY2(!hasHan(c.nameEn), qPrintable(c.key));
            for (int score = 0; score <= 5; ++score) {
                for (bool chinese : {false, true}) {
                    const QString line = c.rubric(score, chinese);
                    const QString where =
                        QStringLiteral("%1 score %2 %3")
                            .arg(c.key)
                            .arg(score)
                            .arg(chinese ? QStringLiteral("zh") : QStringLiteral("en"));
                    QVERIFY2(line.trimmed().size() >= 10, qPrintable(where));
                    QVERIFY2(line == line.trimmed(), qPrintable(where));
                    QVERIFY2(hasHan(line) == chinese, qPrintable(where));
                    QVERIFY2(!seen.contains(line), qPrintable(where + QStringLiteral(" repeats")));
                    seen.insert(line);
                    ++lines;
                }
            }
            QCOMPARE(c.rubric(6, false), QString());
            QCOMPARE(c.rubric(-1, true), QString());
        }
        QCOMPARE(lines, 12 * 6 * 2);
    }

    void chineseIsSimplified()
    {
        for (const Criterion& c : defaultTemplate().criteria) {
            QString text = c.nameZh;
            for (const QString& line : c.rubricZh)
                text += line;
            for (const QChar ch : kTraditionalOnly)
                QVERIFY2(!text.contains(ch), qPrintable(c.key + QStringLiteral(": ") + ch));
        }
    }

    void marketSizeRubricMatchesTheBands()
    {
        // Each band edge is named in the two rubric lines it separates, in 亿元 and in bn CNY.
        const Criterion* m1 = defaultTemplate().criterion(QStringLiteral("M1"));
        QVERIFY(m1);
        const QStringList edgesZh{QStringLiteral("1亿"), QStringLiteral("5亿"),
                                  QStringLiteral("10亿"), QStringLiteral("50亿"),
                                  QStringLiteral("200亿")};
        const QStringList edgesEn{QStringLiteral("0.1"), QStringLiteral("0.5"), QStringLiteral("1"),
                                  QStringLiteral("5"), QStringLiteral("20")};
        for (int i = 0; i < 5; ++i) {
            QVERIFY2(m1->rubricZh[i].contains(edgesZh[i]), qPrintable(edgesZh[i]));
            QVERIFY2(m1->rubricZh[i + 1].contains(edgesZh[i]), qPrintable(edgesZh[i]));
            QVERIFY2(m1->rubricEn[i].contains(edgesEn[i]), qPrintable(edgesEn[i]));
            QVERIFY2(m1->rubricEn[i + 1].contains(edgesEn[i]), qPrintable(edgesEn[i]));
        }
    }

    void rubricKeepsTheInterviewsWords_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("must-have") << "M3" << QStringLiteral("刚需");
        QTest::newRow("substitution no longer works")
            << "M5" << QStringLiteral("简单的国产替代已经没用了");
        QTest::newRow("qualification") << "M5" << QStringLiteral("导入认证");
        QTest::newRow("fragmented IoT-like market") << "M6" << QStringLiteral("IoT");
        QTest::newRow("scale and standardisation") << "M6" << QStringLiteral("标准化");
        QTest::newRow("pre-revenue investment") << "C4" << QStringLiteral("前置投资导入期");
        QTest::newRow("export controls") << "C5" << QStringLiteral("出口管制");
        QTest::newRow("down-cycle") << "C6" << QStringLiteral("下行周期");
        QTest::newRow("fund life") << "C3" << QStringLiteral("基金");
    }

    void rubricKeepsTheInterviewsWords()
    {
        QFETCH(QString, key);
        QFETCH(QString, phrase);
        const Criterion* c = defaultTemplate().criterion(key);
        QVERIFY(c);
        QString text = c->nameZh;
        for (const QString& line : c->rubricZh)
            text += line;
        QVERIFY2(text.contains(phrase), qPrintable(key + QStringLiteral(": ") + phrase));
    }

    void roundTripsThroughJson()
    {
        const Template original = defaultTemplate();
        const QByteArray text = QJsonDocument(templateToJson(original)).toJson();
        const Result<Template> copy = templateFromJson(text);
        QVERIFY(copy.ok());
        QCOMPARE(copy->name, original.name);
        QCOMPARE(copy->version, original.version);
        QCOMPARE(copy->marketGate, original.marketGate);
        QCOMPARE(copy->costGate, original.costGate);
        QCOMPARE(copy->tamBands, original.tamBands);
        QCOMPARE(copy->costYearBands, original.costYearBands);
        QCOMPARE(copy->criteria.size(), original.criteria.size());
        for (int i = 0; i < original.criteria.size(); ++i) {
            const Criterion& a = original.criteria[i];
            const Criterion& b = copy->criteria[i];
            QCOMPARE(b.key, a.key);
            QCOMPARE(b.question, a.question);
            QCOMPARE(b.nameEn, a.nameEn);
            QCOMPARE(b.nameZh, a.nameZh);
            QCOMPARE(b.weight, a.weight);
            QCOMPARE(b.knockout, a.knockout);
            QCOMPARE(b.rubricEn, a.rubricEn);
            QCOMPARE(b.rubricZh, a.rubricZh);
        }
    }
};

QTEST_GUILESS_MAIN(TestDefaultTemplate)
#include "TestDefaultTemplate.moc"
