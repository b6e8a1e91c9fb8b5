#include "TestSupport.h"
#include "exchange/PortfolioJson.h"
#include "scoring/DefaultTemplate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace tollgate;

namespace
{

QByteArray richJson()
{
    return test::readDataFile(QStringLiteral("exchange/rich-portfolio.json"));
}

Result<PortfolioDocument> read(const QByteArray& json)
{
    return readPortfolioJson(json, defaultSegments(), defaultTemplate());
}

PortfolioDocument readOk(const QByteArray& json)
{
    Result<PortfolioDocument> document = read(json);
    if (!document)
        qFatal("document refused: %s", qPrintable(document.error().message));
    return *document;
}

// Replaces the value at a path of keys and array indexes ("projects/0/name"); an undefined
// value removes the key.
QJsonValue withValue(const QJsonValue& node, QStringList path, const QJsonValue& value)
{
    if (path.isEmpty())
        return value;
    const QString step = path.takeFirst();
    bool isIndex = false;
    const int index = step.toInt(&isIndex);
    if (isIndex) {
        QJsonArray array = node.toArray();
        array[index] = withValue(array[index], path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(step);
    else
        object.insert(step, withValue(object.value(step), path, value));
    return object;
}

QByteArray richJsonWith(const char* path, const QJsonValue& value)
{
    const QJsonValue root = QJsonDocument::fromJson(richJson()).object();
    const QStringList steps = QString::fromUtf8(path).split(QLatin1Char('/'));
    return QJsonDocument(withValue(root, steps, value).toObject()).toJson();
}

} // namespace

class TestPortfolioJson : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryField()
    {
        const PortfolioDocument doc = readOk(richJson());
        QCOMPARE(doc.segments.size(), 2);
        QCOMPARE(doc.segments[1].key, QStringLiteral("quantum-sensing"));
        QCOMPARE(doc.segments[1].nameZh, QStringLiteral("量子传感"));
        QCOMPARE(doc.segments[1].colour, QStringLiteral("#123456"));
        QCOMPARE(doc.segments[1].position, 1);

        QCOMPARE(doc.projects.size(), 3);
        const Project& p = doc.projects[0].project;
        QCOMPARE(p.id, 11);
        QCOMPARE(p.name, QStringLiteral("触联科技 TactiLink"));
        QCOMPARE(p.segmentKey, QStringLiteral("sensors"));
        QCOMPARE(p.stage, Stage::Diligence);
        QCOMPARE(p.round, QStringLiteral("A"));
        QCOMPARE(p.valuationCny, std::optional<qint64>(600000000));
        QCOMPARE(p.askCny, std::optional<qint64>(80000000));
        QCOMPARE(p.city, QStringLiteral("深圳"));
        QCOMPARE(p.foundedYear, std::optional<int>(2021));
        QCOMPARE(p.description,
                 QStringLiteral("机器人灵巧手的触觉传感器。\nTactile skins for robot "
                                "hands, \"qualified\" at two OEMs."));
        QCOMPARE(p.tags, (QStringList{QStringLiteral("触觉"), QStringLiteral("具身智能"),
                                      QStringLiteral("robotics")}));
        QCOMPARE(p.leadAnalyst, QStringLiteral("陈思远"));
        QCOMPARE(p.exitRoute, QStringLiteral("STAR"));
        QCOMPARE(p.expectedExitYear, std::optional<int>(2030));
        QCOMPARE(p.fundEndYear, std::optional<int>(2031));
        QCOMPARE(p.created, QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC));
        QCOMPARE(p.updated, QDateTime(QDate(2026, 10, 12), QTime(8, 30, 15), Qt::UTC));

        const Scorecard& s = doc.projects[0].scorecards[0];
        QCOMPARE(s.analyst, QStringLiteral("陈思远"));
        QCOMPARE(s.date, QDate(2026, 5, 14));
        QCOMPARE(s.templateId, 0);
        QCOMPARE(s.templateVersion, 1);
        QVERIFY(s.submitted);
        QCOMPARE(s.entries.size(), 12);
        QCOMPARE(s.score(QStringLiteral("M3")), std::optional<int>(5));
        QCOMPARE(s.score(QStringLiteral("C6")), std::optional<int>());
        QCOMPARE(s.entries[QStringLiteral("C6")].evidence, QStringLiteral("not yet assessed"));
        QCOMPARE(s.entries[QStringLiteral("M1")].evidence,
                 QStringLiteral("TAM 8 bn CNY by 2030, \"per IDC\";\nsee memo"));
        QCOMPARE(s.entries[QStringLiteral("M1")].confidence, Confidence::Medium);
        QCOMPARE(s.entries[QStringLiteral("M3")].evidence,
                 QStringLiteral("<b>x</b> & <script>alert(1)</script>"));
        QCOMPARE(s.market.tamCny, std::optional<double>(8.0e9));
        QCOMPARE(s.market.payers, std::optional<qint64>(40));
        QCOMPARE(s.cost.learningRate, std::optional<double>(0.82));
        QCOMPARE(s.cost.horizonYears, std::optional<double>(10));
        QCOMPARE(s.updated, QDateTime(QDate(2026, 5, 15), QTime(3, 4, 5), Qt::UTC));

        const Scorecard& partial = doc.projects[0].scorecards[1];
        QVERIFY(!partial.submitted);
        QCOMPARE(partial.templateVersion, 0); // not named: the current template
        QCOMPARE(partial.score(QStringLiteral("C3")), std::optional<int>(0));
        QCOMPARE(partial.cost.unitCost, std::optional<double>(99.5));
        QVERIFY(!partial.cost.price.has_value());

        QCOMPARE(doc.projects[1].project.name, QStringLiteral("<b>x</b>"));
        QCOMPARE(doc.projects[1].project.segmentKey, QStringLiteral("sensors")); // from 傳感器
        const Project& q = doc.projects[2].project;
        QCOMPARE(q.segmentKey, QStringLiteral("quantum-sensing"));
        QVERIFY(q.archived);
        QVERIFY(q.dominantIncumbent);
        QVERIFY(!q.valuationCny.has_value());

        QCOMPARE(doc.meetings.size(), 2);
        const Meeting& m = doc.meetings[0];
        QCOMPARE(m.title, QStringLiteral("2026年第三季度投决会 Q3 investment committee"));
        QCOMPARE(m.date, QDate(2026, 9, 18));
        QCOMPARE(m.status, MeetingStatus::Closed);
        QCOMPARE(m.attendees.size(), 3);
        QCOMPARE(m.agenda.size(), 2);
        QCOMPARE(m.agenda[0].projectId, 11);
        QCOMPARE(m.agenda[0].decision, Decision::Approve);
        QCOMPARE(m.agenda[0].conditions, QStringLiteral("完成客户访谈;\nthen wire"));
        QCOMPARE(m.agenda[0].votes.value(QStringLiteral("王志")), Vote::Yes);
        QCOMPARE(m.agenda[0].votes.value(QStringLiteral("陈思远")), Vote::Abstain);
        QCOMPARE(m.agenda[0].votes.value(QStringLiteral("Li \"Lee\" Na")), Vote::No);
        QCOMPARE(m.agenda[1].position, 1);
        QCOMPARE(doc.meetings[1].status, MeetingStatus::Planned);
        QCOMPARE(doc.meetings[1].agenda[0].decision, Decision::None);
        QCOMPARE(doc.meetings[1].agenda[1].projectId, 11);
    }

