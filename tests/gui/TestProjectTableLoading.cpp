// The Projects page on a table above its background-load threshold: the first screen comes from
// the indexed read with the full row count, the rest arrives from the worker thread, and what
// the user did meanwhile (sorting, typing, editing) is applied once it is in.

#include "GuiTestSupport.h"
#include "StorageFixtures.h"
#include "models/ProjectTableModel.h"
#include "projects/ProjectFilterBar.h"
#include "projects/ProjectsPage.h"
#include "session/Session.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace tollgate;
using namespace tollgate::test;

class TestProjectTableLoading : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ProjectsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    int m_inPlay = 0;

    ProjectTableModel* model() const { return m_page->tableModel(); }

    QList<qint64> idsShown(int rows) const
    {
        QList<qint64> ids;
        for (int row = 0; row < rows && row < model()->rowCount(); ++row)
            ids << model()->idAt(row);
        return ids;
    }

private slots:
    void initTestCase()
    {
        useTemporarySettings(m_dir);
        m_path = m_dir.filePath(QStringLiteral("large.tollgate"));
        std::unique_ptr<Portfolio> portfolio = openPortfolio(m_path);
        QVERIFY(portfolio);
        PortfolioDocument doc = makeDocument(600);
        for (int i = 0; i < doc.projects.size(); i += 40)
            doc.projects[i].project.archived = true;
        TG_VERIFY_OK(portfolio->importDocument(doc, analyst()));
        m_inPlay = *portfolio->projectCount(false);
        QVERIFY(m_inPlay > 500 && m_inPlay < 600);
        ProjectsPage::setBackgroundLoadThreshold(100); // 600 projects count as large here
    }

    void init()
    {
        Result<std::unique_ptr<Portfolio>> opened =
            Portfolio::open(m_path, OpenMode::ExistingOnly, OpenCheck::Deferred);
        TG_VERIFY_OK(opened);
        m_session = std::make_unique<Session>(std::move(opened).value(), analyst());
        m_page = std::make_unique<ProjectsPage>(m_session.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_tester.reset();
        m_page.reset();
        m_session.reset();
    }

    void firstScreenThenEveryRowInTheSameOrder()
    {
        // Before the event loop runs, only the first screen is in, announcing every project
        // (counting only those in play would scan the table); the archived leave on arrival.
        QVERIFY(!model()->isComplete());
        QCOMPARE(model()->rowCount(), 600);
        QVERIFY(!model()->index(0, 0).data().toString().isEmpty());
        QVERIFY(model()->index(m_inPlay - 1, 0).data().isNull()); // still loading
        const QList<qint64> head = idsShown(100);
        QCOMPARE(head.size(), 100);

        QTRY_VERIFY(model()->isComplete());
        QCOMPARE(model()->rowCount(), m_inPlay);
        QCOMPARE(idsShown(100), head); // the worker's order is the first screen's
        QVERIFY(!model()->index(m_inPlay - 1, 0).data().toString().isEmpty());
    }

    void selectionSurvivesTheArrivalOfTheRest()
    {
        QTableView* table = m_page->table();
        table->selectRow(3);
        const qint64 chosen = model()->idAt(3);
        QTRY_VERIFY(model()->isComplete());
        const QModelIndexList rows = table->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(model()->idAt(rows.first().row()), chosen);
    }

    void sortAndSearchMeanwhileApplyOnArrival()
    {
        m_page->table()->sortByColumn(static_cast<int>(ProjectColumn::Name), Qt::AscendingOrder);
        // Names are "项目 N Project": every word must be found, so the number narrows.
        m_page->filterBar()->searchEdit()->setText(QStringLiteral("project 5"));
        QTRY_VERIFY(model()->isComplete());
        QVERIFY(model()->rowCount() > 0);
        QVERIFY(model()->rowCount() < m_inPlay);
        QString previous;
        for (int row = 0; row < model()->rowCount(); ++row) {
            const QString name = model()->index(row, 0).data().toString();
            QVERIFY2(name.contains(QLatin1Char('5')), qPrintable(name));
            QVERIFY(previous.toLower() <= name.toLower());
            previous = name;
        }
    }

    void editsMeanwhileAreNotLost()
    {
        const qint64 id = model()->idAt(0);
        Result<Project> project = m_session->portfolio().project(id);
        TG_VERIFY_OK(project);
        project->name = QStringLiteral("改名 Renamed while loading");
        TG_VERIFY_OK(m_session->portfolio().updateProject(*project, analyst()));
        m_session->notifyProjectChanged(id);
        QTRY_VERIFY(model()->isComplete());
        const int row = model()->rowOfId(id);
        QVERIFY(row >= 0);
        QCOMPARE(model()->index(row, 0).data().toString(), project->name);
    }

    void editsDuringAReloadUnderAFilterAreNotLost()
    {
        m_page->filterBar()->searchEdit()->setText(QStringLiteral("project"));
        QTRY_VERIFY(model()->isComplete());
        const int shown = model()->rowCount();
        // A filtered table keeps its rows while the reload runs (no first screen for a filter).
        QSignalSpy arrived(model(), &ProjectTableModel::contentsChanged);
        m_page->reloadAll();
        QVERIFY(model()->isComplete());
        QCOMPARE(model()->rowCount(), shown);
        const qint64 id = model()->idAt(1);
        Result<Project> project = m_session->portfolio().project(id);
        TG_VERIFY_OK(project);
        project->name = QStringLiteral("Project renamed during a reload");
        TG_VERIFY_OK(m_session->portfolio().updateProject(*project, analyst()));
        m_session->notifyProjectChanged(id);
        QTRY_VERIFY(arrived.count() >= 2);
        qWarning("after wait: %d",
                 int(arrived.count())); // the edit's refresh, then the loaded rows
        QCOMPARE(model()->index(model()->rowOfId(id), 0).data().toString(), project->name);
    }
};

QTEST_MAIN(TestProjectTableLoading)
#include "TestProjectTableLoading.moc"
