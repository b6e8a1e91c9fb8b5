#pragma once

// Builders for the storage tests: small, valid projects, scorecards, meetings and documents,
// and a few file helpers. Header-only so each test executable takes what it uses.

#include "SpecExample.h"
#include "domain/Portfolio.h"
#include "storage/Portfolio.h"

#include <QDate>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Verifies a Result or Status, printing its error message when it failed.
#define TG_VERIFY_OK(expression)                                                                   \
    do {                                                                                           \
        const auto& result_ = (expression);                                                        \
        QVERIFY2(result_.ok(), result_.ok() ? "" : qPrintable(result_.error().message));           \
    } while (false)

namespace tollgate::test
{

inline const QString& analyst()
{
    static const QString name = QStringLiteral("陈思远");
    return name;
}

inline QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// What a statement run by another program gave: the first column of its first row, or the
// driver's error.
struct RawResult {
    QString value;
    QString error;
};

// Runs statements on a file through a plain connection of its own, as another program would
// (foreign keys on unless a statement turns them off), stopping at the first error. The value
// is that of the last statement.
inline RawResult runRaw(const QString& file, const QStringList& statements)
{
    RawResult result;
    const QString name = QStringLiteral("raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        if (!db.open()) {
            result.error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
            for (const QString& sql : statements) {
                if (!q.exec(sql)) {
                    result.error = q.lastError().text();
                    break;
                }
                result.value = q.next() ? q.value(0).toString() : QString();
            }
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

inline RawResult runRaw(const QString& file, const QString& statement)
{
    return runRaw(file, QStringList{statement});
}

// Opens (creating) a database, failing the test with the error's message when it cannot.
inline std::unique_ptr<Portfolio> openPortfolio(const QString& path)
{
    Result<std::unique_ptr<Portfolio>> opened = Portfolio::open(path, OpenMode::CreateIfMissing);
    if (!opened) {
        qWarning("open %s: %s", qPrintable(path), qPrintable(opened.error().message));
        return nullptr;
    }
    return std::move(opened).value();
}

inline Project makeProject(const QString& name, const QString& segment = QStringLiteral("sensors"))
{
    Project p;
    p.name = name;
    p.segmentKey = segment;
    p.stage = Stage::Screening;
    p.round = QStringLiteral("A");
    p.valuationCny = 600000000;
    p.askCny = 80000000;
    p.city = QStringLiteral("深圳");
    p.foundedYear = 2021;
    p.description = QStringLiteral("触觉传感器 for robot hands");
    p.tags = QStringList{QStringLiteral("触觉"), QStringLiteral("具身智能")};
    p.leadAnalyst = analyst();
    p.exitRoute = QStringLiteral("STAR");
    p.expectedExitYear = 2030;
    p.fundEndYear = 2031;
    return p;
}

inline const QStringList& criterionKeys()
{
    static const QStringList keys{QStringLiteral("M1"), QStringLiteral("M2"), QStringLiteral("M3"),
                                  QStringLiteral("M4"), QStringLiteral("M5"), QStringLiteral("M6"),
                                  QStringLiteral("C1"), QStringLiteral("C2"), QStringLiteral("C3"),
                                  QStringLiteral("C4"), QStringLiteral("C5"), QStringLiteral("C6")};
    return keys;
}

// A scorecard scoring every criterion: scores[i] for criterionKeys()[i].
inline Scorecard makeScorecard(qint64 projectId, const QString& who, const QDate& date,
                               const QList<int>& scores)
{
    Scorecard s;
    s.projectId = projectId;
    s.analyst = who;
    s.date = date;
    for (int i = 0; i < criterionKeys().size() && i < scores.size(); ++i) {
        CriterionEntry e;
        e.score = scores.at(i);
        e.evidence = QStringLiteral("证据 %1 \"quoted\"\nline two").arg(i);
        e.confidence = static_cast<Confidence>(1 + i % 3);
        s.entries.insert(criterionKeys().at(i), e);
    }
    s.market.tamCny = 3.2e9;
    s.market.samCny = 8e8;
    s.market.cagr = 0.35;
    s.market.payers = 40;
    s.cost = specExampleCostInputs();
    return s;
}

inline QList<int> uniformScores(int score)
{
    return QList<int>(criterionKeys().size(), score);
}

// n projects (document ids 1..n) with one full scorecard each, spread over the segments.
inline PortfolioDocument makeDocument(int n, const QDate& date = QDate(2026, 5, 14))
{
    const QList<Segment> segments = defaultSegments();
    PortfolioDocument doc;
    doc.projects.reserve(n);
    for (int i = 0; i < n; ++i) {
        ProjectBundle bundle;
        bundle.project = makeProject(QStringLiteral("项目 %1 Project").arg(i + 1),
                                     segments.at(i % segments.size()).key);
        bundle.project.id = i + 1;
        QList<int> scores;
        for (int k = 0; k < criterionKeys().size(); ++k)
            scores << (i + k) % 6;
        bundle.scorecards << makeScorecard(0, analyst(), date, scores);
        doc.projects.append(std::move(bundle));
    }
    return doc;
}

} // namespace tollgate::test
