// tollgate-cli speaks the language of its environment (LANG, LC_MESSAGES, LC_ALL): Chinese under a
// Chinese locale, English otherwise; JSON output is the same in both.
#include "CliChecks.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tollgate::test;

namespace
{
// A Chinese locale given the way a desktop session sets it: LANG only.
const QStringList chinese{QStringLiteral("LC_ALL="), QStringLiteral("LC_MESSAGES="),
                          QStringLiteral("LANGUAGE="), QStringLiteral("LANG=zh_CN.UTF-8")};
const QStringList english{QStringLiteral("LC_ALL="), QStringLiteral("LC_MESSAGES="),
                          QStringLiteral("LANGUAGE="), QStringLiteral("LANG=en_US.UTF-8")};
} // namespace

class TestCliLanguage : public QObject
{
    Q_OBJECT

private slots:
    void helpFollowsLang()
    {
        const CliRun zh = runCli({QStringLiteral("--help")}, {}, chinese);
        QCOMPARE(zh.exitCode, 0);
        QVERIFY2(
            QString::fromUtf8(zh.out).contains(QStringLiteral("把所有项目写入 CSV 或 JSON 文件")),
            zh.out.constData());
        const CliRun en = runCli({QStringLiteral("--help")}, {}, english);
        QCOMPARE(en.exitCode, 0);
        QVERIFY(en.out.contains("Write every project to a CSV or JSON file."));
    }

    void errorsFollowLang()
    {
        const QByteArray request = R"({"scores": {"M1": 7}})";
        const CliRun zh =
            runCli({QStringLiteral("evaluate"), QStringLiteral("-")}, request, chinese);
        QCOMPARE(zh.exitCode, 1);
        const QString message = QString::fromUtf8(zh.err);
        QVERIFY2(message.contains(QStringLiteral("必须")) && message.contains(QStringLiteral("M1")),
                 zh.err.constData());
        QCOMPARE(message.count(QLatin1Char('\n')), 1); // still one line

        const CliRun en =
            runCli({QStringLiteral("evaluate"), QStringLiteral("-")}, request, english);
        QCOMPARE(en.exitCode, 1);
        QVERIFY2(en.err.contains("must"), en.err.constData());
    }

    void usageErrorsFollowLang()
    {
        const CliRun zh = runCli({QStringLiteral("frobnicate")}, {}, chinese);
        QCOMPARE(zh.exitCode, 2);
        QVERIFY2(QString::fromUtf8(zh.err).contains(QStringLiteral("未知命令")),
                 zh.err.constData());
    }

    void jsonIsTheSameInBothLanguages()
    {
        const QByteArray request = readDataFile(QStringLiteral("evaluate/spec-request.json"));
        const CliRun zh =
            runCli({QStringLiteral("evaluate"), QStringLiteral("-")}, request, chinese);
        const CliRun en =
            runCli({QStringLiteral("evaluate"), QStringLiteral("-")}, request, english);
        QCOMPARE(zh.exitCode, 0);
        QCOMPARE(en.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(zh.out).object(),
                 QJsonDocument::fromJson(en.out).object());
        QCOMPARE(QJsonDocument::fromJson(zh.out).object().value(QStringLiteral("verdict")),
                 QJsonValue(QStringLiteral("cost-gap")));
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "TestCliLanguage.moc"
