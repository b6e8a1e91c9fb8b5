// init + sample + list through tollgate-cli: the bundled sample portfolio, list's JSON shape and
// filters (segment by key or by Chinese name in either script, verdict), the aligned table, the
// refusal to mix the sample into a database in use, and seeded synthetic portfolios.
#include "CliChecks.h"

#include <QDateTime>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace tollgate::test;

namespace
{

const QStringList kVerdicts{QStringLiteral("pursue"), QStringLiteral("market-gap"),
                            QStringLiteral("cost-gap"), QStringLiteral("decline"),
                            QStringLiteral("incomplete")};

QSet<QString> valuesOf(const QJsonArray& objects, const char* key)
{
    QSet<QString> values;
    for (const QJsonValue& v : objects)
        values.insert(v.toObject().value(QLatin1String(key)).toVariant().toString());
    return values;
}

// Terminal columns of text, written independently of the program's own rule: the CJK blocks
// and fullwidth forms take two columns, everything else one.
int terminalColumns(const QString& text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
                          (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                          (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}

// The list with the one field that records when it was written removed.
QJsonArray withoutUpdateTimes(const QJsonArray& list)
{
    QJsonArray stripped;
    for (const QJsonValue& v : list) {
        QJsonObject o = v.toObject();
        o.remove(QStringLiteral("updated"));
        stripped.append(o);
    }
    return stripped;
}

} // namespace

class TestCliSample : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_database;
    QJsonArray m_all;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database = m_dir.filePath(QStringLiteral("sample.tollgate"));
        const CliRun init = runCliOn(m_database, {QStringLiteral("init")});
        QVERIFY2(init.exitCode == 0, describeRun(init));
        const CliRun sample = runCliOn(m_database, {QStringLiteral("sample")});
        QVERIFY2(sample.exitCode == 0, describeRun(sample));
        QVERIFY(sample.err.isEmpty());
        m_all = listJson(m_database);
    }

    void listsEveryBundledProject()
    {
        const QJsonArray bundled = bundledSampleFile().value(QStringLiteral("projects")).toArray();
        QVERIFY(bundled.size() >= 35);
        QCOMPARE(m_all.size(), bundled.size());
        QCOMPARE(valuesOf(m_all, "name"), valuesOf(bundled, "name"));
        QCOMPARE(valuesOf(m_all, "segment").size(), 10);
        QCOMPARE(valuesOf(m_all, "verdict"), QSet<QString>(kVerdicts.begin(), kVerdicts.end()));
    }

    void listJsonHasTheSpecShape()
    {
        const QSet<QString> keys{QStringLiteral("id"),           QStringLiteral("name"),
                                 QStringLiteral("segment"),      QStringLiteral("stage"),
                                 QStringLiteral("market_score"), QStringLiteral("cost_score"),
                                 QStringLiteral("composite"),    QStringLiteral("verdict"),
                                 QStringLiteral("red_flags"),    QStringLiteral("lead_analyst"),
                                 QStringLiteral("updated")};
        QSet<qint64> ids;
        for (const QJsonValue& value : m_all) {
            const QJsonObject o = value.toObject();
            const QStringList objectKeys = o.keys();
            QCOMPARE(QSet<QString>(objectKeys.begin(), objectKeys.end()), keys);
            QVERIFY(o.value(QStringLiteral("id")).isDouble());
            ids.insert(o.value(QStringLiteral("id")).toInteger());
            for (const char* score : {"market_score", "cost_score", "composite"}) {
                const QJsonValue s = o.value(QLatin1String(score));
                QVERIFY2(s.isNull() || (s.isDouble() && s.toDouble() >= 0 && s.toDouble() <= 100),
                         score);
            }
            const bool scored = !o.value(QStringLiteral("market_score")).isNull() &&
                                !o.value(QStringLiteral("cost_score")).isNull();
            QCOMPARE(o.value(QStringLiteral("composite")).isNull(), !scored);
            QVERIFY(o.value(QStringLiteral("red_flags")).isArray());
            QStringList flags;
            for (const QJsonValue& f : o.value(QStringLiteral("red_flags")).toArray())
                flags.append(f.toString());
            QStringList sorted = flags;
            sorted.sort();
            QCOMPARE(flags, sorted);
            const QString updated = o.value(QStringLiteral("updated")).toString();
            QVERIFY2(updated.endsWith(QLatin1Char('Z')), qPrintable(updated));
            QVERIFY(QDateTime::fromString(updated, Qt::ISODate).isValid());
        }
        QCOMPARE(ids.size(), m_all.size());
    }

    void segmentFilterTakesKeyOrName_data()
    {
        QTest::addColumn<QString>("segment");
        QTest::newRow("key") << "sensors";
        QTest::newRow("simplified") << "传感器";
        QTest::newRow("traditional") << "傳感器";
        QTest::newRow("English") << "Sensors (image, tactile, MEMS)";
    }

