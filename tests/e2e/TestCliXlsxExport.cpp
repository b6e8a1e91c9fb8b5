// `tollgate-cli export FILE.xlsx`: the workbook is read back by an independent reader (openpyxl)
// and its values are checked against `list --json` and the JSON export of the same database:
// every project with its scores and verdict, every scorecard, the per-segment counts, Chinese
// text intact, header rows frozen and filtered, CNY and score number formats.
#include "CliChecks.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace tollgate::test;

namespace
{

// The workbook as dump-workbook.py prints it, or an empty object when it could not be read.
QJsonObject readWorkbook(const QString& file)
{
    // Debian's interpreter, which python3-openpyxl installs into, even when another python3
    // comes first on the PATH.
    const QString debianPython = QStringLiteral("/usr/bin/python3");
    QProcess python;
    python.start(QFileInfo::exists(debianPython) ? debianPython : QStringLiteral("python3"),
                 {dataPath(QStringLiteral("xlsx/dump-workbook.py")), file});
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        qWarning("openpyxl failed: %s", python.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

// The rows of a sheet below its header as objects keyed by the header's titles.
QList<QJsonObject> rowsOf(const QJsonObject& sheet)
{
    const QJsonArray rows = sheet.value(QStringLiteral("rows")).toArray();
    const QJsonArray header = rows.first().toArray();
    QList<QJsonObject> objects;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        QJsonObject object;
        const QJsonArray row = rows.at(r).toArray();
        for (qsizetype c = 0; c < header.size(); ++c)
            object.insert(header.at(c).toString(), row.at(c));
        objects.append(object);
    }
    return objects;
}

QString formatOf(const QJsonObject& sheet, const QString& title)
{
    const QJsonArray header = sheet.value(QStringLiteral("rows")).toArray().first().toArray();
    for (qsizetype c = 0; c < header.size(); ++c)
        if (header.at(c).toString() == title)
            return sheet.value(QStringLiteral("formats")).toArray().at(c).toString();
    return {};
}

} // namespace

class TestCliXlsxExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_database;
    QJsonObject m_book;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database = makeDatabase(m_dir.filePath(QStringLiteral("sample.tollgate")),
                                  QStringLiteral("sample"));
        const QString file = m_dir.filePath(QStringLiteral("组合 portfolio.xlsx"));
        const CliRun run = runCliOn(m_database, {QStringLiteral("export"), file});
        QVERIFY2(run.exitCode == 0, describeRun(run).constData());
        m_book = readWorkbook(file);
        QVERIFY(!m_book.isEmpty());
    }

    void hasTheThreeSheetsWithFrozenFilteredHeaders()
    {
        QCOMPARE(m_book.value(QStringLiteral("sheets")).toArray(),
                 QJsonArray({QStringLiteral("Projects"), QStringLiteral("Scorecards"),
                             QStringLiteral("Segments")}));
        for (const QString& name : {QStringLiteral("Projects"), QStringLiteral("Scorecards"),
                                    QStringLiteral("Segments")}) {
            const QJsonObject sheet = m_book.value(name).toObject();
            QCOMPARE(sheet.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2"));
            QVERIFY2(
                sheet.value(QStringLiteral("filter")).toString().startsWith(QStringLiteral("A1:")),
                qPrintable(name));
            QVERIFY(sheet.value(QStringLiteral("bold_header")).toBool());
        }
    }

    void projectsMatchTheProjectTable()
    {
        const QList<QJsonObject> rows = rowsOf(m_book.value(QStringLiteral("Projects")).toObject());
        const QJsonArray listed = listJson(m_database);
        QCOMPARE(rows.size(), listed.size());
        QMap<qint64, QJsonObject> byId;
        for (const QJsonObject& row : rows)
            byId.insert(row.value(QStringLiteral("ID")).toInteger(), row);
        bool sawChinese = false;
        for (const QJsonValue& v : listed) {
            const QJsonObject p = v.toObject();
            const QJsonObject row = byId.value(p.value(QStringLiteral("id")).toInteger());
            const QString name = p.value(QStringLiteral("name")).toString();
            QCOMPARE(row.value(QStringLiteral("Name")).toString(), name);
            for (const QChar c : name)
                sawChinese = sawChinese || (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF);
            QCOMPARE(row.value(QStringLiteral("Verdict")).toString(),
                     p.value(QStringLiteral("verdict")).toString());
            QCOMPARE(row.value(QStringLiteral("Lead analyst")).toString(),
                     p.value(QStringLiteral("lead_analyst")).toString());
            for (const auto& [title, key] :
                 {std::pair{QStringLiteral("Market score (M)"), QStringLiteral("market_score")},
                  std::pair{QStringLiteral("Cost score (C)"), QStringLiteral("cost_score")},
                  std::pair{QStringLiteral("Composite"), QStringLiteral("composite")}}) {
                const QJsonValue expected = p.value(key);
                if (expected.isNull())
                    QVERIFY(row.value(title).isNull());
                else
                    QVERIFY2(qAbs(row.value(title).toDouble() - expected.toDouble()) < 1e-9,
                             qPrintable(name + QLatin1Char(' ') + title));
            }
            QCOMPARE(row.value(QStringLiteral("Red flags")).toInt(),
                     p.value(QStringLiteral("red_flags")).toArray().size());
        }
        QVERIFY(sawChinese);
        const QJsonObject sheet = m_book.value(QStringLiteral("Projects")).toObject();
        QVERIFY(formatOf(sheet, QStringLiteral("Valuation (CNY)")).contains(QStringLiteral("¥")));
        QCOMPARE(formatOf(sheet, QStringLiteral("Market score (M)")), QStringLiteral("0.0"));
        QCOMPARE(formatOf(sheet, QStringLiteral("M1")), QStringLiteral("0.00"));
    }

    void everyScorecardIsARow()
    {
        const CliRun exported = runCliOn(
            m_database, {QStringLiteral("export"), m_dir.filePath(QStringLiteral("all.json"))});
        QCOMPARE(exported.exitCode, 0);
        QFile json(m_dir.filePath(QStringLiteral("all.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray projects = QJsonDocument::fromJson(json.readAll())
                                        .object()
                                        .value(QStringLiteral("projects"))
                                        .toArray();
        QMap<QString, int> expected; // "analyst|date|M1" -> count
        int total = 0;
        for (const QJsonValue& p : projects) {
            for (const QJsonValue& s : p.toObject().value(QStringLiteral("scorecards")).toArray()) {
                const QJsonObject card = s.toObject();
                const QJsonValue m1 = card.value(QStringLiteral("criteria"))
                                          .toObject()
                                          .value(QStringLiteral("M1"))
                                          .toObject()
                                          .value(QStringLiteral("score"));
                ++expected[card.value(QStringLiteral("analyst")).toString() + QLatin1Char('|') +
                           card.value(QStringLiteral("date")).toString() + QLatin1Char('|') +
                           (m1.isDouble() ? QString::number(m1.toInt()) : QString())];
                ++total;
            }
        }
        const QList<QJsonObject> rows =
            rowsOf(m_book.value(QStringLiteral("Scorecards")).toObject());
        QCOMPARE(rows.size(), total);
        QVERIFY(total > 0);
        QMap<QString, int> found;
        for (const QJsonObject& row : rows) {
            const QJsonValue m1 = row.value(QStringLiteral("M1"));
            ++found[row.value(QStringLiteral("Analyst")).toString() + QLatin1Char('|') +
                    row.value(QStringLiteral("Date")).toString() + QLatin1Char('|') +
                    (m1.isDouble() ? QString::number(m1.toInt()) : QString())];
        }
        QCOMPARE(found, expected);
    }

    void segmentCountsAddUp()
    {
        const QList<QJsonObject> rows = rowsOf(m_book.value(QStringLiteral("Segments")).toObject());
        QVERIFY(rows.size() >= 10);
        QMap<QString, int> bySegment;
        for (const QJsonValue& v : listJson(m_database))
            ++bySegment[v.toObject().value(QStringLiteral("segment")).toString()];
        int total = 0;
        for (const QJsonObject& row : rows) {
            const QString key = row.value(QStringLiteral("Segment key")).toString();
            const int projects = row.value(QStringLiteral("Projects")).toInt();
            QCOMPARE(projects, bySegment.value(key));
            int verdicts = 0;
            for (const char* verdict :
                 {"incomplete", "pursue", "market-gap", "cost-gap", "decline"})
                verdicts += row.value(QLatin1String(verdict)).toInt();
            QCOMPARE(verdicts, projects);
            total += projects;
        }
        QCOMPARE(total, int(listJson(m_database).size()));
        QCOMPARE(rowsOf(m_book.value(QStringLiteral("Segments")).toObject())
                     .first()
                     .value(QStringLiteral("Segment (Chinese)"))
                     .toString(),
                 QStringLiteral("传感器"));
    }

    void aBadNameIsAUsageError()
    {
        const CliRun run = runCliOn(
            m_database, {QStringLiteral("export"), m_dir.filePath(QStringLiteral("book.xls"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(".xlsx"));
    }
};

QTEST_GUILESS_MAIN(TestCliXlsxExport)
#include "TestCliXlsxExport.moc"
