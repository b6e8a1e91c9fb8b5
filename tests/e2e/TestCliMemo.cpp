// memo through tollgate-cli (SPEC §7, §8): PDF and HTML memos of the sample portfolio read back
// with pdftotext, pdfinfo and pdffonts — every section, every criterion key, the verdict and the
// scores, fonts embedded — in English and Chinese; a project with a hostile name printed
// exactly as typed; an incomplete project; one with red flags and a knock-out; errors and usage.
#include "CliChecks.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace tollgate::test;

namespace
{

const QString kHostile = QStringLiteral("<script>x</script> & <b>y</b>");

// The output of a poppler tool on a file; empty when it failed.
QString poppler(const QString& tool, const QStringList& arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString& pdf)
{
    return poppler(QStringLiteral("pdftotext"),
                   {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
}

int pdfPages(const QString& pdf)
{
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                                          .match(poppler(QStringLiteral("pdfinfo"), {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

// pdffonts' table: one line per font, "emb" the fifth column from the right ("yes"/"no").
QStringList fontLines(const QString& pdf)
{
    QStringList lines =
        poppler(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.mid(2); // the header and its rule
}

bool allFontsEmbedded(const QStringList& lines)
{
    for (const QString& line : lines) {
        const QStringList columns = line.simplified().split(QLatin1Char(' '));
        if (columns.size() < 5 || columns.at(columns.size() - 5) != QLatin1String("yes"))
            return false;
    }
    return !lines.isEmpty();
}

QString oneDecimal(const QJsonValue& v)
{
    return QString::number(v.toDouble(), 'f', 1);
}

QJsonObject byName(const QJsonArray& list, const QString& name)
{
    for (const QJsonValue& v : list)
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    return {};
}

QString idOf(const QJsonObject& project)
{
    return QString::number(project.value(QStringLiteral("id")).toInteger());
}

} // namespace

class TestCliMemo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_database;
    QJsonArray m_all;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    CliRun memo(const QString& id, const QString& out, const QStringList& environment = {},
                const QStringList& extra = {}) const
    {
        return runCli(QStringList{QStringLiteral("--db"), m_database, QStringLiteral("memo"), id,
                                  QStringLiteral("--out"), out} +
                          extra,
                      {}, environment);
    }

    QJsonObject m_scored;

    // A sample project with both scores and a cost model: the memo with every figure.
    QJsonObject scoredProject() const { return m_scored; }

    QJsonObject findScoredProject() const
    {
        for (const QJsonValue& v : m_all) {
            const QJsonObject p = v.toObject();
            if (p.value(QStringLiteral("verdict")).toString() == QLatin1String("incomplete") ||
                p.value(QStringLiteral("name")).toString().contains(QLatin1Char('<')))
                continue;
            const CliRun show =
                runCliOn(m_database, {QStringLiteral("show"), idOf(p), QStringLiteral("--json")});
            const QJsonObject evaluation =
                jsonOutput(show).object().value(QStringLiteral("evaluation")).toObject();
            if (evaluation.value(QStringLiteral("years_to_profitable_cost")).isDouble())
                return p;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database = makeDatabase(path(QStringLiteral("memo.tollgate")), QStringLiteral("sample"));
        // Three more projects: a hostile name, an incomplete one, one with red flags and a
        // knock-out (M2 = 0, M5 = 1, C5 = 0, exit after the fund ends).
        const QByteArray csv =
            "name,segment,lead_analyst,exit_route,expected_exit_year,fund_end_year,tam_cny,"
            "M1,M2,M3,M4,M5,M6,C1,C2,C3,C4,C5,C6\n"
            "\"<script>x</script> & <b>y</b>\",sensors,Ana,STAR,2029,2031,3200000000,"
            "4,4,4,4,4,4,4,4,4,4,4,4\n"
            "Half Scored Optics,optical-computing,Ana,,,,,3,3,,,,,2,,,,,\n"
            "Flagged Materials,materials,Ana,HKEX,2034,2031,,3,0,3,3,1,3,3,3,3,3,0,3\n";
        QVERIFY(writeFile(path(QStringLiteral("extra.csv")), csv));
        const CliRun imported =
            runCliOn(m_database, {QStringLiteral("import"), path(QStringLiteral("extra.csv"))});
        QVERIFY2(imported.exitCode == 0, describeRun(imported).constData());
        m_all = listJson(m_database);
        QVERIFY(m_all.size() > 10);
        m_scored = findScoredProject();
        QVERIFY(!m_scored.isEmpty());
    }

    void englishPdfHasEverySection()
    {
        const QJsonObject project = scoredProject();
        QVERIFY(!project.isEmpty());
        const QString pdf = path(QStringLiteral("memo-en.pdf"));
        const CliRun run =
            memo(idOf(project), pdf, {QStringLiteral("LANG=en_US.UTF-8")},
                 {QStringLiteral("--fund"), QStringLiteral("Northbridge Chip Fund")});
        QVERIFY2(run.exitCode == 0, describeRun(run).constData());
        QVERIFY(run.err.isEmpty());

        const int pages = pdfPages(pdf);
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
        const QString text = pdfText(pdf);
        QVERIFY(!text.isEmpty());
        const QString plain = text.simplified();
        for (const char* expected :
             {"Northbridge Chip Fund", "Confidential", "Investment memo", "1. Recommendation",
              "2. Project overview", "3. Question 1", "4. Question 2", "Cost model",
              "5. Screening matrix", "6. Red flags and knock-outs", "7. Analysts' agreement",
              "8. Exit considerations", "9. Decision history", "Market inputs"})
            QVERIFY2(plain.contains(QLatin1String(expected)), expected);
        QVERIFY(plain.contains(project.value(QStringLiteral("name")).toString().simplified()));
        for (const QString& key : criterionKeys())
            QVERIFY2(text.contains(key), qPrintable(key));
        // The verdict and the numbers as list computes them.
        QVERIFY(plain.contains(QStringLiteral("M ") +
                               oneDecimal(project.value(QStringLiteral("market_score")))));
        QVERIFY(plain.contains(oneDecimal(project.value(QStringLiteral("cost_score")))));
        QVERIFY(plain.contains(oneDecimal(project.value(QStringLiteral("composite")))));
        const QString verdict = project.value(QStringLiteral("verdict")).toString();
        const QHash<QString, QString> verdictNames{
            {QStringLiteral("pursue"), QStringLiteral("Pursue")},
            {QStringLiteral("market-gap"), QStringLiteral("Market gap")},
            {QStringLiteral("cost-gap"), QStringLiteral("Cost gap")},
            {QStringLiteral("decline"), QStringLiteral("Decline")}};
        QVERIFY2(plain.contains(verdictNames.value(verdict)), qPrintable(verdict));
        // Every page's footer: "n / N" (pdftotext may drop the spaces around the slash).
        const QString compact = QString(plain).remove(QLatin1Char(' '));
        for (int page = 1; page <= pages; ++page)
            QVERIFY2(compact.contains(QStringLiteral("%1/%2").arg(page).arg(pages)),
                     qPrintable(QString::number(page)));
        QVERIFY(allFontsEmbedded(fontLines(pdf)));
    }

    void htmlIsSelfContained()
    {
        const QString html = path(QStringLiteral("memo-en.html"));
        const CliRun run = memo(idOf(scoredProject()), html);
        QVERIFY2(run.exitCode == 0, describeRun(run).constData());
        const QString page = QString::fromUtf8(fileBytes(html));
        QVERIFY(page.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(page.contains(QStringLiteral("<meta charset=\"utf-8\"/>")));
        QVERIFY(page.contains(QStringLiteral("<style>")));
        // Both charts inline; no file or network references.
        QCOMPARE(page.count(QStringLiteral("src=\"data:image/png;base64,")), 2);
        QVERIFY(!page.contains(QStringLiteral("src=\"http")));
        QVERIFY(!page.contains(QStringLiteral("memo-figure:")));
        for (const char* section :
             {"1. Recommendation", "5. Screening matrix", "9. Decision history"})
            QVERIFY2(page.contains(QLatin1String(section)), section);
        for (const QString& key : criterionKeys())
            QVERIFY(page.contains(QStringLiteral("<b>%1</b>").arg(key)));
    }

    void chinesePdfRendersAndExtracts()
    {
        const QJsonObject project = scoredProject();
        const QString pdf = path(QStringLiteral("memo-zh.pdf"));
        const CliRun run =
            memo(idOf(project), pdf,
                 {QStringLiteral("LANG=zh_CN.UTF-8"), QStringLiteral("LC_ALL=zh_CN.UTF-8")});
        QVERIFY2(run.exitCode == 0, describeRun(run).constData());
        const QString text = pdfText(pdf).simplified();
        // The memo's own words translated, and the core's own Chinese: criterion names, the
        // segment list, the verdict names.
        QVERIFY2(text.contains(QStringLiteral("投资备忘录")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("机密")));
        QVERIFY2(text.contains(QStringLiteral("能解")), qPrintable(text.left(400)));
        const QHash<QString, QString> verdictNames{
            {QStringLiteral("pursue"), QStringLiteral("推进")},
            {QStringLiteral("market-gap"), QStringLiteral("市场不足")},
            {QStringLiteral("cost-gap"), QStringLiteral("成本不足")},
            {QStringLiteral("decline"), QStringLiteral("否决")}};
        QVERIFY(
            text.contains(verdictNames.value(project.value(QStringLiteral("verdict")).toString())));
        const QString name = project.value(QStringLiteral("name")).toString();
        QVERIFY2(text.contains(name.simplified()), qPrintable(name));
        for (const QString& key : criterionKeys())
            QVERIFY(text.contains(key));
        const QStringList fonts = fontLines(pdf);
        QVERIFY(allFontsEmbedded(fonts));
        QVERIFY2(fonts.join(QLatin1Char('\n')).contains(QStringLiteral("WenQuanYi")),
                 qPrintable(fonts.join(QLatin1Char('\n'))));
    }

    void hostileNamePrintsAsTyped()
    {
        const QString id = idOf(byName(m_all, kHostile));
        QVERIFY(id != QLatin1String("0"));
        const QString pdf = path(QStringLiteral("hostile.pdf"));
        const CliRun pdfRun = memo(id, pdf);
        QVERIFY2(pdfRun.exitCode == 0, describeRun(pdfRun).constData());
        QVERIFY2(pdfText(pdf).contains(kHostile), qPrintable(pdfText(pdf).left(600)));

        const QString html = path(QStringLiteral("hostile.html"));
        const CliRun htmlRun = memo(id, html);
        QVERIFY2(htmlRun.exitCode == 0, describeRun(htmlRun).constData());
        const QString page = QString::fromUtf8(fileBytes(html));
        QVERIFY(page.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(page.contains(
            QStringLiteral("&lt;script&gt;x&lt;/script&gt; &amp; &lt;b&gt;y&lt;/b&gt;")));
        QVERIFY(!page.contains(QStringLiteral("<script")));
        QVERIFY(!page.contains(QStringLiteral("<b>y</b>")));
        // Its matrix is drawn (no cost inputs, so no cost curve), and the title is escaped too.
        QCOMPARE(page.count(QStringLiteral("src=\"data:image/png;base64,")), 1);
        QVERIFY(page.contains(QStringLiteral("<title>Investment memo — &lt;script&gt;")));
    }

    void incompleteProjectSaysWhatIsMissing()
    {
        const QString id = idOf(byName(m_all, QStringLiteral("Half Scored Optics")));
        const QString pdf = path(QStringLiteral("incomplete.pdf"));
        const CliRun run = memo(id, pdf);
        QVERIFY2(run.exitCode == 0, describeRun(run).constData());
        const QString text = pdfText(pdf).simplified();
        QVERIFY(text.contains(QStringLiteral("Incomplete")));
        QVERIFY(text.contains(QStringLiteral("Not every criterion is scored yet")));
        QVERIFY(text.contains(QStringLiteral("Market M —")) || text.contains(QStringLiteral("—")));
        QVERIFY(text.contains(QStringLiteral("no place on the matrix")));
        QVERIFY(text.contains(QStringLiteral("No cost model inputs")));
        for (const QString& key : criterionKeys())
            QVERIFY(text.contains(key));
    }

    void redFlagsAndKnockoutsHaveReasons()
    {
        const QString id = idOf(byName(m_all, QStringLiteral("Flagged Materials")));
        const QString html = path(QStringLiteral("flags.html"));
        const CliRun run = memo(id, html);
        QVERIFY2(run.exitCode == 0, describeRun(run).constData());
        const QString page = QString::fromUtf8(fileBytes(html));
        QVERIFY(page.contains(QStringLiteral("Knock-out:")));
        QVERIFY(page.contains(QStringLiteral("M2 ")));
        QVERIFY(page.contains(QStringLiteral("Substitution story without customer acceptance")));
        QVERIFY(page.contains(QStringLiteral("Export-control exposure")));
        QVERIFY(page.contains(
            QStringLiteral("The expected exit in 2034 falls after the fund ends in 2031")));
        QVERIFY(page.contains(QStringLiteral("after the fund ends")));
        QVERIFY(page.contains(QStringLiteral("Decline")));
    }

    void runsWithoutAnyDisplay()
    {
        const QString pdf = path(QStringLiteral("headless.pdf"));
        const CliRun run = memo(idOf(scoredProject()), pdf,
                                {QStringLiteral("QT_QPA_PLATFORM="), QStringLiteral("DISPLAY="),
                                 QStringLiteral("WAYLAND_DISPLAY=")});
        QVERIFY2(run.exitCode == 0, describeRun(run).constData());
        QVERIFY(pdfPages(pdf) >= 2);
    }

    void errorsAndUsage()
    {
        const CliRun unknown = memo(QStringLiteral("99999"), path(QStringLiteral("x.pdf")));
        QVERIFY2(isOneLineUserError(unknown), describeRun(unknown).constData());
        QVERIFY(unknown.err.contains("99999"));
        QVERIFY(!QFile::exists(path(QStringLiteral("x.pdf"))));

        const QString unwritable = path(QStringLiteral("no/such/folder/memo.pdf"));
        const CliRun io = memo(idOf(scoredProject()), unwritable);
        QVERIFY2(isOneLineUserError(io), describeRun(io).constData());
        QVERIFY(io.err.contains("memo.pdf"));

        const CliRun suffix = memo(idOf(scoredProject()), path(QStringLiteral("memo.docx")));
        QCOMPARE(suffix.exitCode, 2);
        const CliRun noOut = runCliOn(m_database, {QStringLiteral("memo"), QStringLiteral("1")});
        QCOMPARE(noOut.exitCode, 2);
        const CliRun badId = memo(QStringLiteral("abc"), path(QStringLiteral("y.pdf")));
        QCOMPARE(badId.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliMemo)
#include "TestCliMemo.moc"
