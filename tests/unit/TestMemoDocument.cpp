// The memo's layout (report/MemoMarkup, MemoDocument, MemoPdfWriter, MemoHtmlWriter): sections in
// memo order, every criterion with its rubric line in the memo's language, user text escaped,
// figures as document resources or data: URIs, several memos in one document with a page break,
// and PDF files written whole or not at all.
#include "StorageFixtures.h"
#include "report/MemoDocument.h"
#include "report/MemoFile.h"
#include "report/MemoHtmlWriter.h"
#include "report/MemoMarkup.h"
#include "report/MemoPdfWriter.h"
#include "scoring/DefaultTemplate.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace tollgate;
using namespace tollgate::test;

namespace
{

MemoData sampleData(const QString& name, qint64 id = 5)
{
    Project p = makeProject(name);
    p.id = id;
    QList<int> scores{4, 4, 5, 3, 1, 4, 2, 3, 1, 2, 1, 3};
    const QList<Scorecard> scorecards{
        makeScorecard(id, QStringLiteral("Ana"), QDate(2026, 3, 1), scores),
        makeScorecard(id, QStringLiteral("Bo"), QDate(2026, 3, 2), uniformScores(4)),
    };
    return makeMemoData(p, scorecards, defaultTemplate(), defaultSegments(), {}, {}, 2026);
}

QImage solidImage(const QColor& colour)
{
    QImage image(64, 32, QImage::Format_RGB32);
    image.fill(colour);
    return image;
}

MemoOptions englishOptions()
{
    MemoOptions options;
    options.fundName = QStringLiteral("Northbridge & Partners <Fund>");
    options.date = QDate(2026, 11, 30);
    return options;
}

QString noImages(MemoMarkup::Figure)
{
    return {};
}

} // namespace

class TestMemoDocument : public QObject
{
    Q_OBJECT

private slots:
    void sectionsComeInMemoOrder()
    {
        const QString html =
            MemoMarkup::body(sampleData(QStringLiteral("P")), englishOptions(), noImages);
        const QStringList headings{
            QStringLiteral("1. Recommendation"),   QStringLiteral("2. Project overview"),
            QStringLiteral("3. Question 1"),       QStringLiteral("4. Question 2"),
            QStringLiteral("5. Screening matrix"), QStringLiteral("6. Red flags"),
            QStringLiteral("7. Analysts"),         QStringLiteral("8. Exit considerations"),
            QStringLiteral("9. Decision history")};
        qsizetype last = -1;
        for (const QString& heading : headings) {
            const qsizetype at = html.indexOf(heading);
            QVERIFY2(at > last, qPrintable(heading));
            last = at;
        }
        QVERIFY(html.contains(QStringLiteral("Confidential")));
        QVERIFY(html.contains(QStringLiteral("2026-11-30")));
    }

    void everyCriterionWithItsRubricLine()
    {
        const MemoData data = sampleData(QStringLiteral("P"));
        const QString en = MemoMarkup::body(data, englishOptions(), noImages);
        MemoOptions zhOptions = englishOptions();
        zhOptions.chinese = true;
        const QString zh = MemoMarkup::body(data, zhOptions, noImages);
        for (const Criterion& c : data.scoringTemplate.criteria) {
            const std::optional<double> mean = data.standing.aggregate.criteria.value(c.key).mean;
            QVERIFY(mean);
            const int rounded = int(std::lround(*mean));
            QVERIFY2(en.contains(c.rubric(rounded, false).toHtmlEscaped()), qPrintable(c.key));
            QVERIFY2(zh.contains(c.rubric(rounded, true).toHtmlEscaped()), qPrintable(c.key));
            QVERIFY(zh.contains(c.nameZh.toHtmlEscaped()));
        }
        // Ana 1 and Bo 4 on M5: a spread of 3 is marked.
        QVERIFY(en.contains(QStringLiteral("tr class=\"disagree\"")));
        QVERIFY(zh.contains(verdictDisplayName(data.standing.evaluation.verdict, true)));
    }

