// The main window on a temporary database: title, segment tree, search, filters, sorting,
// settings and what it remembers between runs.

#include "GuiTestSupport.h"
#include "mainwindow/MainWindow.h"
#include "models/HistoryModel.h"
#include "models/ProjectTableModel.h"
#include "models/SegmentTreeModel.h"
#include "projects/ProjectFilterBar.h"
#include "projects/ProjectsPage.h"
#include "session/Session.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QTableView>
#include <QTreeView>

using namespace tollgate;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QHash<QString, qint64> m_ids; // by name

    // Eight projects over three segments; five fully scored with different M and C.
    void fillDatabase()
    {
        auto opened = Portfolio::open(m_path, OpenMode::CreateIfMissing);
        QVERIFY(opened.ok());
        Portfolio& p = **opened;
        const Template t = *p.currentTemplate();
        struct Row {
            const char* name;
            const char* segment;
            int market; // -1: not scored
            int cost;
        };
        const Row rows[] = {{"触联科技 TactiLink", "sensors", 5, 4},
                            {"视芯 VisionDie", "sensors", 3, 4},
                            {"晶材 CrystalMat", "materials", 4, 2},
                            {"光刻件 LithoPart", "equipment-parts", 2, 2},
                            {"微感 MicroSense", "sensors", 4, 4},
                            {"新材 NovaMat", "materials", -1, -1},
                            {"蚀刻 EtchCore", "equipment-parts", -1, -1},
                            {"声学 AcoustiQ", "sensors", -1, -1}};
        for (const Row& r : rows) {
            Project project =
                test::project(QString::fromUtf8(r.name), QString::fromUtf8(r.segment));
            if (project.name.contains(QStringLiteral("Litho")))
                project.city = QStringLiteral("Shanghai");
            const Result<qint64> id = p.createProject(project, QStringLiteral("tester"));
            QVERIFY(id.ok());
            m_ids.insert(project.name, *id);
            if (r.market >= 0)
                QVERIFY(p.addScorecard(
                             test::fullScorecard(t, *id, QStringLiteral("林晓"), r.market, r.cost),
                             QStringLiteral("林晓"))
                            .ok());
        }
    }

    static QStringList names(const ProjectTableModel* model)
    {
        QStringList list;
        for (int row = 0; row < model->rowCount(); ++row)
            list.append(model->index(row, 0).data().toString());
        return list;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::useTemporarySettings(m_dir);
        m_path = m_dir.filePath(QStringLiteral("pipeline.tollgate"));
        fillDatabase();
    }

    void closingTheWindowFreesBothCentralWidgets()
    {
        // Found by LeakSanitizer (docs/reliability.md): the "no database" label, taken out of
        // the window when a database opened, and the tabs of a window that never opened one
        // belonged to nothing and outlived the window.
        auto* opened = new MainWindow;
        QPointer<QWidget> placeholder = opened->centralWidget();
        QVERIFY(opened->openDatabase(m_path, OpenMode::ExistingOnly).ok());
        QCOMPARE(opened->centralWidget(), static_cast<QWidget*>(opened->tabs()));
        delete opened;
        QVERIFY(placeholder.isNull());

        auto* empty = new MainWindow;
        QPointer<QTabWidget> tabs = empty->tabs();
        delete empty;
        QVERIFY(tabs.isNull());
    }

    void showsTheDatabaseInTheTitleAndTable()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_path, OpenMode::ExistingOnly).ok());
        window.show();
        QCOMPARE(window.windowTitle(), QStringLiteral("Tollgate — pipeline.tollgate"));
        QCOMPARE(window.tabs()->count(), 3);
        ProjectsPage* page = window.projectsPage();
        QCOMPARE(page->tableModel()->rowCount(), 8);
        QAbstractItemModelTester tableTester(
            page->tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester treeTester(page->segmentModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The segment tree counts the projects.
        const QModelIndex sensors = page->segmentModel()->indexOfKey(QStringLiteral("sensors"));
        QCOMPARE(sensors.data(SegmentTreeModel::CountRole).toInt(), 4);
        QVERIFY(sensors.data().toString().endsWith(QStringLiteral("(4)")));
        QCOMPARE(
            page->segmentModel()->indexOfKey(QString()).data(SegmentTreeModel::CountRole).toInt(),
            8);
    }

    void clickingASegmentFiltersTheTable()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_path, OpenMode::ExistingOnly).ok());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ProjectsPage* page = window.projectsPage();
        QTreeView* tree = page->segmentTree();
        const QModelIndex materials = page->segmentModel()->indexOfKey(QStringLiteral("materials"));
        tree->scrollTo(materials);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                          tree->visualRect(materials).center());
        QCOMPARE(page->selectedSegment(), QStringLiteral("materials"));
        QCOMPARE(page->tableModel()->rowCount(), 2);
        for (int row = 0; row < 2; ++row)
            QCOMPARE(page->tableModel()->index(row, int(ProjectColumn::Segment)).data().toString(),
                     QStringLiteral("Materials"));
        const QModelIndex all = page->segmentModel()->indexOfKey(QString());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(all).center());
        QCOMPARE(page->tableModel()->rowCount(), 8);
    }

    void typingNarrowsTheTable()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_path, OpenMode::ExistingOnly).ok());
        window.show();
        ProjectsPage* page = window.projectsPage();
        QLineEdit* search = page->filterBar()->searchEdit();
        test::typeText(search, QStringLiteral("ma"));
        QCOMPARE(names(page->tableModel()).size(), 2); // CrystalMat, NovaMat (names and cities)
        test::typeText(search, QStringLiteral("t"));
        QCOMPARE(page->tableModel()->rowCount(), 2);
        test::typeText(search, QStringLiteral(" nova"));
        QCOMPARE(names(page->tableModel()), QStringList{QStringLiteral("新材 NovaMat")});
        search->clear();
        test::typeText(search, QStringLiteral("SHANGHAI")); // the city, any case
        QCOMPARE(names(page->tableModel()), QStringList{QStringLiteral("光刻件 LithoPart")});
        search->clear();
        test::typeText(search, QStringLiteral("触联"));
        QCOMPARE(names(page->tableModel()), QStringList{QStringLiteral("触联科技 TactiLink")});
        search->clear();
        QCOMPARE(page->tableModel()->rowCount(), 8);
        // Filters by verdict and stage from the filter bar.
        auto* verdict = page->filterBar()->findChild<QComboBox*>(QStringLiteral("verdictFilter"));
        verdict->setCurrentIndex(verdict->findData(static_cast<int>(Verdict::Incomplete)));
        QCOMPARE(page->tableModel()->rowCount(), 3);
        verdict->setCurrentIndex(verdict->findData(static_cast<int>(Verdict::Pursue)));
        QCOMPARE(names(page->tableModel()).size(), 3); // 5/4, 3/4 (60/80), 4/4
    }

    void sortingByCompositeOrdersTheTable()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_path, OpenMode::ExistingOnly).ok());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ProjectsPage* page = window.projectsPage();
        QHeaderView* header = page->table()->horizontalHeader();
        const int composite = int(ProjectColumn::Composite);
        // Clicking the header sorts; clicking again reverses.
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(composite) + 10, 5));
        const Qt::SortOrder first = header->sortIndicatorOrder();
        QCOMPARE(header->sortIndicatorSection(), composite);
        auto values = [&] {
            QList<double> list;
            for (int row = 0; row < page->tableModel()->rowCount(); ++row) {
                const QVariant v = page->tableModel()
                                       ->index(row, composite)
                                       .data(ProjectTableModel::SortValueRole);
                list.append(v.isValid() ? v.toDouble() : -1);
            }
            return list;
        };
        QList<double> sorted = values();
        QList<double> expected = sorted;
        std::sort(expected.begin(), expected.end());
        if (first == Qt::DescendingOrder)
            std::reverse(expected.begin(), expected.end());
        QCOMPARE(sorted, expected);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(composite) + 10, 5));
        std::reverse(expected.begin(), expected.end());
        QCOMPARE(values(), expected);
        // The best project: M 100 (5s) and C 80 (4s) → √8000.
        QCOMPARE(page->tableModel()
                     ->index(header->sortIndicatorOrder() == Qt::DescendingOrder ? 0 : 7, 0)
                     .data()
                     .toString(),
                 QStringLiteral("触联科技 TactiLink"));
    }

    void savedFiltersApplyAndPersist()
    {
        {
            MainWindow window;
            QVERIFY(window.openDatabase(m_path, OpenMode::ExistingOnly).ok());
            window.show();
            ProjectsPage* page = window.projectsPage();
            page->segmentTree()->setCurrentIndex(
                page->segmentModel()->indexOfKey(QStringLiteral("sensors")));
            test::typeText(page->filterBar()->searchEdit(), QStringLiteral("深圳"));
            page->saveCurrentFilter(QStringLiteral("深圳传感器"));
            QCOMPARE(page->segmentModel()->savedFilters().size(), 1);
        }
        MainWindow window;
        QVERIFY(window.openDatabase(m_path, OpenMode::ExistingOnly).ok());
        window.show();
        ProjectsPage* page = window.projectsPage();
        QAbstractItemModelTester tester(page->segmentModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page->tableModel()->rowCount(), 8);
        const QModelIndex saved = page->segmentModel()->indexOfSavedFilter(0);
        QVERIFY(saved.isValid());
        QCOMPARE(saved.data().toString(), QStringLiteral("深圳传感器"));
        QTreeView* tree = page->segmentTree();
        tree->scrollTo(saved);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(saved).center());
        QCOMPARE(page->filterBar()->searchEdit()->text(), QStringLiteral("深圳"));
        QCOMPARE(page->tableModel()->rowCount(), 4); // the four sensors, all in 深圳
        page->deleteSavedFilter(0);
        QVERIFY(page->segmentModel()->savedFilters().isEmpty());
        QCOMPARE(page->tableModel()->rowCount(), 7); // every segment; the search stays
    }

    void historyModelPassesTheTester()
    {
        auto opened = Portfolio::open(m_path, OpenMode::ExistingOnly);
        QVERIFY(opened.ok());
        HistoryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto history = (*opened)->history(m_ids.value(QStringLiteral("触联科技 TactiLink")));
        QVERIFY(history.ok());
        model.setEntries(*history);
        QCOMPARE(model.rowCount(), history->size());
        QCOMPARE(model.columnCount(), 5);
    }

    void settingsPersistAndChangeTheGates()
    {
        {
            MainWindow window;
            QVERIFY(window.openDatabase(m_path, OpenMode::ExistingOnly).ok());
            window.show();
            bool answered = false;
            test::answerNextDialog<SettingsDialog>([&](SettingsDialog* dialog) {
                auto* analyst = dialog->findChild<QLineEdit*>(QStringLiteral("analystEdit"));
                analyst->clear();
                test::typeText(analyst, QStringLiteral("周明哲"));
                auto* currency = dialog->findChild<QComboBox*>(QStringLiteral("currencyCombo"));
                currency->setCurrentIndex(1);
                auto* language = dialog->findChild<QComboBox*>(QStringLiteral("languageCombo"));
                language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
                // A market gate of 70 turns VisionDie (M 60, C 80) into a market gap.
                dialog->findChild<QDoubleSpinBox*>(QStringLiteral("marketGateSpin"))->setValue(70);
                answered = true;
                dialog->accept();
            });
            window.showSettings();
            QVERIFY(answered);
            QCOMPARE(window.session()->analyst(), QStringLiteral("周明哲"));
            ProjectTableModel* model = window.projectsPage()->tableModel();
            const int row = model->rowOfId(m_ids.value(QStringLiteral("视芯 VisionDie")));
            QCOMPARE(model->index(row, int(ProjectColumn::Verdict))
                         .data(ProjectTableModel::VerdictKeyRole)
                         .toString(),
                     QStringLiteral("market-gap"));
            QCOMPARE(window.session()->portfolio().currentTemplate()->marketGate, 70.0);
            window.resize(1111, 700);
            window.close();
        }
        // Read back from the settings file, as the next start would.
        QCOMPARE(AppSettings::analyst(), QStringLiteral("周明哲"));
        QCOMPARE(AppSettings::language(), QStringLiteral("zh_CN"));
        QCOMPARE(AppSettings::currencyDisplay(), CurrencyDisplay::HundredMillion);
        QCOMPARE(QSettings().value(QStringLiteral("analyst/name")).toString(),
                 QStringLiteral("周明哲"));
        AppSettings::setLanguage(QString());

        // The next window opens the last database without asking and keeps the geometry.
        MainWindow again;
        QVERIFY(again.openStartupDatabase());
        QCOMPARE(QFileInfo(again.session()->portfolio().path()).fileName(),
                 QStringLiteral("pipeline.tollgate"));
        QCOMPARE(again.width(), 1111);
        QCOMPARE(again.session()->analyst(), QStringLiteral("周明哲"));
        QCOMPARE(AppSettings::recentFiles().first(), QFileInfo(m_path).absoluteFilePath());
    }

    void remembersColumnsAndSplitters()
    {
        QByteArray header;
        {
            MainWindow window;
            QVERIFY(window.openDatabase(m_path, OpenMode::ExistingOnly).ok());
            window.show();
            QHeaderView* h = window.projectsPage()->table()->horizontalHeader();
            h->resizeSection(0, 321);
            h->setSortIndicator(int(ProjectColumn::Market), Qt::AscendingOrder);
            window.close();
        }
        MainWindow window;
        QVERIFY(window.openDatabase(m_path, OpenMode::ExistingOnly).ok());
        QHeaderView* h = window.projectsPage()->table()->horizontalHeader();
        QCOMPARE(h->sectionSize(0), 321);
        QCOMPARE(h->sortIndicatorSection(), int(ProjectColumn::Market));
        QCOMPARE(window.projectsPage()->tableModel()->sortColumn(), int(ProjectColumn::Market));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
