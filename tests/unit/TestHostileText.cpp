#include "StorageFixtures.h"

#include "exchange/PortfolioJson.h"
#include "exchange/ProjectCsv.h"
#include "scoring/DefaultTemplate.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tollgate;
using namespace tollgate::test;

// Hostile text in every text field (SPEC §9): very long text, control characters, NUL,
// right-to-left text, emoji, quotes and SQL. Each is stored and read back exactly, through the
// database, the CSV and the JSON formats; none of it acts as SQL (filters with it match
// nothing, the tables stay whole), which is what bound parameters guarantee.
class TestHostileText : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Portfolio> m_portfolio;

    static QList<QPair<const char*, QString>> hostileTexts()
    {
        QString withNul = QStringLiteral("before");
        withNul += QChar(0);
        withNul += QStringLiteral("after");
        QString controls;
        for (char16_t c = 1; c < 32; ++c)
            controls += QChar(c);
        controls += QChar(0x7f);
        return {
            {"sql quote", QStringLiteral("x'); DROP TABLE projects; --")},
            {"sql or", QStringLiteral("' OR '1'='1")},
            {"placeholders", QStringLiteral("? :p0 :p1 @a $1 %_ \\")},
            {"nul", withNul},
            {"controls", controls},
            {"rtl", QStringLiteral("شركة الرقائق \u202Eabc\u202C עברית")},
            {"emoji", QStringLiteral("芯片 🚀👩‍🔬🇨🇳 \U0001F9E0")},
            {"html", QStringLiteral("<b>x</b><script>alert(1)</script>&amp;")},
            {"formula", QStringLiteral("=HYPERLINK(\"http://x\")")},
            {"quotes and lines", QStringLiteral("a \"quoted\", comma\r\nnew line\rcr")},
            {"long", QString(200000, QChar(u'长')) + QStringLiteral("end")},
        };
    }

    // A project whose every free-text field holds `text` (the name stays unique).
    static Project hostileProject(const QString& text, int n)
    {
        Project p = makeProject(QStringLiteral("%1 #%2").arg(text).arg(n));
        p.round = text;
        p.city = text;
        p.description = text;
        p.exitRoute = text;
        p.leadAnalyst = text;
        p.tags = QStringList{QStringLiteral("t ") +
                             text.left(50).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'))};
        return p;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_portfolio = openPortfolio(m_dir.filePath(QStringLiteral("hostile.tollgate")));
        QVERIFY(m_portfolio);
    }

    void storedAndReadBackExactly_data()
    {
        QTest::addColumn<QString>("text");
        for (const auto& [name, text] : hostileTexts())
            QTest::newRow(name) << text;
    }

    void storedAndReadBackExactly()
    {
        QFETCH(QString, text);
        static int n = 0;
        const Project p = hostileProject(text, ++n);
        Result<qint64> id = m_portfolio->createProject(p, text); // the analyst name too
        TG_VERIFY_OK(id);
        Scorecard s = makeScorecard(*id, text, QDate(2026, 5, 1), uniformScores(3));
        s.entries[QStringLiteral("M3")].evidence = text;
        Result<qint64> card = m_portfolio->addScorecard(s, text);
        TG_VERIFY_OK(card);

        const Project back = *m_portfolio->project(*id);
        QCOMPARE(back.name, p.name);
        QCOMPARE(back.round, text);
        QCOMPARE(back.city, text);
        QCOMPARE(back.description, text);
        QCOMPARE(back.exitRoute, text);
        QCOMPARE(back.leadAnalyst, text);
        QCOMPARE(back.tags, p.tags);
        const Scorecard cardBack = *m_portfolio->scorecard(*card);
        QCOMPARE(cardBack.analyst, text);
        QCOMPARE(cardBack.entries.value(QStringLiteral("M3")).evidence, text);
        const QList<AuditEntry> history = *m_portfolio->history(*id);
        QVERIFY(!history.isEmpty());
        QCOMPARE(history.first().analyst, text);
        // The text acted as nothing but text: the tables are whole.
        QVERIFY(m_portfolio->integrityCheck()->isEmpty());
        QCOMPARE(m_portfolio->segments()->size(), 10);
    }

    void hostileFiltersMatchNothing()
    {
        for (const auto& [name, text] : hostileTexts()) {
            ProjectFilter filter;
            filter.analyst = QStringLiteral("' OR 1=1 --");
            QVERIFY2(m_portfolio->projectSummaries(filter)->isEmpty(), name);
            filter.analyst.clear();
            filter.segmentKey = QStringLiteral("sensors' OR '1'='1");
            QVERIFY2(m_portfolio->projectSummaries(filter)->isEmpty(), name);
        }
        // An exact hostile analyst name finds exactly that analyst's projects.
        ProjectFilter exact;
        exact.analyst = QStringLiteral("' OR '1'='1");
        QCOMPARE(m_portfolio->projectSummaries(exact)->size(), 1);
    }

    void survivesTheJsonRoundTrip()
    {
        Result<PortfolioDocument> doc = m_portfolio->exportDocument();
        TG_VERIFY_OK(doc);
        QVERIFY(doc->projects.size() >= hostileTexts().size());
        Result<PortfolioDocument> back =
            readPortfolioJson(writePortfolioJson(*doc), defaultSegments(), defaultTemplate());
        TG_VERIFY_OK(back);
        QCOMPARE(back->projects.size(), doc->projects.size());
        for (qsizetype i = 0; i < doc->projects.size(); ++i) {
            const Project& a = doc->projects.at(i).project;
            const Project& b = back->projects.at(i).project;
            QCOMPARE(b.name, a.name);
            QCOMPARE(b.description, a.description);
            QCOMPARE(b.city, a.city);
            QCOMPARE(b.tags, a.tags);
            QCOMPARE(back->projects.at(i)
                         .scorecards.first()
                         .entries.value(QStringLiteral("M3"))
                         .evidence,
                     doc->projects.at(i)
                         .scorecards.first()
                         .entries.value(QStringLiteral("M3"))
                         .evidence);
        }
        // And into a second database.
        std::unique_ptr<Portfolio> other =
            openPortfolio(m_dir.filePath(QStringLiteral("j.tollgate")));
        TG_VERIFY_OK(other->importDocument(*back, analyst()));
        QCOMPARE(other->projectSummaries()->size(), doc->projects.size());
    }

    void survivesTheCsvRoundTrip()
    {
        Result<PortfolioDocument> doc = m_portfolio->exportDocument();
        TG_VERIFY_OK(doc);
        QList<ProjectCsvRow> rows;
        for (const ProjectBundle& b : std::as_const(doc->projects))
            rows << projectCsvRow(defaultTemplate(), b, 2026);
        Result<ProjectCsvImport> back =
            readProjectCsv(writeProjectCsv(rows), TextEncoding::Auto, defaultSegments(),
                           defaultTemplate(), analyst(), QDate(2026, 6, 1));
        TG_VERIFY_OK(back);
        QVERIFY2(!back->hasErrors(), qPrintable(back->errors().join(QLatin1Char('\n'))));
        QCOMPARE(back->projects.size(), doc->projects.size());
        for (qsizetype i = 0; i < doc->projects.size(); ++i) {
            const Project& a = doc->projects.at(i).project;
            const Project& b = back->projects.at(i).project;
            QCOMPARE(b.name, a.name);
            QCOMPARE(b.description, a.description);
            QCOMPARE(b.round, a.round);
            QCOMPARE(b.city, a.city);
            QCOMPARE(b.leadAnalyst, a.leadAnalyst);
        }
    }

    void emptyAndBlankNamesAreRefusedNamingTheField()
    {
        for (const QString& name : {QString(), QStringLiteral("   "), QStringLiteral("\t\n")}) {
            Project p = makeProject(name);
            Result<qint64> id = m_portfolio->createProject(p, analyst());
            QVERIFY(!id);
            QCOMPARE(id.error().field, QStringLiteral("name"));
        }
    }
};

QTEST_GUILESS_MAIN(TestHostileText)
#include "TestHostileText.moc"