    void userTextIsEscapedEverywhere()
    {
        const QString hostile = QStringLiteral("<script>x</script> & <b>y</b>");
        MemoData data = sampleData(hostile);
        data.project.description = hostile;
        data.project.city = hostile;
        data.latest[0].entries[QStringLiteral("M1")].evidence = hostile;
        const QString html = MemoMarkup::body(data, englishOptions(), noImages);
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(!html.contains(QStringLiteral("<b>y</b>")));
        QVERIFY(html.count(hostile.toHtmlEscaped()) >= 4);
        QVERIFY(html.contains(QStringLiteral("Northbridge &amp; Partners &lt;Fund&gt;")));

        // In the document the characters are the text itself.
        const std::unique_ptr<QTextDocument> document =
            MemoDocument::build(data, {}, englishOptions());
        QVERIFY(document->toPlainText().contains(hostile));
        QVERIFY(document->toPlainText().contains(QStringLiteral("Northbridge & Partners <Fund>")));
    }

    void figuresBecomeResourcesOfTheDocument()
    {
        const MemoData data = sampleData(QStringLiteral("P"));
        const MemoChartImages charts{solidImage(Qt::red), solidImage(Qt::blue)};
        const std::unique_ptr<QTextDocument> document =
            MemoDocument::build(data, charts, englishOptions());
        const QImage cost = document
                                ->resource(QTextDocument::ImageResource,
                                           QUrl(QStringLiteral("memo-figure://5/cost-curve")))
                                .value<QImage>();
        QCOMPARE(cost.pixelColor(0, 0), QColor(Qt::red));
        const QImage matrix = document
                                  ->resource(QTextDocument::ImageResource,
                                             QUrl(QStringLiteral("memo-figure://5/matrix")))
                                  .value<QImage>();
        QCOMPARE(matrix.pixelColor(0, 0), QColor(Qt::blue));

        const QByteArray html = MemoHtmlWriter::html(data, charts, englishOptions());
        QCOMPARE(html.count("src=\"data:image/png;base64,"), 2);
        QVERIFY(html.contains("<style>"));
        QVERIFY(!html.contains("memo-figure:"));
    }

    void severalMemosShareOneDocument()
    {
        const std::unique_ptr<QTextDocument> document = MemoDocument::createDocument(false);
        QTextCursor cursor(document.get());
        const MemoChartImages charts{solidImage(Qt::red), solidImage(Qt::blue)};
        MemoDocument::append(cursor, sampleData(QStringLiteral("First"), 1), charts,
                             englishOptions());
        MemoDocument::appendPageBreak(cursor);
        const int breakBlock = cursor.block().blockNumber();
        MemoDocument::append(cursor, sampleData(QStringLiteral("Second"), 2), charts,
                             englishOptions());
        const QString text = document->toPlainText();
        QVERIFY(text.indexOf(QStringLiteral("First")) < text.indexOf(QStringLiteral("Second")));
        QCOMPARE(document->findBlockByNumber(breakBlock).blockFormat().pageBreakPolicy(),
                 QTextFormat::PageBreak_AlwaysBefore);
        QVERIFY(!document
                     ->resource(QTextDocument::ImageResource,
                                QUrl(QStringLiteral("memo-figure://2/matrix")))
                     .isNull());
    }

    void writesPdfWholeOrNotAtAll()
    {
        QTemporaryDir dir;
        const MemoData data = sampleData(QStringLiteral("P"));
        const QString pdf = dir.filePath(QStringLiteral("memo.pdf"));
        TG_VERIFY_OK(MemoFile::write(data, {}, englishOptions(), pdf));
        const QByteArray bytes = fileBytes(pdf);
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));

        const Status refused = MemoFile::write(data, {}, englishOptions(),
                                               dir.filePath(QStringLiteral("no/dir/m.pdf")));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Io);
        QVERIFY(refused.error().message.contains(QStringLiteral("m.pdf")));
        QVERIFY(
            !MemoFile::write(data, {}, englishOptions(), dir.filePath(QStringLiteral("m.txt"))));
        QVERIFY(MemoFile::isSupportedPath(QStringLiteral("A.PDF")));
        QVERIFY(MemoFile::isSupportedPath(QStringLiteral("a.html")));
        QVERIFY(!MemoFile::isSupportedPath(QStringLiteral("a.pdf.txt")));
    }

    void footerNamesTheFund()
    {
        MemoOptions options = englishOptions();
        QCOMPARE(MemoFile::footer(options).leftText,
                 QStringLiteral("Confidential · Northbridge & Partners <Fund>"));
        QCOMPARE(MemoFile::footer(options).date, QDate(2026, 11, 30));
        options.fundName.clear();
        QCOMPARE(MemoFile::footer(options).leftText, QStringLiteral("Confidential"));
    }
};

QTEST_MAIN(TestMemoDocument)
#include "TestMemoDocument.moc"
