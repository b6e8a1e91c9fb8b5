#include "scoring/DefaultTemplate.h"
#include "scoring/TemplateJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace tollgate;

namespace
{

// Sets (or, with an undefined value, removes) the value at a path such as
// "criteria[3].rubric_zh[2]" inside a JSON value.
QJsonValue setAt(const QJsonValue& node, const QString& path, const QJsonValue& value)
{
    static const QRegularExpression step(QStringLiteral(R"(^\.?(?:([^.\[]+)|\[(\d+)\]))"));
    const QRegularExpressionMatch m = step.match(path);
    Q_ASSERT(m.hasMatch());
    const QString rest = path.mid(m.capturedLength());
    if (!m.captured(1).isEmpty()) {
        QJsonObject object = node.toObject();
        const QString key = m.captured(1);
        if (rest.isEmpty() && value.isUndefined())
            object.remove(key);
        else
            object.insert(key, rest.isEmpty() ? value : setAt(object.value(key), rest, value));
        return object;
    }
    QJsonArray array = node.toArray();
    const int index = m.captured(2).toInt();
    if (rest.isEmpty() && value.isUndefined())
        array.removeAt(index);
    else if (rest.isEmpty() && index == array.size())
        array.append(value);
    else
        array.replace(index, rest.isEmpty() ? value : setAt(array.at(index), rest, value));
    return array;
}

QJsonObject defaultDocument()
{
    return templateToJson(defaultTemplate());
}

QJsonArray numbers(std::initializer_list<double> values)
{
    QJsonArray array;
    for (double v : values)
        array.append(v);
    return array;
}

} // namespace

class TestTemplateJson : public QObject
{
    Q_OBJECT

private slots:
    void minimalDocumentTakesDefaults()
    {
        QJsonObject doc = defaultDocument();
        doc.remove(QStringLiteral("gates"));
        doc.remove(QStringLiteral("tam_bands_cny"));
        doc.remove(QStringLiteral("cost_year_bands"));
        doc.remove(QStringLiteral("format"));
        doc = setAt(doc, QStringLiteral("criteria[0].weight"), QJsonValue::Undefined).toObject();
        doc = setAt(doc, QStringLiteral("criteria[1].knockout"), QJsonValue::Undefined).toObject();
        const Result<Template> t = templateFromJson(doc);
        QVERIFY(t.ok());
        QCOMPARE(t->marketGate, 60.0);
        QCOMPARE(t->tamBands[4], 20e9);
        QCOMPARE(t->criteria[0].weight, 1.0);
        QVERIFY(!t->criteria[1].knockout);
    }

    void customValuesAreRead()
    {
        QJsonObject doc = defaultDocument();
        doc = setAt(doc, QStringLiteral("gates.market"), 55).toObject();
        doc = setAt(doc, QStringLiteral("criteria[2].weight"), 2.5).toObject();
        doc = setAt(doc, QStringLiteral("cost_year_bands"), numbers({0.5, 1, 2, 4})).toObject();
        doc.insert(QStringLiteral("version"), 3);
        const Result<Template> t = templateFromJson(doc);
        QVERIFY(t.ok());
        QCOMPARE(t->marketGate, 55.0);
        QCOMPARE(t->costGate, 60.0);
        QCOMPARE(t->criteria[2].weight, 2.5);
        QCOMPARE(t->costYearBands[0], 0.5);
        QCOMPARE(t->version, 3);
    }

