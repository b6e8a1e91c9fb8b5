// The .ts files are complete: every string of app/ and ui/ is translated into Simplified
// Chinese, nothing is unfinished, obsolete or vanished, placeholders and shortcuts survive the
// translation, the English file holds the plural forms, and lupdate run on a copy finds nothing
// new. The compiled .qm files are embedded and installTranslations() switches between them.

#include "TestSupport.h"
#include "core/Translations.h"
#include "scoring/OutcomeText.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace tollgate;

namespace
{

struct Message {
    QString context;
    QString source;
    QStringList translations; // one, or the plural forms
    QString type;             // "unfinished", "obsolete", "vanished" or empty
    bool numerus = false;
};

QString sourceRoot()
{
    return QDir(test::dataPath(QString())).absoluteFilePath(QStringLiteral("../.."));
}

QString tsPath(const QString& language)
{
    return sourceRoot() + QStringLiteral("/resources/translations/tollgate_%1.ts").arg(language);
}

QList<Message> readTs(const QString& path, QString* language = nullptr)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS") && language) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message();
            current.context = context;
            current.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.translations.append(xml.readElementText());
            } else {
                current.translations.append(xml.readElementText());
            }
            messages.append(current);
        }
    }
    if (xml.hasError())
        qWarning("%s: %s", qUtf8Printable(path), qUtf8Printable(xml.errorString()));
    return messages;
}

// "%1", "%2", "%n" in a text, as a sorted set.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    QStringList list(found.begin(), found.end());
    list.sort();
    return list;
}

// Whether a text has a keyboard shortcut marker ("&File"; not "&&", nor "M&A" as a word).
bool hasMnemonic(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("&[^&\\s]"));
    static const QRegularExpression abbreviation(QStringLiteral("\\b[A-Z]&[A-Z]\\b")); // M&A
    return re.match(QString(text).remove(QStringLiteral("&&")).remove(abbreviation)).hasMatch();
}

QString describe(const Message& m)
{
    return QStringLiteral("%1: \"%2\"").arg(m.context, m.source);
}

} // namespace

class TestTranslationFiles : public QObject
{
    Q_OBJECT

private slots:
    void chineseIsCompleteAndFinished()
    {
        QString language;
        const QList<Message> messages = readTs(tsPath(QStringLiteral("zh_CN")), &language);
        QCOMPARE(language, QStringLiteral("zh_CN"));
        QVERIFY2(messages.size() > 500, "the Chinese file lost most of its strings");
        QStringList problems;
        for (const Message& m : messages) {
            if (!m.type.isEmpty())
                problems << QStringLiteral("%1 is %2").arg(describe(m), m.type);
            else if (m.translations.isEmpty() || m.translations.contains(QString()))
                problems << QStringLiteral("%1 has no translation").arg(describe(m));
            else if (m.numerus && m.translations.size() != 1)
                problems << QStringLiteral("%1 needs one plural form in Chinese").arg(describe(m));
        }
        QVERIFY2(problems.isEmpty(), qUtf8Printable(problems.join(QLatin1Char('\n'))));
    }

    void translationsKeepPlaceholdersAndShortcuts()
    {
        QStringList problems;
        for (const Message& m : readTs(tsPath(QStringLiteral("zh_CN")))) {
            for (const QString& t : m.translations) {
                if (placeholders(t) != placeholders(m.source))
                    problems << QStringLiteral("%1: placeholders %2 became %3")
                                    .arg(describe(m), placeholders(m.source).join(u' '),
                                         placeholders(t).join(u' '));
                if (hasMnemonic(m.source) != hasMnemonic(t))
                    problems << QStringLiteral("%1: the shortcut & is lost or added in \"%2\"")
                                    .arg(describe(m), t);
            }
        }
        QVERIFY2(problems.isEmpty(), qUtf8Printable(problems.join(QLatin1Char('\n'))));
    }

    void englishHoldsEveryPluralForm()
    {
        QString language;
        const QList<Message> english = readTs(tsPath(QStringLiteral("en")), &language);
        QCOMPARE(language, QStringLiteral("en"));
        int chinesePlurals = 0;
        for (const Message& m : readTs(tsPath(QStringLiteral("zh_CN"))))
            chinesePlurals += m.numerus ? 1 : 0;
        QVERIFY(chinesePlurals > 0);
        QCOMPARE(english.size(), chinesePlurals); // plural forms only
        for (const Message& m : english) {
            QVERIFY2(m.numerus, qUtf8Printable(describe(m)));
            QVERIFY2(m.type.isEmpty(), qUtf8Printable(describe(m) + QStringLiteral(" unfinished")));
            QCOMPARE(m.translations.size(), 2); // one, many
            QVERIFY2(!m.translations.contains(QString()), qUtf8Printable(describe(m)));
        }
    }