    void writeThenReadGivesTheSameDocument()
    {
        const PortfolioDocument original = readOk(richJson());
        const QByteArray written = writePortfolioJson(original);
        const PortfolioDocument back = readOk(written);
        // Writing the document read back gives the same bytes: nothing was lost or changed.
        QCOMPARE(writePortfolioJson(back), written);
        QCOMPARE(back.projects[0].scorecards[0].entries[QStringLiteral("M3")].evidence,
                 QStringLiteral("<b>x</b> & <script>alert(1)</script>"));
        QCOMPARE(back.projects[0].project.description, original.projects[0].project.description);
        QCOMPARE(back.meetings[0].agenda[0].votes, original.meetings[0].agenda[0].votes);
        QCOMPARE(back.projects[0].scorecards[1].market.tamCny, std::optional<double>(0.75));
        QCOMPARE(back.projects[0].project.created, original.projects[0].project.created);
    }

    void writtenAsIndentedUnescapedUtf8WithStableKeys()
    {
        const QByteArray written = writePortfolioJson(readOk(richJson()));
        QVERIFY(written.contains(QStringLiteral("\"name\": \"触联科技 TactiLink\"").toUtf8()));
        QVERIFY(!written.contains("\\u"));
        QVERIFY(written.contains("\n    \"projects\": ["));
        QVERIFY(written.indexOf("\"format\"") < written.indexOf("\"version\""));
        QVERIFY(written.contains("\"valuation_cny\": 600000000\n"));
        QVERIFY(written.contains("\"created\": \"2026-03-02T08:00:00Z\""));
        QCOMPARE(writePortfolioJson(readOk(richJson())), written);
    }

