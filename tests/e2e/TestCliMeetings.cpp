// meetings and meeting-pack through tollgate-cli on the bundled sample: the JSON of SPEC §8
// (id, title, date, status, agenda as project ids in order), the table, and a meeting pack PDF
// whose text (pdftotext) holds every agenda item's name and the minutes.
#include "CliChecks.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tollgate::test;

class TestCliMeetings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_database;
    QJsonArray m_meetings;
    QHash<qint64, QString> m_names; // project names by id
    QString m_packText;             // the closed meeting's pack; null without pdftotext

    QJsonObject meetingWithStatus(const QString& status) const
    {
        for (const QJsonValue& v : m_meetings) {
            if (v.toObject().value(QStringLiteral("status")).toString() == status)
                return v.toObject();
        }
        return {};
    }

    static QString pdfText(const QString& pdf)
    {
        QProcess process;
        process.start(QStringLiteral("pdftotext"),
                      {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        if (!process.waitForFinished(60000))
            return {};
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    // The closed meeting's pack for the sample fund, as pdftotext reads it (pages split by \f).
    void writeClosedPack(QString* text)
    {
        const QJsonObject closed = meetingWithStatus(QStringLiteral("closed"));
        QVERIFY(!closed.isEmpty());
        const QString pdf = m_dir.filePath(QStringLiteral("pack.pdf"));
        const CliRun run =
            runCliOn(m_database, {QStringLiteral("meeting-pack"),
                                  QString::number(closed.value(QStringLiteral("id")).toInteger()),
                                  QStringLiteral("--out"), pdf, QStringLiteral("--fund"),
                                  QStringLiteral("半导体产业基金")});
        QVERIFY2(run.exitCode == 0, describeRun(run));
        QVERIFY(fileBytes(pdf).startsWith("%PDF"));
        *text = pdfText(pdf);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database = m_dir.filePath(QStringLiteral("meetings.tollgate"));
        const CliRun sample = runCliOn(m_database, {QStringLiteral("sample")});
        QVERIFY2(sample.exitCode == 0, describeRun(sample));
        const CliRun run =
            runCliOn(m_database, {QStringLiteral("meetings"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, describeRun(run));
        m_meetings = jsonOutput(run).array();
        for (const QJsonValue& v : listJson(m_database)) {
            const QJsonObject p = v.toObject();
            m_names.insert(p.value(QStringLiteral("id")).toInteger(),
                           p.value(QStringLiteral("name")).toString());
        }
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            writeClosedPack(&m_packText);
    }

    void jsonListsEveryMeetingWithItsAgendaInOrder()
    {
        QCOMPARE(m_meetings.size(), 2);
        // The bundled file's meetings, matched by title: same date, status and agenda (by name,
        // since import assigns new ids).
        const QJsonArray bundled = bundledSampleFile().value(QStringLiteral("meetings")).toArray();
        QHash<qint64, QString> bundledNames;
        for (const QJsonValue& v : bundledSampleFile().value(QStringLiteral("projects")).toArray())
            bundledNames.insert(v.toObject().value(QStringLiteral("id")).toInteger(),
                                v.toObject().value(QStringLiteral("name")).toString());
        for (const QJsonValue& b : bundled) {
            const QJsonObject expected = b.toObject();
            QJsonObject shown;
            for (const QJsonValue& v : m_meetings) {
                if (v.toObject().value(QStringLiteral("title")) ==
                    expected.value(QStringLiteral("title")))
                    shown = v.toObject();
            }
            QVERIFY(!shown.isEmpty());
            for (const char* key : {"id", "title", "date", "status", "agenda"})
                QVERIFY2(shown.contains(QLatin1String(key)), key);
            QVERIFY(shown.value(QStringLiteral("id")).toInteger() > 0);
            QCOMPARE(shown.value(QStringLiteral("date")), expected.value(QStringLiteral("date")));
            QCOMPARE(shown.value(QStringLiteral("status")),
                     expected.value(QStringLiteral("status")));
            QStringList shownAgenda;
            for (const QJsonValue& id : shown.value(QStringLiteral("agenda")).toArray())
                shownAgenda << m_names.value(id.toInteger());
            QStringList expectedAgenda;
            for (const QJsonValue& item : expected.value(QStringLiteral("agenda")).toArray())
                expectedAgenda << bundledNames.value(
                    item.toObject().value(QStringLiteral("project")).toInteger());
            QCOMPARE(shownAgenda, expectedAgenda);
        }
    }

    void tableListsTheMeetings()
    {
        const CliRun run = runCliOn(m_database, {QStringLiteral("meetings")});
        QVERIFY2(run.exitCode == 0, describeRun(run));
        const QString text = QString::fromUtf8(run.out);
        QVERIFY(text.contains(QStringLiteral("closed")));
        QVERIFY(text.contains(QStringLiteral("planned")));
        QVERIFY(text.contains(QStringLiteral("Meetings: 2")));
    }

    void packHasEveryAgendaItemAndTheMinutes()
    {
        if (m_packText.isNull())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QJsonObject closed = meetingWithStatus(QStringLiteral("closed"));
        QString text = m_packText;
        // pdftotext may break a long line anywhere: compare without whitespace.
        text.remove(QRegularExpression(QStringLiteral("\\s")));
        auto squeezed = [](QString s) {
            return s.remove(QRegularExpression(QStringLiteral("\\s")));
        };
        QVERIFY(text.contains(squeezed(closed.value(QStringLiteral("title")).toString())));
        const QJsonArray agenda = closed.value(QStringLiteral("agenda")).toArray();
        QVERIFY(agenda.size() >= 4);
        for (const QJsonValue& id : agenda) {
            const QString name = m_names.value(id.toInteger());
            QVERIFY2(text.contains(squeezed(name)), qPrintable(name));
        }
        // The minutes: their heading, every decision and the votes.
        QVERIFY(text.contains(QStringLiteral("Minutes")));
        QVERIFY(text.contains(QStringLiteral("Decision:Approve")));
        QVERIFY(text.contains(QStringLiteral("Decision:Decline")));
        QVERIFY(text.contains(QStringLiteral("Decision:Defer")));
        QVERIFY(text.contains(QStringLiteral("Decision:Morediligence")));
        QVERIFY(text.contains(QStringLiteral("王志")));
        QVERIFY(text.contains(QStringLiteral("Votes:")));
    }

    // Each agenda item's memo arrives whole: every one of its numbered sections once per item,
    // and each page carries the memo footer ("Confidential · fund", "n / N"). A long pack once
    // lost whole sections (charts, headings and text between two tables) in the page layout.
    void packHoldsEveryMemoWholeWithTheFooterOnEveryPage()
    {
        if (m_packText.isNull())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QJsonObject closed = meetingWithStatus(QStringLiteral("closed"));
        const QString& text = m_packText;
        const qsizetype items = closed.value(QStringLiteral("agenda")).toArray().size();
        QVERIFY(items >= 4);
        const QStringList sections{
            QStringLiteral("1. Recommendation"),      QStringLiteral("2. Project overview"),
            QStringLiteral("5. Screening matrix"),    QStringLiteral("6. Red flags and knock-outs"),
            QStringLiteral("7. Analysts' agreement"), QStringLiteral("8. Exit considerations"),
            QStringLiteral("9. Decision history")};
        for (const QString& section : sections)
            QVERIFY2(text.count(section) == items, qPrintable(section));

        QStringList pages = text.split(u'\f');
        if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
            pages.removeLast();
        QVERIFY(pages.size() > items);
        for (qsizetype i = 0; i < pages.size(); ++i) {
            const QString number = QStringLiteral("%1 / %2").arg(i + 1).arg(pages.size());
            QVERIFY2(pages.at(i).contains(number), qPrintable(number));
            QVERIFY2(pages.at(i).contains(QStringLiteral("Confidential · 半导体产业基金")),
                     qPrintable(number));
        }
    }

    void packOfAMissingMeetingIsAUserError()
    {
        const CliRun run = runCliOn(m_database, {QStringLiteral("meeting-pack"),
                                                 QStringLiteral("999"), QStringLiteral("--out"),
                                                 m_dir.filePath(QStringLiteral("none.pdf"))});
        QVERIFY2(isOneLineUserError(run), describeRun(run));
        const CliRun bad = runCliOn(m_database, {QStringLiteral("meeting-pack"),
                                                 QStringLiteral("x"), QStringLiteral("--out"),
                                                 m_dir.filePath(QStringLiteral("x.pdf"))});
        QCOMPARE(bad.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliMeetings)
#include "TestCliMeetings.moc"
