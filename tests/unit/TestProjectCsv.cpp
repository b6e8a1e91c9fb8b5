#include "exchange/Csv.h"
#include "exchange/ProjectCsv.h"
#include "scoring/DefaultTemplate.h"

#include <QStringEncoder>
#include <QTest>

using namespace tollgate;

namespace
{

const QDate kToday(2026, 11, 23);
const QString kImporter = QStringLiteral("导入员");

Result<ProjectCsvImport> read(const QString& text)
{
    return readProjectCsv(text.toUtf8(), TextEncoding::Auto, defaultSegments(), defaultTemplate(),
                          kImporter, kToday);
}

ProjectCsvImport readOk(const QString& text)
{
    Result<ProjectCsvImport> imported = read(text);
    if (!imported)
        qFatal("CSV refused: %s", qPrintable(imported.error().message));
    return *imported;
}

// One data row under a header, for the validation rules.
QString fileWith(const QString& header, const QString& row)
{
    return header + QLatin1Char('\n') + row + QLatin1Char('\n');
}

ProjectBundle richBundle()
{
    ProjectBundle b;
    Project& p = b.project;
    p.id = 41;
    p.name = QStringLiteral("触联科技 TactiLink");
    p.segmentKey = QStringLiteral("sensors");
    p.stage = Stage::Committee;
    p.round = QStringLiteral("B+");
    p.valuationCny = 1234567890123LL;
    p.askCny = 80000000;
    p.city = QStringLiteral("深圳");
    p.foundedYear = 2021;
    p.description = QStringLiteral("Tactile skins, \"qualified\" at two OEMs,\nfor robot hands.");
    p.tags = QStringList{QStringLiteral("触觉"), QStringLiteral("具身智能")};
    p.leadAnalyst = QStringLiteral("陈思远");
    p.exitRoute = QStringLiteral("A+H");
    p.expectedExitYear = 2030;
    p.fundEndYear = 2031;

    Scorecard lead;
    lead.id = 1;
    lead.analyst = p.leadAnalyst;
    lead.date = QDate(2026, 5, 14);
    const QList<int> scores{4, 3, 5, 3, 1, 4, 2, 3, 1, 2, 1, 3};
    const QStringList keys{QStringLiteral("M1"), QStringLiteral("M2"), QStringLiteral("M3"),
                           QStringLiteral("M4"), QStringLiteral("M5"), QStringLiteral("M6"),
                           QStringLiteral("C1"), QStringLiteral("C2"), QStringLiteral("C3"),
                           QStringLiteral("C4"), QStringLiteral("C5"), QStringLiteral("C6")};
    for (int i = 0; i < keys.size(); ++i)
        lead.entries[keys[i]].score = scores[i];
    lead.entries[QStringLiteral("C6")].score.reset(); // one criterion not scored
    lead.market.tamCny = 3.2e9;
    lead.market.samCny = 0.1;
    b.scorecards.append(lead);

    Scorecard other; // another analyst: counts in the aggregate, not in the score cells
    other.id = 2;
    other.analyst = QStringLiteral("王志");
    other.date = QDate(2026, 6, 1);
    for (const QString& key : keys)
        other.entries[key].score = 5;
    b.scorecards.append(other);
    return b;
}

} // namespace

class TestProjectCsv : public QObject
{
    Q_OBJECT

private slots:
    void minimalRow()
    {
        const ProjectCsvImport imported = readOk(QStringLiteral("name,segment\n触联科技,传感器\n"));
        QVERIFY(!imported.hasErrors());
        QCOMPARE(imported.header, (QStringList{QStringLiteral("name"), QStringLiteral("segment")}));
        QCOMPARE(imported.projects.size(), 1);
        QCOMPARE(imported.projectLines, QList<int>{2});
        const Project& p = imported.projects[0].project;
        QCOMPARE(p.name, QStringLiteral("触联科技"));
        QCOMPARE(p.segmentKey, QStringLiteral("sensors"));
        QCOMPARE(p.stage, Stage::Sourcing);
        QVERIFY(!p.valuationCny.has_value());
        QVERIFY(imported.projects[0].scorecards.isEmpty()); // no scores, no scorecard
    }

