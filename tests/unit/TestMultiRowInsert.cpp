#include "StorageFixtures.h"

#include "core/Clock.h"
#include "scoring/ProjectEvaluation.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tollgate;
using namespace tollgate::test;

// An import writes its rows several to a statement (ProjectRepository::insertRows,
// ScorecardRepository::insertRows), the rows that do not fill a statement one by one. Every row
// must come back as it was given, and a row refused anywhere in a statement must take the whole
// import back with it.
class TestMultiRowInsert : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    // Two statements of 16 rows and five single rows; scorecards out of step with projects, and
    // some with scores and market size only (stored through a narrower statement).
    static constexpr int kProjects = 37;

    QString newFile() { return m_dir.filePath(QStringLiteral("f%1.tollgate").arg(++m_files)); }

    // Project i has i % 3 scorecards (none, one or two), so the scorecard rows fill their
    // statements independently of the project rows.
    static PortfolioDocument unevenDocument()
    {
        PortfolioDocument doc = makeDocument(kProjects);
        for (int i = 0; i < doc.projects.size(); ++i) {
            ProjectBundle& bundle = doc.projects[i];
            bundle.project.askCny = 1000000 + i; // a value of its own in every row
            const Scorecard first = bundle.scorecards.constFirst();
            bundle.scorecards.clear();
            for (int k = 0; k < i % 3; ++k) {
                Scorecard s = first;
                s.analyst = QStringLiteral("分析师 %1").arg(k + 1);
                s.market.payers = i * 10 + k;
                if (i % 2 == 1) { // scores and market size only, as a CSV row gives them
                    s.cost = CostInputs();
                    s.market.cagr.reset();
                    s.market.payers.reset();
                    s.market.tamCny = 1e9 + i;
                }
                bundle.scorecards.append(s);
            }
        }
        return doc;
    }

    // A file holding three projects, and a trigger another program added that refuses one row.
    QString fileRefusing(const QString& trigger)
    {
        const QString file = newFile();
        {
            std::unique_ptr<Portfolio> p = openPortfolio(file);
            if (!p || !p->importDocument(makeDocument(3), analyst()).ok())
                return {};
        }
        const RawResult made = runRaw(file, trigger);
        return made.error.isEmpty() ? file : QString();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void everyRowComesBackAsGiven()
    {
        const QString file = newFile();
        std::unique_ptr<Portfolio> p = openPortfolio(file);
        QVERIFY(p);
        const PortfolioDocument doc = unevenDocument();
        ImportStats stats;
        TG_VERIFY_OK(p->importDocument(doc, analyst(), &stats));
        QCOMPARE(stats.projects, kProjects);
        QCOMPARE(stats.scorecards, kProjects - 1); // 12 × (0 + 1 + 2); project 37 has none

        Result<PortfolioDocument> stored = p->exportDocument();
        TG_VERIFY_OK(stored);
        QCOMPARE(stored->projects.size(), doc.projects.size());
        Result<QList<ProjectSummary>> summaries = p->projectSummaries();
        TG_VERIFY_OK(summaries);
        Result<Template> current = p->currentTemplate();
        TG_VERIFY_OK(current);
        for (int i = 0; i < kProjects; ++i) {
            const ProjectBundle& given = doc.projects.at(i);
            const ProjectBundle& back = stored->projects.at(i);
            QCOMPARE(back.project.name, given.project.name);
            QCOMPARE(back.project.segmentKey, given.project.segmentKey);
            QCOMPARE(back.project.askCny, given.project.askCny);
            QCOMPARE(back.project.tags, given.project.tags);
            QCOMPARE(back.scorecards.size(), given.scorecards.size());
            for (int k = 0; k < given.scorecards.size(); ++k) {
                const Scorecard& card = back.scorecards.at(k);
                QCOMPARE(card.projectId, back.project.id);
                QCOMPARE(card.analyst, given.scorecards.at(k).analyst);
                QCOMPARE(card.market.payers, given.scorecards.at(k).market.payers);
                QCOMPARE(card.market.cagr, given.scorecards.at(k).market.cagr);
                QCOMPARE(card.market.tamCny, given.scorecards.at(k).market.tamCny);
                QCOMPARE(card.cost.learningRate, given.scorecards.at(k).cost.learningRate);
                QCOMPARE(card.date, given.scorecards.at(k).date);
                QCOMPARE(card.entries.size(), given.scorecards.at(k).entries.size());
                QCOMPARE(card.entries.value(QStringLiteral("M3")).evidence,
                         given.scorecards.at(k).entries.value(QStringLiteral("M3")).evidence);
            }
            // The cached evaluation went into the right row.
            const auto summary =
                std::find_if(summaries->cbegin(), summaries->cend(),
                             [&](const ProjectSummary& s) { return s.id == back.project.id; });
            QVERIFY(summary != summaries->cend());
            const Evaluation expected =
                evaluateProject(*current, back.project, back.scorecards, Clock::currentYear())
                    .evaluation;
            QCOMPARE(summary->composite, expected.composite);
            QCOMPARE(summary->verdict, expected.verdict);
        }
        Result<QStringList> problems = p->integrityCheck();
        TG_VERIFY_OK(problems);
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
    }

    void aRefusedRowTakesTheWholeImportBack_data()
    {
        QTest::addColumn<QString>("trigger");
        const QString refuseProject =
            QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON projects WHEN NEW.name = "
                           "'项目 %1 Project' BEGIN SELECT RAISE(ABORT, 'refused'); END");
        QTest::newRow("last row of the first statement") << refuseProject.arg(16);
        QTest::newRow("first row of the second statement") << refuseProject.arg(17);
        QTest::newRow("last row of the last statement") << refuseProject.arg(32);
        QTest::newRow("a row stored alone") << refuseProject.arg(kProjects);
        // Scorecard payers are i * 10 + k: project 21 (i = 20) has two scorecards.
        QTest::newRow("a scorecard late in a statement")
            << QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON scorecards WHEN "
                              "NEW.payers = 201 BEGIN SELECT RAISE(ABORT, 'refused'); END");
        // Project 36 (i = 35) has two scorecards with scores and market size only.
        QTest::newRow("a scorecard with scores and size only")
            << QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON scorecards WHEN "
                              "NEW.tam_cny = 1000000035 BEGIN SELECT RAISE(ABORT, 'refused'); "
                              "END");
    }

    void aRefusedRowTakesTheWholeImportBack()
    {
        QFETCH(QString, trigger);
        const QString file = fileRefusing(trigger);
        QVERIFY(!file.isEmpty());
        const QByteArray before = fileBytes(file);
        {
            std::unique_ptr<Portfolio> p = openPortfolio(file);
            QVERIFY(p);
            const Status s = p->importDocument(unevenDocument(), analyst());
            QVERIFY(!s.ok());
            QVERIFY2(s.error().message.contains(QLatin1String("refused")),
                     qPrintable(s.error().message));
            QCOMPARE(p->projectSummaries()->size(), 3);
        }
        QCOMPARE(fileBytes(file), before);
    }
};

QTEST_GUILESS_MAIN(TestMultiRowInsert)
#include "TestMultiRowInsert.moc"
