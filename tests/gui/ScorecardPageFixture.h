#pragma once

#include "FormDriver.h"

#include "core/Clock.h"
#include "scorecard/AggregateModel.h"
#include "scorecard/AggregateView.h"
#include "scorecard/EvaluationBanner.h"
#include "scorecard/ScorecardListModel.h"
#include "scorecard/ScorecardPage.h"
#include "session/Session.h"
#include "storage/Portfolio.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <memory>

namespace tollgate::test
{

inline const QString kAlice = QStringLiteral("Alice");
inline const QString kBob = QStringLiteral("Bob");

inline void pinClock(const QDate& day)
{
    Clock::setFixed(QDateTime(day, QTime(9, 0), Qt::UTC));
}

// The scorecard page over a real temporary database, shared by the page tests: every change
// made through the form's controls is checked in the file through a second, independent
// connection, as another process would see it.
class ScorecardPageFixture : public QObject
{
protected:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_projectId = 0;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ScorecardPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_listTester;
    std::unique_ptr<QAbstractItemModelTester> m_aggregateTester;
    ConflictChoice m_choice = ConflictChoice::Reload;
    int m_conflicts = 0;
    QStringList m_errors;
    int m_run = 0;

    ScorecardForm* form() const { return m_page->form(); }
    Portfolio& portfolio() const { return m_session->portfolio(); }

    // What is in the file now, read through a connection of its own.
    QList<Scorecard> storedScorecards() const
    {
        Result<std::unique_ptr<Portfolio>> other = Portfolio::open(m_path, OpenMode::ExistingOnly);
        if (!other.ok())
            qFatal("cannot reopen the test database: %s", qPrintable(other.error().message));
        Result<QList<Scorecard>> cards = (*other)->scorecards(m_projectId);
        if (!cards.ok())
            qFatal("cannot read scorecards: %s", qPrintable(cards.error().message));
        return *cards;
    }

    std::optional<Scorecard> storedOf(const QString& analyst) const
    {
        std::optional<Scorecard> latest;
        for (const Scorecard& s : storedScorecards())
            if (s.analyst == analyst &&
                (!latest || s.date > latest->date || (s.date == latest->date && s.id > latest->id)))
                latest = s;
        return latest;
    }

    ProjectSummary storedSummary() const
    {
        Result<std::unique_ptr<Portfolio>> other = Portfolio::open(m_path, OpenMode::ExistingOnly);
        Result<QList<ProjectSummary>> all = (*other)->projectSummaries();
        for (const ProjectSummary& s : *all)
            if (s.id == m_projectId)
                return s;
        qFatal("project missing");
    }

    // Another analyst's scorecard, stored directly as their own app would.
    qint64 addScorecardOf(const QString& analyst, const QList<int>& scores)
    {
        Scorecard s;
        s.projectId = m_projectId;
        s.analyst = analyst;
        s.date = Clock::today();
        for (int i = 0; i < scores.size(); ++i)
            if (scores[i] >= 0)
                s.entries[criterionKeys().at(i)].score = scores[i];
        Result<qint64> id = portfolio().addScorecard(s, analyst);
        if (!id.ok())
            qFatal("%s", qPrintable(id.error().message));
        m_session->notifyProjectChanged(m_projectId);
        return *id;
    }

    void setUp()
    {
        pinClock(QDate(2026, 6, 1));
        m_path = m_dir.filePath(QStringLiteral("page-%1.tollgate").arg(++m_run));
        Result<std::unique_ptr<Portfolio>> opened =
            Portfolio::open(m_path, OpenMode::CreateIfMissing);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        Project p;
        p.name = QStringLiteral("触联科技 TactiLink");
        p.segmentKey = QStringLiteral("sensors");
        p.stage = Stage::Screening;
        p.leadAnalyst = kAlice;
        p.fundEndYear = 2030;
        p.expectedExitYear = 2031;
        Result<qint64> id = (*opened)->createProject(p, kAlice);
        QVERIFY(id.ok());
        m_projectId = *id;

        m_session = std::make_unique<Session>(std::move(*opened), kAlice);
        m_page = std::make_unique<ScorecardPage>(m_session.get());
        m_conflicts = 0;
        m_errors.clear();
        m_page->setConflictResolver([this](const Scorecard&, const Error&) {
            ++m_conflicts;
            return m_choice;
        });
        m_page->setErrorReporter([this](const Error& e) { m_errors.append(e.message); });
        m_listTester = std::make_unique<QAbstractItemModelTester>(
            m_page->scorecardListModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_aggregateTester = std::make_unique<QAbstractItemModelTester>(
            m_page->aggregateView()->model(),
            QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->setProject(m_projectId);
        m_page->resize(1280, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void tearDown()
    {
        m_listTester.reset();
        m_aggregateTester.reset();
        m_page.reset();
        m_session.reset();
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
        Clock::setFixed(QDateTime());
    }
};

} // namespace tollgate::test