    void everyColumnRead()
    {
        const ProjectCsvImport imported = readOk(QStringLiteral(
            "id,name,segment,stage,round,valuation_cny,ask_cny,city,founded_year,description,tags,"
            "lead_analyst,exit_route,expected_exit_year,fund_end_year,tam_cny,sam_cny,"
            "M1,M2,M3,M4,M5,M6,C1,C2,C3,C4,C5,C6,verdict,market_score,cost_score\n"
            "99, 光子算力 Photonix ,光計算,Diligence,Pre-A,6E+08,80000000,上海,2022,"
            "\"Optical, \"\"in-memory\"\"\ncompute\",光计算; 数据中心；AI ;,李娜,STAR,2030,2031,"
            "3.2e9,150000000.5,4,3,5,3,1,,2,3,1,2,1,3,pursue,12.5,nonsense\n"));
        QVERIFY2(!imported.hasErrors(), qPrintable(imported.errors().join(QLatin1Char('\n'))));
        const ProjectBundle& b = imported.projects[0];
        const Project& p = b.project;
        QCOMPARE(p.id, 0); // ids are assigned by the database
        QCOMPARE(p.name, QStringLiteral("光子算力 Photonix"));
        QCOMPARE(p.segmentKey, QStringLiteral("optical-computing"));
        QCOMPARE(p.stage, Stage::Diligence);
        QCOMPARE(p.round, QStringLiteral("Pre-A"));
        QCOMPARE(p.valuationCny, std::optional<qint64>(600000000));
        QCOMPARE(p.askCny, std::optional<qint64>(80000000));
        QCOMPARE(p.city, QStringLiteral("上海"));
        QCOMPARE(p.foundedYear, std::optional<int>(2022));
        QCOMPARE(p.description, QStringLiteral("Optical, \"in-memory\"\ncompute"));
        QCOMPARE(p.tags, (QStringList{QStringLiteral("光计算"), QStringLiteral("数据中心"),
                                      QStringLiteral("AI")}));
        QCOMPARE(p.leadAnalyst, QStringLiteral("李娜"));
        QCOMPARE(p.exitRoute, QStringLiteral("STAR"));
        QCOMPARE(p.expectedExitYear, std::optional<int>(2030));
        QCOMPARE(p.fundEndYear, std::optional<int>(2031));

        QCOMPARE(b.scorecards.size(), 1);
        const Scorecard& s = b.scorecards[0];
        QCOMPARE(s.analyst, QStringLiteral("李娜"));
        QCOMPARE(s.date, kToday);
        QCOMPARE(s.templateId, 0);
        QCOMPARE(s.score(QStringLiteral("M1")), std::optional<int>(4));
        QCOMPARE(s.score(QStringLiteral("M6")), std::optional<int>());
        QCOMPARE(s.score(QStringLiteral("C6")), std::optional<int>(3));
        QCOMPARE(s.market.tamCny, std::optional<double>(3.2e9));
        QCOMPARE(s.market.samCny, std::optional<double>(150000000.5));
    }

    void scorecardByImporterWhenNoLead()
    {
        const ProjectCsvImport imported =
            readOk(QStringLiteral("name,segment,M1,tam_cny\nA,sensors,3,\nB,sensors,,5e8\n"));
        QCOMPARE(imported.projects[0].scorecards.size(), 1);
        QCOMPARE(imported.projects[0].scorecards[0].analyst, kImporter);
        QCOMPARE(imported.projects[1].scorecards.size(), 1); // a TAM alone makes a scorecard
        QCOMPARE(imported.projects[1].scorecards[0].market.tamCny, std::optional<double>(5e8));
    }

    void headerInAnyOrderAndCase()
    {
        const ProjectCsvImport imported =
            readOk(QStringLiteral(" Segment ,m3,NAME,error\n封測,2,X,line 9: old complaint\n"));
        QVERIFY(!imported.hasErrors());
        QCOMPARE(imported.projects[0].project.name, QStringLiteral("X"));
        QCOMPARE(imported.projects[0].project.segmentKey, QStringLiteral("packaging-test"));
        QCOMPARE(imported.projects[0].scorecards[0].score(QStringLiteral("M3")),
                 std::optional<int>(2));
    }