    void segmentFilterTakesKeyOrName()
    {
        QFETCH(QString, segment);
        const QJsonArray sensors = listJson(m_database, {QStringLiteral("--segment"), segment});
        int expected = 0;
        for (const QJsonValue& v : m_all)
            expected += v.toObject().value(QStringLiteral("segment")).toString() ==
                        QLatin1String("sensors");
        QVERIFY(expected > 0);
        QCOMPARE(sensors.size(), expected);
        QCOMPARE(valuesOf(sensors, "segment"), QSet<QString>{QStringLiteral("sensors")});
    }

    void unknownSegmentIsAUserError()
    {
        const CliRun run =
            runCliOn(m_database,
                     {QStringLiteral("list"), QStringLiteral("--segment"), QStringLiteral("水泥")});
        QVERIFY2(isOneLineUserError(run), describeRun(run));
        QVERIFY(QString::fromUtf8(run.err).contains(QStringLiteral("水泥")));
    }

    void verdictFilter()
    {
        qsizetype total = 0;
        for (const QString& verdict : kVerdicts) {
            const QJsonArray some = listJson(m_database, {QStringLiteral("--verdict"), verdict});
            QVERIFY2(!some.isEmpty(), qPrintable(verdict));
            QCOMPARE(valuesOf(some, "verdict"), QSet<QString>{verdict});
            total += some.size();
        }
        QCOMPARE(total, m_all.size());
    }

    void filtersCombine()
    {
        const QJsonArray both =
            listJson(m_database, {QStringLiteral("--segment"), QStringLiteral("sensors"),
                                  QStringLiteral("--verdict"), QStringLiteral("pursue")});
        for (const QJsonValue& v : both) {
            QCOMPARE(v.toObject().value(QStringLiteral("segment")).toString(),
                     QStringLiteral("sensors"));
            QCOMPARE(v.toObject().value(QStringLiteral("verdict")).toString(),
                     QStringLiteral("pursue"));
        }
    }

    // Every column starts at the same terminal column on every line, Chinese names included.
    void tableIsAlignedByDisplayWidth()
    {
        const CliRun run = runCliOn(m_database, {QStringLiteral("list")});
        QVERIFY2(run.exitCode == 0, describeRun(run));
        QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'));
        QCOMPARE(lines.takeLast(), QString()); // ends with a newline
        QCOMPARE(lines.takeLast(), QStringLiteral("Projects: %1").arg(m_all.size()));
        QCOMPARE(lines.size(), m_all.size() + 1);
        const QString header = lines.takeFirst();
        const int segmentColumn =
            terminalColumns(header.left(header.indexOf(QStringLiteral("Segment"))));
        const int verdictColumn =
            terminalColumns(header.left(header.indexOf(QStringLiteral("Verdict"))));
        bool sawChinese = false;
        for (int i = 0; i < lines.size(); ++i) {
            const QString& line = lines.at(i);
            const QJsonObject project = m_all.at(i).toObject();
            sawChinese = sawChinese || terminalColumns(line) > line.size();
            const QString segment = QStringLiteral("  ") +
                                    project.value(QStringLiteral("segment")).toString() +
                                    QStringLiteral("  ");
            const QString verdict = QStringLiteral("  ") +
                                    project.value(QStringLiteral("verdict")).toString() +
                                    QStringLiteral("  ");
            QCOMPARE(terminalColumns(line.left(line.indexOf(segment) + 2)), segmentColumn);
            QCOMPARE(terminalColumns(line.left(line.indexOf(verdict) + 2)), verdictColumn);
        }
        QVERIFY(sawChinese);
    }

    void sampleRefusesADatabaseInUse()
    {
        const CliRun run = runCliOn(m_database, {QStringLiteral("sample")});
        QVERIFY2(isOneLineUserError(run), describeRun(run));
        QCOMPARE(listJson(m_database).size(), m_all.size());
        const CliRun synthetic =
            runCliOn(m_database,
                     {QStringLiteral("sample"), QStringLiteral("--projects"), QStringLiteral("5")});
        QVERIFY2(isOneLineUserError(synthetic), describeRun(synthetic));
        QCOMPARE(listJson(m_database).size(), m_all.size());
    }

    void syntheticPortfolioIsDeterministicForASeed()
    {
        const auto generate = [this](const char* name, const char* seed) {
            const QString file = m_dir.filePath(QLatin1String(name));
            const CliRun run = runCliOn(file, {QStringLiteral("sample"),
                                               QStringLiteral("--projects"), QStringLiteral("500"),
                                               QStringLiteral("--seed"), QLatin1String(seed)});
            if (run.exitCode != 0)
                qWarning("%s", describeRun(run).constData());
            return withoutUpdateTimes(listJson(file));
        };
        const QJsonArray first = generate("seed7-a.tollgate", "7");
        QCOMPARE(first.size(), 500);
        QCOMPARE(generate("seed7-b.tollgate", "7"), first);
        const QJsonArray other = generate("seed8.tollgate", "8");
        QCOMPARE(other.size(), 500);
        QVERIFY(other != first);
        QVERIFY(valuesOf(first, "segment").size() >= 8);
        QVERIFY(valuesOf(first, "verdict").size() >= 4);
    }
};

QTEST_GUILESS_MAIN(TestCliSample)
#include "TestCliSample.moc"
