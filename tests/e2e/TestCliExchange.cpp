// import and export through tollgate-cli: JSON and CSV round trips, a CSV with bad rows (all
// listed by line, nothing imported), --dry-run, --skip-invalid with its rejects file, GB18030
// detected, and the rolling backup taken before an import (SPEC §8).
#include "CliChecks.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QSet>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace tollgate::test;

namespace
{

// Three bad rows starting on lines 3, 6 and 7 of the file; the first holds a quoted field that
// runs over three lines, so lines and rows differ after it. Rows on lines 2 and 8 are good.
const char* const kCsvWithBadRows =
    "name,segment,stage,M1,description\n"
    "良品一号 Good One,sensors,screening,4,plain\n"
    "Bad Score,materials,diligence,7,\"first line\n"
    "second line, with a comma\n"
    "third line\"\n"
    "Bad Segment,cement,sourcing,,x\n"
    "Bad Stage,equipment,someday,3,y\n"
    "\"Good, Two\",eda-ip,committee,,\"quoted \"\"text\"\", with comma\"\n";

const char* const kGoodCsv = "name,segment,stage,lead_analyst,M1,M2\n"
                             "芯测 ChipProbe,equipment,screening,林晓,3,4\n"
                             "光算 LightCompute,光计算,sourcing,,,\n";

QStringList namesOf(const QJsonArray& list)
{
    QStringList names;
    for (const QJsonValue& v : list)
        names.append(v.toObject().value(QStringLiteral("name")).toString());
    names.sort();
    return names;
}

// A JSON value without the keys that depend on when and where it was stored.
QJsonValue withoutStorageKeys(const QJsonValue& value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& v : value.toArray())
            out.append(withoutStorageKeys(v));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out;
    const QJsonObject in = value.toObject();
    for (auto it = in.constBegin(); it != in.constEnd(); ++it) {
        if (it.key() == QLatin1String("id") || it.key() == QLatin1String("created") ||
            it.key() == QLatin1String("updated"))
            continue;
        out.insert(it.key(), withoutStorageKeys(it.value()));
    }
    return out;
}

// list --json by name, without ids and times.
QMap<QString, QJsonValue> listByName(const QString& database)
{
    QMap<QString, QJsonValue> byName;
    for (const QJsonValue& v : listJson(database))
        byName.insert(v.toObject().value(QStringLiteral("name")).toString(), withoutStorageKeys(v));
    return byName;
}

qint64 idOf(const QString& database, const QString& name)
{
    for (const QJsonValue& v : listJson(database))
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject().value(QStringLiteral("id")).toInteger();
    return 0;
}

QJsonObject showJson(const QString& database, qint64 id)
{
    const CliRun run =
        runCliOn(database, {QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
    return run.exitCode == 0 ? jsonOutput(run).object() : QJsonObject();
}

// The scores of the lead analyst's latest scorecard in a show --json object; empty if none.
QJsonObject leadScores(const QJsonObject& shown)
{
    const QString lead = shown.value(QStringLiteral("lead_analyst")).toString();
    QJsonObject latest;
    for (const QJsonValue& v : shown.value(QStringLiteral("scorecards")).toArray()) {
        const QJsonObject s = v.toObject();
        if (s.value(QStringLiteral("analyst")).toString() != lead)
            continue;
        // Scorecards come oldest first, so the last one of the lead's is the latest.
        latest = s.value(QStringLiteral("scores")).toObject();
    }
    return latest;
}

bool hasAnyScore(const QJsonObject& scores)
{
    for (const QJsonValue& v : scores)
        if (!v.isNull())
            return true;
    return false;
}

QSet<int> reportedLines(const QByteArray& err)
{
    QSet<int> lines;
    static const QRegularExpression line(QStringLiteral("line (\\d+)"));
    for (auto it = line.globalMatch(QString::fromUtf8(err)); it.hasNext();)
        lines.insert(it.next().captured(1).toInt());
    return lines;
}

// Every file below a folder, by path relative to it.
QStringList filesBelow(const QString& folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(folder).relativeFilePath(it.next()));
    files.sort();
    return files;
}

} // namespace