    void badDocumentIsRefusedNamingTheField_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        const QJsonValue absent(QJsonValue::Undefined);
        const QJsonValue empty{QString()};
        QTest::newRow("zero weight")
            << "criteria[0].weight" << QJsonValue(0) << "criteria[0].weight";
        QTest::newRow("negative weight")
            << "criteria[7].weight" << QJsonValue(-1) << "criteria[7].weight";
        QTest::newRow("huge weight")
            << "criteria[3].weight" << QJsonValue(1e308) << "criteria[3].weight";
        QTest::newRow("weight as text")
            << "criteria[0].weight" << QJsonValue(QStringLiteral("1")) << "criteria[0].weight";
        QTest::newRow("five rubric lines")
            << "criteria[3].rubric_en[5]" << absent << "criteria[3].rubric_en";
        QTest::newRow("seven rubric lines")
            << "criteria[3].rubric_zh[6]" << QJsonValue(QStringLiteral("more"))
            << "criteria[3].rubric_zh";
        QTest::newRow("empty rubric line")
            << "criteria[3].rubric_zh[2]" << empty << "criteria[3].rubric_zh[2]";
        QTest::newRow("blank rubric line")
            << "criteria[3].rubric_en[0]" << QJsonValue(QStringLiteral("  "))
            << "criteria[3].rubric_en[0]";
        QTest::newRow("rubric line as number")
            << "criteria[3].rubric_zh[2]" << QJsonValue(5) << "criteria[3].rubric_zh[2]";
        QTest::newRow("rubric missing")
            << "criteria[4].rubric_zh" << absent << "criteria[4].rubric_zh";
        QTest::newRow("duplicate key")
            << "criteria[1].key" << QJsonValue(QStringLiteral("M1")) << "criteria[1].key";
        QTest::newRow("empty key") << "criteria[0].key" << empty << "criteria[0].key";
        QTest::newRow("unknown question")
            << "criteria[0].question" << QJsonValue(QStringLiteral("team"))
            << "criteria[0].question";
        QTest::newRow("missing Chinese name")
            << "criteria[0].name_zh" << absent << "criteria[0].name_zh";
        QTest::newRow("unknown criterion key")
            << "criteria[0].colour" << QJsonValue(QStringLiteral("#fff")) << "criteria[0].colour";
        QTest::newRow("knockout as text")
            << "criteria[1].knockout" << QJsonValue(QStringLiteral("yes"))
            << "criteria[1].knockout";
        QTest::newRow("criterion not an object") << "criteria[2]" << QJsonValue(3) << "criteria[2]";
        QTest::newRow("no criteria list") << "criteria" << absent << "criteria";
        QTest::newRow("no name") << "name" << absent << "name";
        QTest::newRow("version 0") << "version" << QJsonValue(0) << "version";
        QTest::newRow("fractional version") << "version" << QJsonValue(1.5) << "version";
        QTest::newRow("gate above 100") << "gates.market" << QJsonValue(150) << "gates.market";
        QTest::newRow("negative gate") << "gates.cost" << QJsonValue(-1) << "gates.cost";
        QTest::newRow("unknown gate") << "gates.team" << QJsonValue(50) << "gates.team";
        QTest::newRow("bands out of order")
            << "tam_bands_cny[2]" << QJsonValue(1e8) << "tam_bands_cny[2]";
        QTest::newRow("four TAM bands") << "tam_bands_cny[4]" << absent << "tam_bands_cny";
        QTest::newRow("repeated year band")
            << "cost_year_bands[2]" << QJsonValue(2) << "cost_year_bands[2]";
        QTest::newRow("zero year band")
            << "cost_year_bands[0]" << QJsonValue(0) << "cost_year_bands[0]";
        QTest::newRow("wrong format")
            << "format" << QJsonValue(QStringLiteral("tollgate-portfolio")) << "format";
        QTest::newRow("unknown key") << "owner" << QJsonValue(QStringLiteral("x")) << "owner";
    }

    void badDocumentIsRefusedNamingTheField()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        const QJsonObject doc = setAt(defaultDocument(), path, value).toObject();
        const Result<Template> t = templateFromJson(doc);
        QVERIFY(!t.ok());
        QCOMPARE(t.error().field, field);
        QVERIFY2(t.error().message.contains(field), qPrintable(t.error().message));
    }

    void eachQuestionNeedsACriterion()
    {
        QJsonObject doc = defaultDocument();
        for (int i = 6; i < 12; ++i) {
            doc = setAt(doc, QStringLiteral("criteria[%1].question").arg(i),
                        QJsonValue(QStringLiteral("market")))
                      .toObject();
        }
        const Result<Template> t = templateFromJson(doc);
        QVERIFY(!t.ok());
        QCOMPARE(t.error().field, QStringLiteral("criteria"));
        QVERIFY(t.error().message.contains(QStringLiteral("cost")));
    }

    void malformedJsonIsRefused()
    {
        QVERIFY(!templateFromJson(QByteArray("{\"name\": ")).ok());
        QVERIFY(!templateFromJson(QByteArray("[]")).ok());
        QVERIFY(!templateFromJson(QByteArray()).ok());
    }
};

QTEST_GUILESS_MAIN(TestTemplateJson)
#include "TestTemplateJson.moc"
