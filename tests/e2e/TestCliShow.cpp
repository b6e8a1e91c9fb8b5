// show through tollgate-cli: the JSON of a project scored by several analysts (its fields, every
// scorecard with analyst, date and scores, the evaluation agreeing with list), the text view,
// and a missing ID.
#include "CliChecks.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace tollgate::test;

namespace
{

// The bundled project scored by the most analysts.
QJsonObject mostScoredBundledProject()
{
    QJsonObject best;
    qsizetype bestAnalysts = 0;
    for (const QJsonValue& v : bundledSampleFile().value(QStringLiteral("projects")).toArray()) {
        QSet<QString> analysts;
        for (const QJsonValue& s : v.toObject().value(QStringLiteral("scorecards")).toArray())
            analysts.insert(s.toObject().value(QStringLiteral("analyst")).toString());
        if (analysts.size() > bestAnalysts) {
            bestAnalysts = analysts.size();
            best = v.toObject();
        }
    }
    return best;
}

QJsonObject byName(const QJsonArray& list, const QString& name)
{
    for (const QJsonValue& v : list)
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    return {};
}

} // namespace

class TestCliShow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_database;
    QJsonArray m_all;
    QJsonObject m_bundled;   // the multi-analyst project as the sample file has it
    QJsonObject m_listEntry; // and as list --json shows it

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database = m_dir.filePath(QStringLiteral("show.tollgate"));
        const CliRun sample = runCliOn(m_database, {QStringLiteral("sample")});
        QVERIFY2(sample.exitCode == 0, describeRun(sample));
        m_all = listJson(m_database);
        m_bundled = mostScoredBundledProject();
        m_listEntry = byName(m_all, m_bundled.value(QStringLiteral("name")).toString());
        QVERIFY(!m_listEntry.isEmpty());
    }

    void jsonOfAProjectScoredBySeveralAnalysts()
    {
        const QString id = QString::number(m_listEntry.value(QStringLiteral("id")).toInteger());
        const CliRun run =
            runCliOn(m_database, {QStringLiteral("show"), id, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, describeRun(run));
        const QJsonObject shown = jsonOutput(run).object();

        for (const char* field : {"name", "segment", "stage", "lead_analyst"})
            QCOMPARE(shown.value(QLatin1String(field)), m_bundled.value(QLatin1String(field)));
        QCOMPARE(shown.value(QStringLiteral("id")).toInteger(),
                 m_listEntry.value(QStringLiteral("id")).toInteger());

        const QJsonArray scorecards = shown.value(QStringLiteral("scorecards")).toArray();
        const QJsonArray bundledScorecards =
            m_bundled.value(QStringLiteral("scorecards")).toArray();
        QCOMPARE(scorecards.size(), bundledScorecards.size());
        QSet<QString> analysts;
        for (const QJsonValue& v : scorecards) {
            const QJsonObject s = v.toObject();
            analysts.insert(s.value(QStringLiteral("analyst")).toString());
            QVERIFY(QDate::fromString(s.value(QStringLiteral("date")).toString(), Qt::ISODate)
                        .isValid());
            const QJsonObject scores = s.value(QStringLiteral("scores")).toObject();
            QCOMPARE(scores.keys().size(), criterionKeys().size());
            for (const QString& key : criterionKeys()) {
                const QJsonValue score = scores.value(key);
                QVERIFY2(score.isNull() ||
                             (score.isDouble() && score.toInt(-1) >= 0 && score.toInt(-1) <= 5),
                         qPrintable(key));
            }
            // The scores agree with the scorecard's own criteria entries.
            const QJsonObject criteria = s.value(QStringLiteral("criteria")).toObject();
            for (auto it = criteria.constBegin(); it != criteria.constEnd(); ++it)
                QCOMPARE(scores.value(it.key()),
                         it.value().toObject().value(QStringLiteral("score")));
        }
        QVERIFY(analysts.size() >= 2);

        // The evaluation is the one list shows: the aggregate of each analyst's latest scorecard.
        const QJsonObject evaluation = shown.value(QStringLiteral("evaluation")).toObject();
        for (const char* key : {"market_score", "cost_score", "composite", "verdict", "red_flags"})
            QCOMPARE(evaluation.value(QLatin1String(key)), m_listEntry.value(QLatin1String(key)));
        QVERIFY(evaluation.contains(QStringLiteral("knockouts")));
        const QJsonObject aggregate = shown.value(QStringLiteral("aggregate")).toObject();
        QCOMPARE(aggregate.value(QStringLiteral("analysts")).toArray().size(), analysts.size());
        QCOMPARE(aggregate.value(QStringLiteral("criteria")).toObject().size(),
                 criterionKeys().size());
    }

    void textNamesTheProjectAndItsScores()
    {
        const QString id = QString::number(m_listEntry.value(QStringLiteral("id")).toInteger());
        const CliRun run = runCliOn(m_database, {QStringLiteral("show"), id});
        QVERIFY2(run.exitCode == 0, describeRun(run));
        const QString text = QString::fromUtf8(run.out);
        QVERIFY(text.startsWith(m_bundled.value(QStringLiteral("name")).toString()));
        QVERIFY(text.contains(m_listEntry.value(QStringLiteral("verdict")).toString()));
        QVERIFY(text.contains(QStringLiteral("spread")));
        for (const QString& key : criterionKeys())
            QVERIFY2(text.contains(key), qPrintable(key));
    }

    void missingProjectIsAUserError()
    {
        const CliRun run = runCliOn(m_database, {QStringLiteral("show"), QStringLiteral("987654")});
        QVERIFY2(isOneLineUserError(run), describeRun(run));
        QVERIFY(run.err.contains("987654"));
    }
};

QTEST_GUILESS_MAIN(TestCliShow)
#include "TestCliShow.moc"