class TestCliExchange : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_source; // the bundled sample

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // A new, empty database in its own folder (so backups and rejects can be counted).
    QString freshDatabase(const QString& name)
    {
        QDir(m_dir.path()).mkpath(name);
        return makeDatabase(path(name + QStringLiteral("/db.tollgate")), QStringLiteral("init"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_source = path(QStringLiteral("source.tollgate"));
        const CliRun run = runCliOn(m_source, {QStringLiteral("sample")});
        QVERIFY2(run.exitCode == 0, describeRun(run));
    }

    void jsonExportThenImportGivesTheSamePortfolio()
    {
        const QString file = path(QStringLiteral("portfolio.json"));
        const CliRun exported = runCliOn(m_source, {QStringLiteral("export"), file});
        QVERIFY2(exported.exitCode == 0, describeRun(exported));
        QVERIFY(jsonOutput(CliRun{0, fileBytes(file), {}}).isObject());

        const QString copy = path(QStringLiteral("from-json.tollgate"));
        const CliRun imported = runCliOn(copy, {QStringLiteral("import"), file});
        QVERIFY2(imported.exitCode == 0, describeRun(imported));

        const QMap<QString, QJsonValue> original = listByName(m_source);
        QVERIFY(original.size() >= 35);
        QCOMPARE(listByName(copy), original);

        // A project scored by several analysts keeps every scorecard, so the same aggregate.
        for (const QJsonValue& v : listJson(m_source)) {
            const QString name = v.toObject().value(QStringLiteral("name")).toString();
            const QJsonObject before = showJson(m_source, idOf(m_source, name));
            QSet<QString> analysts;
            for (const QJsonValue& s : before.value(QStringLiteral("scorecards")).toArray())
                analysts.insert(s.toObject().value(QStringLiteral("analyst")).toString());
            if (analysts.size() < 2)
                continue;
            const QJsonObject after = showJson(copy, idOf(copy, name));
            QVERIFY(!after.isEmpty());
            QCOMPARE(withoutStorageKeys(after), withoutStorageKeys(before));
            return;
        }
        QFAIL("the sample has no project scored by two analysts");
    }

    void csvExportThenImportKeepsProjectsAndLeadScores()
    {
        const QString file = path(QStringLiteral("portfolio.csv"));
        const CliRun exported = runCliOn(m_source, {QStringLiteral("export"), file});
        QVERIFY2(exported.exitCode == 0, describeRun(exported));
        const QString copy = path(QStringLiteral("from-csv.tollgate"));
        const CliRun imported = runCliOn(copy, {QStringLiteral("import"), file});
        QVERIFY2(imported.exitCode == 0, describeRun(imported));

        const QJsonArray before = listJson(m_source);
        const QJsonArray after = listJson(copy);
        QCOMPARE(namesOf(after), namesOf(before));
        for (const QJsonValue& v : before) {
            const QJsonObject original = v.toObject();
            const QString name = original.value(QStringLiteral("name")).toString();
            const QJsonObject shownBefore =
                showJson(m_source, original.value(QStringLiteral("id")).toInteger());
            const QJsonObject shownAfter = showJson(copy, idOf(copy, name));
            for (const char* field : {"segment", "stage", "lead_analyst", "round", "city",
                                      "valuation_cny", "ask_cny", "tags", "description"}) {
                QCOMPARE(shownAfter.value(QLatin1String(field)),
                         shownBefore.value(QLatin1String(field)));
            }
            const QJsonObject lead = leadScores(shownBefore);
            const QJsonArray scorecards = shownAfter.value(QStringLiteral("scorecards")).toArray();
            if (!hasAnyScore(lead)) {
                for (const QJsonValue& s : scorecards)
                    QVERIFY(!hasAnyScore(s.toObject().value(QStringLiteral("scores")).toObject()));
                continue;
            }
            QCOMPARE(scorecards.size(), 1);
            QCOMPARE(scorecards.first().toObject().value(QStringLiteral("scores")).toObject(),
                     lead);
        }
    }

    void csvWithBadRowsListsEveryLineAndImportsNothing()
    {
        const QString database = freshDatabase(QStringLiteral("bad-rows"));
        const QString csv = path(QStringLiteral("bad-rows/deals.csv"));
        QVERIFY(writeFile(csv, kCsvWithBadRows));
        const QByteArray before = fileBytes(database);

        const CliRun run = runCliOn(database, {QStringLiteral("import"), csv});
        QVERIFY2(isOneLineUserError(run), describeRun(run));
        QCOMPARE(reportedLines(run.err), (QSet<int>{3, 6, 7}));
        QCOMPARE(fileBytes(database), before);
        QVERIFY(listJson(database).isEmpty());
        QVERIFY(!QFile::exists(path(QStringLiteral("bad-rows/deals.rejects.csv"))));
    }

    void dryRunValidatesAndWritesNothing()
    {
        const QString database = freshDatabase(QStringLiteral("dry-run"));
        const QString csv = path(QStringLiteral("dry-run/good.csv"));
        QVERIFY(writeFile(csv, kGoodCsv));
        const QByteArray before = fileBytes(database);
        const QStringList filesBefore = filesBelow(path(QStringLiteral("dry-run")));

        const CliRun run =
            runCliOn(database, {QStringLiteral("import"), csv, QStringLiteral("--dry-run")});
        QVERIFY2(run.exitCode == 0, describeRun(run));
        QVERIFY2(run.out.contains("2 projects"), run.out);
        QCOMPARE(fileBytes(database), before);
        QCOMPARE(filesBelow(path(QStringLiteral("dry-run"))), filesBefore);

        // Bad rows are found by a dry run too.
        QVERIFY(writeFile(csv, kCsvWithBadRows));
        const CliRun bad =
            runCliOn(database, {QStringLiteral("import"), csv, QStringLiteral("--dry-run")});
        QVERIFY2(isOneLineUserError(bad), describeRun(bad));
        QCOMPARE(reportedLines(bad.err), (QSet<int>{3, 6, 7}));
    }

    void dryRunCreatesNoDatabase()
    {
        const QString csv = path(QStringLiteral("alone.csv"));
        QVERIFY(writeFile(csv, kGoodCsv));
        const QString database = path(QStringLiteral("not-yet.tollgate"));
        const CliRun run =
            runCliOn(database, {QStringLiteral("import"), csv, QStringLiteral("--dry-run")});
        QVERIFY2(run.exitCode == 0, describeRun(run));
        QVERIFY(!QFile::exists(database));
    }

    void skipInvalidImportsGoodRowsAndWritesRejects()
    {
        const QString database = freshDatabase(QStringLiteral("skip"));
        const QString csv = path(QStringLiteral("skip/deals.csv"));
        QVERIFY(writeFile(csv, kCsvWithBadRows));

        const CliRun run =
            runCliOn(database, {QStringLiteral("import"), csv, QStringLiteral("--skip-invalid")});
        QVERIFY2(run.exitCode == 0, describeRun(run));
        QCOMPARE(namesOf(listJson(database)),
                 QStringList({QStringLiteral("Good, Two"), QStringLiteral("良品一号 Good One")}));
        const QString rejects = path(QStringLiteral("skip/deals.rejects.csv"));
        QVERIFY(QFile::exists(rejects));
        const QString text = QString::fromUtf8(fileBytes(rejects));
        QVERIFY(text.contains(QStringLiteral("error")));
        for (const char* name : {"Bad Score", "Bad Segment", "Bad Stage"})
            QVERIFY2(text.contains(QLatin1String(name)), name);
        QVERIFY(!text.contains(QStringLiteral("Good One")));
        QVERIFY(run.out.contains("deals.rejects.csv"));
    }

    void gb18030IsDetected()
    {
        const QString text = QStringLiteral("name,segment,stage\n"
                                            "触联科技 TactiLink,傳感器,diligence\n"
                                            "光刻胶材料 KrF Resist,材料,screening\n");
        QStringEncoder encoder("GB18030");
        QVERIFY(encoder.isValid());
        const QByteArray bytes = encoder.encode(text);
        QVERIFY(bytes != text.toUtf8());
        const QString csv = path(QStringLiteral("excel-export.csv"));
        QVERIFY(writeFile(csv, bytes));

        const QString database = path(QStringLiteral("gb18030.tollgate"));
        const CliRun run = runCliOn(database, {QStringLiteral("import"), csv});
        QVERIFY2(run.exitCode == 0, describeRun(run));
        const QJsonArray list = listJson(database);
        QCOMPARE(namesOf(list), QStringList({QStringLiteral("光刻胶材料 KrF Resist"),
                                             QStringLiteral("触联科技 TactiLink")}));
        QCOMPARE(
            listJson(database, {QStringLiteral("--segment"), QStringLiteral("sensors")}).size(), 1);

        // Told it is UTF-8, the same bytes are refused, naming the line.
        const QString other = path(QStringLiteral("gb18030-as-utf8.tollgate"));
        const CliRun wrong =
            runCliOn(other, {QStringLiteral("import"), csv, QStringLiteral("--encoding"),
                             QStringLiteral("utf-8")});
        QVERIFY2(isOneLineUserError(wrong), describeRun(wrong));
        QVERIFY(wrong.err.toLower().contains("line 2"));
        QVERIFY(!QFile::exists(other)); // a failed import leaves no new database behind
    }

    void importTakesARollingBackupFirst()
    {
        const QString database = freshDatabase(QStringLiteral("backed-up"));
        const QString folder = path(QStringLiteral("backed-up"));
        const QString csv = path(QStringLiteral("good-for-backup.csv"));
        QVERIFY(writeFile(csv, kGoodCsv));
        const QStringList before = filesBelow(folder);
        const CliRun run = runCliOn(database, {QStringLiteral("import"), csv});
        QVERIFY2(run.exitCode == 0, describeRun(run));
        const QStringList after = filesBelow(folder);
        QCOMPARE(after.size(), before.size() + 1);
    }

    // A scored row without a lead analyst is scored by whoever imports it: $TOLLGATE_ANALYST.
    void importingAnalystComesFromTheEnvironment()
    {
        const QString csv = path(QStringLiteral("unsigned.csv"));
        QVERIFY(writeFile(csv, "name,segment,M1,C1\nUnsigned Scores,materials,3,2\n"));
        const QString database = path(QStringLiteral("analyst.tollgate"));
        const CliRun run = runCli({QStringLiteral("--db"), database, QStringLiteral("import"), csv},
                                  {}, {QStringLiteral("TOLLGATE_ANALYST=审核员 Reviewer")});
        QVERIFY2(run.exitCode == 0, describeRun(run));
        const QJsonObject shown =
            showJson(database, idOf(database, QStringLiteral("Unsigned Scores")));
        const QJsonArray scorecards = shown.value(QStringLiteral("scorecards")).toArray();
        QCOMPARE(scorecards.size(), 1);
        QCOMPARE(scorecards.first().toObject().value(QStringLiteral("analyst")).toString(),
                 QStringLiteral("审核员 Reviewer"));
    }

    void missingInputCreatesNothing()
    {
        const QString database = path(QStringLiteral("untouched.tollgate"));
        const CliRun run = runCliOn(
            database, {QStringLiteral("import"), path(QStringLiteral("no-such-file.csv"))});
        QVERIFY2(isOneLineUserError(run), describeRun(run));
        QVERIFY(run.err.contains("no-such-file.csv"));
        QVERIFY(!QFile::exists(database));
    }

    void exportToAnUnwritablePlaceIsAUserError()
    {
        const CliRun run = runCliOn(
            m_source, {QStringLiteral("export"), path(QStringLiteral("no/such/folder/out.json"))});
        QVERIFY2(isOneLineUserError(run), describeRun(run));
    }
};

QTEST_GUILESS_MAIN(TestCliExchange)
#include "TestCliExchange.moc"