    void rowRules_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("row");
        QTest::addColumn<QString>("reason");
        const QString h =
            QStringLiteral("name,segment,stage,founded_year,valuation_cny,M3,tam_cny");
        QTest::newRow("score 7") << h << QStringLiteral("A,sensors,,,,7,")
                                 << QStringLiteral("M3: score must be an integer 0–5, got \"7\"");
        QTest::newRow("score 2.5")
            << h << QStringLiteral("A,sensors,,,,2.5,")
            << QStringLiteral("M3: score must be an integer 0–5, got \"2.5\"");
        QTest::newRow("score x") << h << QStringLiteral("A,sensors,,,,x,")
                                 << QStringLiteral("M3: score must be an integer 0–5, got \"x\"");
        QTest::newRow("score -1") << h << QStringLiteral("A,sensors,,,,-1,")
                                  << QStringLiteral("M3: score must be an integer 0–5, got \"-1\"");
        QTest::newRow("bad stage")
            << h << QStringLiteral("A,sensors,funded,,,,")
            << QStringLiteral("stage must be one of sourcing, screening, diligence, committee, "
                              "invested, passed, exited, got \"funded\"");
        QTest::newRow("unknown segment")
            << h << QStringLiteral("A,quantum,,,,,")
            << QStringLiteral("segment: \"quantum\" is not a known segment key or name");
        QTest::newRow("empty segment")
            << h << QStringLiteral("A,,,,,,") << QStringLiteral("segment is required");
        QTest::newRow("year not a number")
            << h << QStringLiteral("A,sensors,,20x1,,,")
            << QStringLiteral("founded_year must be a year from 1900 to 2200, got \"20x1\"");
        QTest::newRow("year out of range")
            << h << QStringLiteral("A,sensors,,1800,,,")
            << QStringLiteral("founded_year must be a year from 1900 to 2200, got \"1800\"");
        QTest::newRow("negative money")
            << h << QStringLiteral("A,sensors,,,-5,,")
            << QStringLiteral("valuation_cny must not be negative, got \"-5\"");
        QTest::newRow("fractional money")
            << h << QStringLiteral("A,sensors,,,1.5,,")
            << QStringLiteral("valuation_cny must be a whole number of CNY, got \"1.5\"");
        QTest::newRow("money with text")
            << h << QStringLiteral("A,sensors,,,6亿,,")
            << QStringLiteral("valuation_cny must be a whole number of CNY, got \"6亿\"");
        QTest::newRow("negative TAM") << h << QStringLiteral("A,sensors,,,,,-1")
                                      << QStringLiteral("tam_cny must not be negative, got \"-1\"");
        QTest::newRow("TAM not a number")
            << h << QStringLiteral("A,sensors,,,,,big")
            << QStringLiteral("tam_cny must be a number of CNY, got \"big\"");
        QTest::newRow("missing name")
            << h << QStringLiteral(" ,sensors,,,,,") << QStringLiteral("name is required");
        QTest::newRow("too many fields")
            << h << QStringLiteral("A,sensors,,,,,,surplus")
            << QStringLiteral("the row has 8 fields but the header names 7");
        QTest::newRow("value under an unnamed column")
            << QStringLiteral("name,,segment") << QStringLiteral("A,stray,sensors")
            << QStringLiteral("column 2 has no name in the header");
    }
    void rowRules()
    {
        QFETCH(QString, header);
        QFETCH(QString, row);
        QFETCH(QString, reason);
        const ProjectCsvImport imported = readOk(fileWith(header, row));
        QVERIFY(imported.hasErrors());
        QVERIFY(imported.projects.isEmpty());
        QCOMPARE(imported.rejected.size(), 1);
        QCOMPARE(imported.rejected[0].line, 2);
        QCOMPARE(imported.rejected[0].reason, reason);
        QCOMPARE(imported.rejected[0].fields.join(QLatin1Char(',')), row);
        QCOMPARE(imported.errors(), QStringList{QStringLiteral("line 2: ") + reason});
    }

    void shortRowsAndTrailingEmptyCellsAccepted()
    {
        const ProjectCsvImport imported =
            readOk(QStringLiteral("name,segment,city\nA,sensors\nB,sensors,,,\n"));
        QVERIFY2(!imported.hasErrors(), qPrintable(imported.errors().join(QLatin1Char('\n'))));
        QCOMPARE(imported.projects.size(), 2);
    }

    void everyFaultOfARowAndEveryBadRowWithItsLine()
    {
        const ProjectCsvImport imported =
            readOk(QStringLiteral("name,segment,description,M1,C3\n"  // line 1
                                  "Good,sensors,\"two\nlines\",1,2\n" // lines 2-3
                                  ",nowhere,,9,x\n"                   // line 4: three faults
                                  "Fine,材料,,,\n"                    // line 5
                                  "Bad,sensors,\"a\nb\nc\",,5.0\n")); // lines 6-8
        QCOMPARE(imported.projects.size(), 2);
        QCOMPARE(imported.projectLines, (QList<int>{2, 5}));
        QCOMPARE(imported.rejected.size(), 2);
        QCOMPARE(imported.rejected[0].line, 4);
        QCOMPARE(imported.rejected[0].reason,
                 QStringLiteral("name is required; segment: \"nowhere\" is not a known segment "
                                "key or name; M1: score must be an integer 0–5, got \"9\"; C3: "
                                "score must be an integer 0–5, got \"x\""));
        QCOMPARE(imported.rejected[1].line, 6);
        QCOMPARE(imported.errors().size(), 2);
        QVERIFY(imported.errors()[1].startsWith(QStringLiteral("line 6: C3: score")));
    }

    void ignoredColumnsMayHoldAnything()
    {
        const ProjectCsvImport imported = readOk(QStringLiteral(
            "id,name,segment,verdict,market_score,cost_score\nx,A,sensors,maybe,-,?\n"));
        QVERIFY(!imported.hasErrors());
        QVERIFY(imported.projects[0].scorecards.isEmpty());
    }

    void fileLevelFaults_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<int>("line");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("no header row") << 1;
        QTest::newRow("only blank lines")
            << QByteArray("\n\r\n") << QStringLiteral("no header") << 1;
        QTest::newRow("no name column")
            << QByteArray("segment,city\nsensors,x\n") << QStringLiteral("no \"name\" column") << 1;
        QTest::newRow("no segment column")
            << QByteArray("name\nA\n") << QStringLiteral("no \"segment\" column") << 1;
        QTest::newRow("unknown column") << QByteArray("name,segment,colour\nA,sensors,red\n")
                                        << QStringLiteral("unknown column \"colour\"") << 1;
        QTest::newRow("unknown criterion") << QByteArray("name,segment,M7\nA,sensors,1\n")
                                           << QStringLiteral("unknown column \"M7\"") << 1;
        QTest::newRow("repeated column") << QByteArray("name,segment,Name\nA,sensors,B\n")
                                         << QStringLiteral("\"Name\" appears twice") << 1;
        QTest::newRow("unclosed quote") << QByteArray("name,segment\nA,sensors\n\"B,sensors\n")
                                        << QStringLiteral("never closed") << 3;
        QTest::newRow("undecodable") << QByteArray("name,segment\nA,sensors\nB\xFF,sensors\n")
                                     << QStringLiteral("not valid") << 3;
    }
    void fileLevelFaults()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, fragment);
        QFETCH(int, line);
        // Undecodable bytes are only undecodable in a chosen encoding; auto would pick GB18030.
        const Result<ProjectCsvImport> imported = readProjectCsv(
            bytes, TextEncoding::Utf8, defaultSegments(), defaultTemplate(), kImporter, kToday);
        QVERIFY(!imported.ok());
        QVERIFY2(imported.error().message.contains(fragment), qPrintable(imported.error().message));
        QCOMPARE(imported.error().line, line);
    }

    void gb18030FileWithTraditionalSegmentNames()
    {
        QStringEncoder encoder("GB18030");
        const QByteArray bytes = encoder.encode(
            QStringLiteral("name,segment,city\n触联科技,傳感器,深圳\n晶测,封測,無錫\n"));
        const Result<ProjectCsvImport> imported = readProjectCsv(
            bytes, TextEncoding::Auto, defaultSegments(), defaultTemplate(), kImporter, kToday);
        QVERIFY(imported.ok());
        QCOMPARE(imported->projects.size(), 2);
        QCOMPARE(imported->projects[0].project.segmentKey, QStringLiteral("sensors"));
        QCOMPARE(imported->projects[1].project.segmentKey, QStringLiteral("packaging-test"));
        QCOMPARE(imported->projects[1].project.city, QStringLiteral("無錫"));
    }

    void exportColumnsInSpecOrder()
    {
        QCOMPARE(projectCsvHeader().join(QLatin1String(", ")),
                 QStringLiteral("id, name, segment, stage, round, valuation_cny, ask_cny, city, "
                                "founded_year, description, tags, lead_analyst, exit_route, "
                                "expected_exit_year, fund_end_year, tam_cny, sam_cny, M1, M2, M3, "
                                "M4, M5, M6, C1, C2, C3, C4, C5, C6, verdict, market_score, "
                                "cost_score"));
    }

    void exportRowHoldsLeadScoresAndAggregate()
    {
        const ProjectCsvRow row = projectCsvRow(defaultTemplate(), richBundle(), 2026);
        QVERIFY(row.leadScorecard.has_value());
        QCOMPARE(row.leadScorecard->analyst, QStringLiteral("陈思远"));
        // C6 is scored by one of the two analysts: the mean of what was scored is 5.
        // M: (4.5+4+5+4+3+4.5)/30*100 = 83.333…; C: (3.5+4+3+3.5+3+5)/30*100 = 73.333…
        QVERIFY(row.marketScore.has_value() && row.costScore.has_value());
        QCOMPARE(*row.marketScore, 100.0 * 25.0 / 30.0);
        QCOMPARE(*row.costScore, 100.0 * 22.0 / 30.0);
        QCOMPARE(row.verdict, Verdict::Pursue);

        // Scores are written exactly: the shortest text that reads back to the same double.
        const QString text = QString::fromUtf8(writeProjectCsv({row}));
        QVERIFY2(text.contains(QStringLiteral(",4,3,5,3,1,4,2,3,1,2,1,,pursue,")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(",pursue,83.333333333333")), qPrintable(text));
        const QStringList cells = text.trimmed().split(QLatin1Char(','));
        QVERIFY(cells[cells.size() - 2].toDouble() == *row.marketScore); // bit for bit
        QVERIFY(cells.last().toDouble() == *row.costScore);
        QVERIFY(text.contains(QStringLiteral(",1234567890123,80000000,")));
        QVERIFY(text.contains(QStringLiteral(",3200000000,0.1,")));
    }

    void noLeadScorecardWhenTheLeadHasNotScored()
    {
        ProjectBundle b = richBundle();
        b.project.leadAnalyst = QStringLiteral("李娜");
        QVERIFY(!projectCsvRow(defaultTemplate(), b, 2026).leadScorecard.has_value());
        b.project.leadAnalyst.clear();
        QVERIFY(!projectCsvRow(defaultTemplate(), b, 2026).leadScorecard.has_value());
    }

    void exportThenImportGivesTheSameProjects()
    {
        ProjectBundle hostile;
        hostile.project.name = QStringLiteral("=HYPERLINK(\"http://x\",\"<b>x</b>\")");
        hostile.project.segmentKey = QStringLiteral("eda-ip");
        hostile.project.description = QStringLiteral("-50% cost, @home, +1\r\n'quoted'");
        hostile.project.city = QStringLiteral("'=");
        const QList<ProjectBundle> original{richBundle(), hostile};
        QList<ProjectCsvRow> rows;
        for (const ProjectBundle& b : original)
            rows.append(projectCsvRow(defaultTemplate(), b, 2026));

        const Result<ProjectCsvImport> imported =
            readProjectCsv(writeProjectCsv(rows), TextEncoding::Auto, defaultSegments(),
                           defaultTemplate(), kImporter, kToday);
        QVERIFY(imported.ok());
        QVERIFY2(!imported->hasErrors(), qPrintable(imported->errors().join(QLatin1Char('\n'))));
        QCOMPARE(imported->projects.size(), 2);
        for (int i = 0; i < original.size(); ++i) {
            const Project& a = original[i].project;
            const Project& b = imported->projects[i].project;
            QCOMPARE(b.name, a.name);
            QCOMPARE(b.segmentKey, a.segmentKey);
            QCOMPARE(b.stage, a.stage);
            QCOMPARE(b.round, a.round);
            QCOMPARE(b.valuationCny, a.valuationCny);
            QCOMPARE(b.askCny, a.askCny);
            QCOMPARE(b.city, a.city);
            QCOMPARE(b.foundedYear, a.foundedYear);
            QCOMPARE(b.description, a.description);
            QCOMPARE(b.tags, a.tags);
            QCOMPARE(b.leadAnalyst, a.leadAnalyst);
            QCOMPARE(b.exitRoute, a.exitRoute);
            QCOMPARE(b.expectedExitYear, a.expectedExitYear);
            QCOMPARE(b.fundEndYear, a.fundEndYear);
        }
        // The lead's scores and market sizes come back as one scorecard of the lead.
        const Scorecard& lead = original[0].scorecards[0];
        QCOMPARE(imported->projects[0].scorecards.size(), 1);
        const Scorecard& back = imported->projects[0].scorecards[0];
        QCOMPARE(back.analyst, lead.analyst);
        for (const QString& key : lead.entries.keys())
            QCOMPARE(back.score(key), lead.score(key));
        QCOMPARE(back.market.tamCny, lead.market.tamCny);
        QCOMPARE(back.market.samCny, lead.market.samCny);
        QVERIFY(imported->projects[1].scorecards.isEmpty());
    }

    void rejectsFileCarriesTheErrorsAndImportsOnceFixed()
    {
        const ProjectCsvImport imported = readOk(
            QStringLiteral("name,segment,M1\nGood,sensors,1\nBad,sensors,7\nShort,nowhere\n"));
        QCOMPARE(imported.rejected.size(), 2);
        const QByteArray rejects = writeRejectsCsv(imported.header, imported.rejected);
        QVERIFY(rejects.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(QString::fromUtf8(rejects.mid(3)),
                 QStringLiteral("name,segment,M1,error\r\n"
                                "Bad,sensors,7,\"line 3: M1: score must be an integer 0–5, got "
                                "\"\"7\"\"\"\r\n"
                                "Short,nowhere,,\"line 4: segment: \"\"nowhere\"\" is not a "
                                "known segment key or name\"\r\n"));
        // The error column is ignored on import: the same rows fail for the same reasons.
        const Result<ProjectCsvImport> again = readProjectCsv(
            rejects, TextEncoding::Auto, defaultSegments(), defaultTemplate(), kImporter, kToday);
        QVERIFY(again.ok());
        QCOMPARE(again->rejected.size(), 2);
        QCOMPARE(again->rejected[0].reason, imported.rejected[0].reason);
    }

    void rejectsPathBesideTheInput()
    {
        QCOMPARE(rejectsFilePath(QStringLiteral("/data/in/pipeline.csv")),
                 QStringLiteral("/data/in/pipeline.rejects.csv"));
        QCOMPARE(rejectsFilePath(QStringLiteral("pipeline.CSV")),
                 QStringLiteral("pipeline.rejects.csv"));
        QCOMPARE(rejectsFilePath(QStringLiteral("../a.b.csv")),
                 QStringLiteral("../a.b.rejects.csv"));
        QCOMPARE(rejectsFilePath(QStringLiteral("list.txt")),
                 QStringLiteral("list.txt.rejects.csv"));
    }
};

QTEST_GUILESS_MAIN(TestProjectCsv)
#include "TestProjectCsv.moc"