    // The phrase books are the translation memory that scripts/translate-from-phrasebooks.py
    // fills new entries from: every string translated in a .ts file has its phrase.
    void phraseBooksHoldEveryString()
    {
        for (const QString& language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
            QFile book(sourceRoot() +
                       QStringLiteral("/resources/translations/tollgate_%1.qph").arg(language));
            QVERIFY2(book.open(QIODevice::ReadOnly), qUtf8Printable(book.fileName()));
            QSet<QString> phrases;
            QXmlStreamReader xml(&book);
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("source"))
                    phrases.insert(xml.readElementText());
            }
            QVERIFY2(!xml.hasError(), qUtf8Printable(xml.errorString()));
            QStringList missing;
            for (const Message& m : readTs(tsPath(language))) {
                if (!phrases.contains(m.source))
                    missing << describe(m);
            }
            QVERIFY2(missing.isEmpty(),
                     qUtf8Printable(QStringLiteral("tollgate_%1.qph lacks:\n").arg(language) +
                                    missing.join(u'\n')));
        }
    }

    // What `cmake --build build --target update_translations` would do, on copies: when the
    // code gained a string or lost one that the .ts still has, the copy differs.
    void lupdateFindsNothingNew_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("options");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringList();
        QTest::newRow("en") << QStringLiteral("en") << QStringList{QStringLiteral("-pluralonly")};
    }
    void lupdateFindsNothingNew()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, options);
        QString lupdate = QLibraryInfo::path(QLibraryInfo::BinariesPath) + u"/lupdate"_qs;
        if (!QFileInfo::exists(lupdate))
            lupdate = QLibraryInfo::path(QLibraryInfo::LibraryExecutablesPath) + u"/lupdate"_qs;
        if (!QFileInfo::exists(lupdate))
            QSKIP("lupdate is not installed (qt6-l10n-tools)");

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("copy.ts"));
        QVERIFY(QFile::copy(tsPath(language), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        QStringList sources;
        for (const QString& folder : {QStringLiteral("app"), QStringLiteral("ui")}) {
            QDirIterator it(sourceRoot() + u'/' + folder,
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                sources << it.next();
        }
        const QString list = dir.filePath(QStringLiteral("sources.txt"));
        QFile listFile(list);
        QVERIFY(listFile.open(QIODevice::WriteOnly));
        listFile.write(sources.join(u'\n').toUtf8());
        listFile.close();

        // The options of cmake/Translations.cmake.
        QProcess process;
        process.start(lupdate,
                      QStringList{QStringLiteral("-locations"), QStringLiteral("none"),
                                  QStringLiteral("-no-obsolete"), QStringLiteral("-silent"),
                                  QStringLiteral("-I") + sourceRoot() + u"/app"_qs,
                                  QStringLiteral("-I") + sourceRoot() + u"/ui"_qs} +
                          options + QStringList{u'@' + list, QStringLiteral("-ts"), copy});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);

        QFile original(tsPath(language));
        QFile updated(copy);
        QVERIFY(original.open(QIODevice::ReadOnly) && updated.open(QIODevice::ReadOnly));
        const QList<QByteArray> before = original.readAll().split('\n');
        const QList<QByteArray> after = updated.readAll().split('\n');
        QStringList changes;
        for (int i = 0; i < std::max(before.size(), after.size()) && changes.size() < 20; ++i) {
            if (before.value(i) != after.value(i))
                changes << QStringLiteral("line %1: %2 -> %3")
                               .arg(i + 1)
                               .arg(QString::fromUtf8(before.value(i).trimmed()),
                                    QString::fromUtf8(after.value(i).trimmed()));
        }
        QVERIFY2(changes.isEmpty(),
                 qUtf8Printable(QStringLiteral("tollgate_%1.ts is out of date: run cmake --build "
                                               "build --target update_translations and translate "
                                               "the new entries.\n")
                                    .arg(language) +
                                changes.join(u'\n')));
    }

    void installTranslationsSwitchesLanguageAndLocale()
    {
        QCOMPARE(installTranslations(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        QCOMPARE(QLocale().language(), QLocale::Chinese);
        QCOMPARE(QCoreApplication::translate("tollgate::MainWindow", "&File"),
                 QStringLiteral("文件(&F)"));
        QCOMPARE(QCoreApplication::translate("tollgate_cli", "no command given."),
                 QStringLiteral("没有给出命令。"));
        QCOMPARE(QCoreApplication::translate("tollgate::ProjectsPage", "%n project(s) shown",
                                             nullptr, 3),
                 QStringLiteral("显示 3 个项目"));
        // The core's own words follow too: red flags and verdict explanations.
        QCOMPARE(redFlagName(QStringLiteral("export-exposure")),
                 QStringLiteral("投入品受出口管制影响"));
        QVERIFY(redFlagReason(QStringLiteral("substitution-unproven"))
                    .contains(QStringLiteral("简单的国产替代已经没用了")));
        QCOMPARE(verdictExplanation(Verdict::Pursue), QStringLiteral("两个问题都过了门槛。"));

        QCOMPARE(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QLocale().language(), QLocale::English);
        QCOMPARE(redFlagName(QStringLiteral("export-exposure")),
                 QStringLiteral("export-control exposure of inputs"));
        QCOMPARE(QCoreApplication::translate("tollgate::MainWindow", "&File"),
                 QStringLiteral("&File"));
        QCOMPARE(QCoreApplication::translate("tollgate::ProjectsPage", "%n project(s) shown",
                                             nullptr, 1),
                 QStringLiteral("1 project shown"));
        QCOMPARE(QCoreApplication::translate("tollgate::ProjectsPage", "%n project(s) shown",
                                             nullptr, 2),
                 QStringLiteral("2 projects shown"));
    }

    void languageNamesResolve()
    {
        QCOMPARE(resolveLanguage(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        QCOMPARE(resolveLanguage(QStringLiteral("zh_TW")), QStringLiteral("zh_CN"));
        QCOMPARE(resolveLanguage(QStringLiteral("en_GB")), QStringLiteral("en"));
        QCOMPARE(resolveLanguage(QStringLiteral("de_DE")), QStringLiteral("en"));
        QVERIFY(isSupportedLanguage(QStringLiteral("zh_CN")));
        QVERIFY(!isSupportedLanguage(QStringLiteral("fr")));
    }
};

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "TestTranslationFiles.moc"