    void projectObjectIsTheFilesOne()
    {
        const PortfolioDocument doc = readOk(richJson());
        const QJsonObject project = projectToJson(doc.projects[0]);
        const QJsonObject inFile = QJsonDocument::fromJson(writePortfolioJson(doc))
                                       .object()[QStringLiteral("projects")]
                                       .toArray()[0]
                                       .toObject();
        QCOMPARE(project, inFile);
        QCOMPARE(project[QStringLiteral("segment")].toString(), QStringLiteral("sensors"));
        QCOMPARE(project[QStringLiteral("scorecards")].toArray().size(), 2);
        QVERIFY(project[QStringLiteral("ask_cny")].isDouble());
        QVERIFY(projectToJson(doc.projects[2])[QStringLiteral("valuation_cny")].isNull());
    }

    void faultsNamedByPath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("fragment");
        const QJsonValue removed = QJsonValue(QJsonValue::Undefined);
        QTest::newRow("unknown criterion")
            << richJsonWith("projects/0/scorecards/0/criteria/M7",
                            QJsonObject{{QStringLiteral("score"), 1}})
            << QStringLiteral("projects[0].scorecards[0].criteria.M7")
            << QStringLiteral("is not a criterion");
        QTest::newRow("score 7") << richJsonWith("projects/0/scorecards/0/criteria/M2/score", 7)
                                 << QStringLiteral("projects[0].scorecards[0].criteria.M2.score")
                                 << QStringLiteral("got 7");
        QTest::newRow("score 2.5") << richJsonWith("projects/0/scorecards/1/criteria/M1/score", 2.5)
                                   << QStringLiteral("projects[0].scorecards[1].criteria.M1.score")
                                   << QStringLiteral("got 2.5");
        QTest::newRow("bad confidence")
            << richJsonWith("projects/0/scorecards/0/criteria/M2/confidence",
                            QStringLiteral("sure"))
            << QStringLiteral("projects[0].scorecards[0].criteria.M2.confidence")
            << QStringLiteral("\"sure\"");
        QTest::newRow("template version 0")
            << richJsonWith("projects/0/scorecards/0/template_version", 0)
            << QStringLiteral("projects[0].scorecards[0].template_version")
            << QStringLiteral("1 or more");
        QTest::newRow("unknown project key")
            << richJsonWith("projects/1/colour", QStringLiteral("red"))
            << QStringLiteral("projects[1].colour") << QStringLiteral("not a known key");
        QTest::newRow("unknown top-level key")
            << richJsonWith("templates", QJsonArray()) << QStringLiteral("templates")
            << QStringLiteral("not a known key");
        QTest::newRow("missing name")
            << richJsonWith("projects/2/name", removed) << QStringLiteral("projects[2].name")
            << QStringLiteral("required");
        QTest::newRow("empty name")
            << richJsonWith("projects/2/name", QStringLiteral(" "))
            << QStringLiteral("projects[2].name") << QStringLiteral("must not be empty");
        QTest::newRow("unknown segment")
            << richJsonWith("projects/1/segment", QStringLiteral("quantum"))
            << QStringLiteral("projects[1].segment") << QStringLiteral("\"quantum\"");
        QTest::newRow("bad stage")
            << richJsonWith("projects/0/stage", QStringLiteral("funded"))
            << QStringLiteral("projects[0].stage") << QStringLiteral("sourcing, screening");
        QTest::newRow("negative money")
            << richJsonWith("projects/0/ask_cny", -1) << QStringLiteral("projects[0].ask_cny")
            << QStringLiteral("must not be negative");
        QTest::newRow("fractional money")
            << richJsonWith("projects/0/ask_cny", 1.5) << QStringLiteral("projects[0].ask_cny")
            << QStringLiteral("whole number");
        QTest::newRow("year as text")
            << richJsonWith("projects/0/fund_end_year", QStringLiteral("2031"))
            << QStringLiteral("projects[0].fund_end_year") << QStringLiteral("whole number");
        QTest::newRow("tag not text")
            << richJsonWith("projects/0/tags/1", 3) << QStringLiteral("projects[0].tags[1]")
            << QStringLiteral("must be a string");
        QTest::newRow("bad time") << richJsonWith("projects/0/created", QStringLiteral("yesterday"))
                                  << QStringLiteral("projects[0].created")
                                  << QStringLiteral("\"yesterday\"");
        QTest::newRow("bad date") << richJsonWith("projects/0/scorecards/0/date",
                                                  QStringLiteral("2026-13-01"))
                                  << QStringLiteral("projects[0].scorecards[0].date")
                                  << QStringLiteral("YYYY-MM-DD");
        QTest::newRow("scorecard without analyst")
            << richJsonWith("projects/0/scorecards/1/analyst", removed)
            << QStringLiteral("projects[0].scorecards[1].analyst") << QStringLiteral("required");
        QTest::newRow("bad learning rate")
            << richJsonWith("projects/0/scorecards/0/cost/learning_rate", 1.5)
            << QStringLiteral("projects[0].scorecards[0].cost.learning_rate")
            << QStringLiteral("at most 1; got 1.5");
        QTest::newRow("unknown cost key")
            << richJsonWith("projects/0/scorecards/0/cost/tariff", 0.1)
            << QStringLiteral("projects[0].scorecards[0].cost.tariff")
            << QStringLiteral("not a known key");
        QTest::newRow("negative TAM") << richJsonWith("projects/0/scorecards/0/market/tam_cny", -5)
                                      << QStringLiteral("projects[0].scorecards[0].market.tam_cny")
                                      << QStringLiteral("must not be negative");
        QTest::newRow("repeated project id")
            << richJsonWith("projects/2/id", 11) << QStringLiteral("projects[2].id")
            << QStringLiteral("projects[0]");
        QTest::newRow("agenda names no project of the file")
            << richJsonWith("meetings/1/agenda/1/project", 99)
            << QStringLiteral("meetings[1].agenda[1].project") << QStringLiteral("99");
        QTest::newRow("agenda item without project")
            << richJsonWith("meetings/0/agenda/0/project", removed)
            << QStringLiteral("meetings[0].agenda[0].project") << QStringLiteral("required");
        QTest::newRow("bad vote") << richJsonWith("meetings/0/agenda/0/votes/王志",
                                                  QStringLiteral("maybe"))
                                  << QStringLiteral("meetings[0].agenda[0].votes.王志")
                                  << QStringLiteral("\"maybe\"");
        QTest::newRow("bad decision")
            << richJsonWith("meetings/0/agenda/0/decision", QStringLiteral("yes"))
            << QStringLiteral("meetings[0].agenda[0].decision") << QStringLiteral("approve");
        QTest::newRow("bad status")
            << richJsonWith("meetings/1/status", QStringLiteral("done"))
            << QStringLiteral("meetings[1].status") << QStringLiteral("planned");
        QTest::newRow("repeated segment")
            << richJsonWith("segments/1/key", QStringLiteral("sensors"))
            << QStringLiteral("segments[1].key") << QStringLiteral("twice");
        QTest::newRow("projects not an array")
            << richJsonWith("projects", QJsonObject()) << QStringLiteral("projects")
            << QStringLiteral("array");
        QTest::newRow("project not an object")
            << richJsonWith("projects/1", QStringLiteral("x")) << QStringLiteral("projects[1]")
            << QStringLiteral("object");
        QTest::newRow("newer version")
            << richJsonWith("version", 2) << QStringLiteral("version") << QStringLiteral("newer");
        QTest::newRow("newer version with new keys")
            << richJsonWith("version", 3).replace("\"meetings\"", "\"agendas\"")
            << QStringLiteral("version") << QStringLiteral("newer");
        QTest::newRow("version 0") << richJsonWith("version", 0) << QStringLiteral("version")
                                   << QStringLiteral("1 or more");
        QTest::newRow("no version") << richJsonWith("version", removed) << QStringLiteral("version")
                                    << QStringLiteral("whole number");
        QTest::newRow("foreign format")
            << richJsonWith("format", QStringLiteral("tollgate-template"))
            << QStringLiteral("format") << QStringLiteral("not a Tollgate portfolio");
        QTest::newRow("malformed") << QByteArray("{\"format\": \"tollgate-portfolio\",")
                                   << QString() << QStringLiteral("not valid JSON");
        QTest::newRow("an array") << QByteArray("[]") << QString()
                                  << QStringLiteral("one JSON object");
    }
    void faultsNamedByPath()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QFETCH(QString, fragment);
        const Result<PortfolioDocument> doc = read(json);
        QVERIFY(!doc.ok());
        QCOMPARE(doc.error().field, field);
        QVERIFY2(doc.error().message.contains(field), qPrintable(doc.error().message));
        QVERIFY2(doc.error().message.contains(fragment), qPrintable(doc.error().message));
    }

    void minimalDocument()
    {
        const PortfolioDocument doc = readOk(
            R"({"format": "tollgate-portfolio", "version": 1,
                "projects": [{"name": "光子算力", "segment": "光計算"}]})");
        QVERIFY(doc.segments.isEmpty());
        QVERIFY(doc.meetings.isEmpty());
        QCOMPARE(doc.projects.size(), 1);
        QCOMPARE(doc.projects[0].project.segmentKey, QStringLiteral("optical-computing"));
        QCOMPARE(doc.projects[0].project.stage, Stage::Sourcing);
        QVERIFY(doc.projects[0].scorecards.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPortfolioJson)
#include "TestPortfolioJson.moc"
