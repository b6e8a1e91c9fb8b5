// Compare: 2–6 projects side by side from the main window's selection — the model (checked by
// QAbstractItemModelTester), the best value of each row painted by the delegate, the overlaid
// radars, blind scoring honoured, and the PDF with Chinese and hostile names as text.

#include "GuiTestSupport.h"

#include "analytics/Comparison.h"
#include "compare/BestValueDelegate.h"
#include "compare/CompareDialog.h"
#include "compare/ComparisonModel.h"
#include "mainwindow/MainWindow.h"
#include "models/ProjectTableModel.h"
#include "projects/ProjectsPage.h"
#include "session/Session.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QChart>
#include <QChartView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTextDocumentFragment>

using namespace tollgate;

class TestCompareDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QList<qint64> m_ids; // strong, middling, weak, hostile name
    const QString m_analyst = QStringLiteral("林晓");

    void fillDatabase()
    {
        auto opened = Portfolio::open(m_path, OpenMode::CreateIfMissing);
        QVERIFY(opened.ok());
        Portfolio& p = **opened;
        const Template t = *p.currentTemplate();
        struct Row {
            QString name;
            int market;
            int cost;
        };
        const Row rows[] = {{QStringLiteral("触联科技 TactiLink"), 5, 4},
                            {QStringLiteral("晶材 CrystalMat"), 3, 3},
                            {QStringLiteral("光刻件 LithoPart"), 2, 1},
                            {QStringLiteral("<b>x</b> & Co"), 3, 3}};
        for (const Row& r : rows) {
            const Result<qint64> id =
                p.createProject(test::project(r.name, QStringLiteral("sensors")), m_analyst);
            QVERIFY(id.ok());
            m_ids.append(*id);
            QVERIFY(
                p.addScorecard(test::fullScorecard(t, *id, m_analyst, r.market, r.cost), m_analyst)
                    .ok());
        }
        // A second analyst disagrees on the first project's M1 by 3 points.
        Scorecard other = test::fullScorecard(t, m_ids[0], QStringLiteral("王磊"), 5, 4);
        other.entries[QStringLiteral("M1")].score = 2;
        QVERIFY(p.addScorecard(other, QStringLiteral("王磊")).ok());
    }

    std::unique_ptr<Session> openSession(const QString& analyst)
    {
        auto opened = Portfolio::open(m_path, OpenMode::ExistingOnly);
        if (!opened.ok())
            return nullptr;
        return std::make_unique<Session>(std::move(*opened), analyst);
    }

    static int column(const ComparisonModel* model, qint64 id)
    {
        for (int c = 0; c < model->columnCount(); ++c)
            if (model->projects().at(c).project.id == id)
                return c;
        return -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::useTemporarySettings(m_dir);
        m_path = m_dir.filePath(QStringLiteral("compare.tollgate"));
        fillDatabase();
    }

    void tableShowsEachProjectWithTheBestOfEachRow()
    {
        std::unique_ptr<Session> session = openSession(m_analyst);
        QVERIFY(session);
        CompareDialog dialog(session.get(), m_ids.mid(0, 3));
        ComparisonModel* model = dialog.model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->columnCount(), 3);
        QCOMPARE(model->rowCount(), 6 + 12 + 3);
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(),
                 QStringLiteral("触联科技 TactiLink"));

        const int market = model->rowOf(ComparisonRowKind::Market);
        const int strong = column(model, m_ids[0]);
        QCOMPARE(model->index(market, strong).data(ComparisonModel::IsBestRole).toBool(), true);
        QCOMPARE(model->index(market, column(model, m_ids[2]))
                     .data(ComparisonModel::IsBestRole)
                     .toBool(),
                 false);
        // Fewer red flags is better: the weak project's C5 = 1 raises one the others lack.
        const int flags = model->rowOf(ComparisonRowKind::RedFlags);
        QVERIFY(!model->index(flags, column(model, m_ids[2]))
                     .data(ComparisonModel::IsBestRole)
                     .toBool());
        // M1: mean of 5 and 2 with its spread, marked as a disagreement.
        const QModelIndex m1 =
            model->index(model->rowOf(ComparisonRowKind::Criterion, QStringLiteral("M1")), strong);
        QVERIFY(m1.data().toString().contains(QStringLiteral("3.5")));
        QVERIFY(m1.data().toString().contains(QStringLiteral("3")));
        QVERIFY(m1.data(ComparisonModel::DisagreementRole).toBool());
        QCOMPARE(model->index(model->rowOf(ComparisonRowKind::Verdict), strong).data().toString(),
                 QStringLiteral("Pursue"));

        // The delegate paints the best cell on green, the others on the plain base.
        QVERIFY(qobject_cast<BestValueDelegate*>(dialog.table()->itemDelegate()));
        dialog.resize(1400, 900);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QImage shot = dialog.table()->viewport()->grab().toImage();
        const auto background = [&](int row, int col) {
            const QRect cell = dialog.table()->visualRect(model->index(row, col));
            const QPoint inside(cell.left() + 6, cell.top() + 2);
            if (!shot.rect().contains(inside))
                qWarning("cell %d,%d is outside the table's viewport", row, col);
            return shot.rect().contains(inside) ? QColor(shot.pixel(inside)) : QColor();
        };
        QCOMPARE(background(market, strong), BestValueDelegate::bestBackground());
        const QColor plain = background(market, column(model, m_ids[2]));
        QVERIFY(plain.isValid());
        QVERIFY(plain != BestValueDelegate::bestBackground());

        // One radar line per project, named after it.
        // (Each line's score marks and the ring numbers are scatter series of their own.)
        QList<QAbstractSeries*> series;
        for (QAbstractSeries* s : dialog.radarView()->chart()->series())
            if (s->type() == QAbstractSeries::SeriesTypeLine)
                series.append(s);
        QCOMPARE(series.size(), 3);
        QCOMPARE(series.first()->name(), QStringLiteral("触联科技 TactiLink"));
        QVERIFY(!dialog.radarImage().isNull());
    }

    void blindScoringHidesTheOthersHereToo()
    {
        {
            std::unique_ptr<Session> admin = openSession(m_analyst);
            QVERIFY(admin->portfolio().setBlindScoring(true, m_analyst).ok());
            // 王磊 starts a new, unsubmitted screening of the first project.
            const Template t = *admin->portfolio().currentTemplate();
            Scorecard draft = test::fullScorecard(t, m_ids[0], QStringLiteral("王磊"), 1, 1);
            draft.date = QDate(2026, 12, 1);
            draft.submitted = false;
            QVERIFY(admin->portfolio().addScorecard(draft, QStringLiteral("王磊")).ok());
        }
        std::unique_ptr<Session> wang = openSession(QStringLiteral("王磊"));
        CompareDialog dialog(wang.get(), m_ids.mid(0, 2));
        const int market = dialog.model()->rowOf(ComparisonRowKind::Market);
        // Only his own draft (all 1s: M = 20) counts for him, not 林晓's 5s.
        QCOMPARE(dialog.model()->index(market, 0).data(ComparisonModel::RankValueRole).toDouble(),
                 20.0);
        std::unique_ptr<Session> lin = openSession(m_analyst);
        CompareDialog theirs(lin.get(), m_ids.mid(0, 2));
        QVERIFY(theirs.model()->index(market, 0).data(ComparisonModel::RankValueRole).toDouble() >
                20.0);
        QVERIFY(lin->portfolio().setBlindScoring(false, m_analyst).ok());
    }

    void tooManyOrTooFewAreRefused()
    {
        std::unique_ptr<Session> session = openSession(m_analyst);
        CompareDialog one(session.get(), {m_ids[0]});
        QCOMPARE(one.model()->columnCount(), 0);
        const Status refused = one.reload();
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("2")));
        CompareDialog seven(session.get(), QList<qint64>(7, m_ids[0]));
        QVERIFY(!seven.reload().ok());
    }

    void pdfCarriesTheTableAsText()
    {
        std::unique_ptr<Session> session = openSession(m_analyst);
        CompareDialog dialog(session.get(), {m_ids[0], m_ids[3]});
        const QString pdf = m_dir.filePath(QStringLiteral("对比 comparison.pdf"));
        const Status saved = dialog.exportPdf(pdf);
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        // NFKC folds the typographic ligatures the PDF keeps ("ﬁ" in "Confidential").
        const QString content = QString::fromUtf8(text.readAllStandardOutput())
                                    .normalized(QString::NormalizationForm_KC);
        QVERIFY2(content.contains(QStringLiteral("触联科技")), qPrintable(content.left(400)));
        QVERIFY(content.contains(QStringLiteral("<b>x</b> & Co")));
        QVERIFY(content.contains(QStringLiteral("Confidential")));
        QVERIFY(content.contains(QStringLiteral("Composite")));
    }

    void compareActionOpensOnTheTableSelection()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_path, OpenMode::ExistingOnly).ok());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ProjectsPage* page = window.projectsPage();
        QTableView* table = page->table();
        auto* compare = window.findChild<QAction*>(QStringLiteral("compareAction"));
        QVERIFY(compare);
        QCOMPARE(compare->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));

        // Ctrl-click two rows, then the shortcut.
        const auto rowOf = [&](qint64 id) {
            return page->tableModel()->rowOfId(id);
        };
        table->selectRow(rowOf(m_ids[1]));
        table->selectionModel()->select(table->model()->index(rowOf(m_ids[2]), 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(page->selectedProjects().size(), 2);
        compare->trigger();
        auto* dialog = window.findChild<CompareDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->model()->columnCount(), 2);
        QCOMPARE(dialog->model()->projects().at(0).project.id +
                     dialog->model()->projects().at(1).project.id,
                 m_ids[1] + m_ids[2]);
        dialog->close();
    }

    void radarKeyShowsEveryNameWhole()
    {
        // Six projects, two with names far longer than the chart's own legend has room for.
        const QStringList longNames{QStringLiteral("苏州纳米感知微系统科技 NanoSense Microsystems"),
                                    QStringLiteral("上海先进封装测试 Advanced Packaging & Test")};
        QList<qint64> ids = m_ids;
        {
            std::unique_ptr<Session> session = openSession(m_analyst);
            QVERIFY(session);
            Portfolio& p = session->portfolio();
            const Template t = *p.currentTemplate();
            for (const QString& name : longNames) {
                const Result<qint64> id =
                    p.createProject(test::project(name, QStringLiteral("sensors")), m_analyst);
                QVERIFY(id.ok());
                ids.append(*id);
                QVERIFY(
                    p.addScorecard(test::fullScorecard(t, *id, m_analyst, 4, 3), m_analyst).ok());
            }
        }
        std::unique_ptr<Session> session = openSession(m_analyst);
        CompareDialog dialog(session.get(), ids);
        dialog.resize(1366 * 9 / 10, 768 * 9 / 10);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QApplication::processEvents();
        // The chart's own legend, which elides, is hidden; the key under the radar has every
        // name whole (hostile text as text), wrapped onto as many lines as it needs.
        QVERIFY(!dialog.radarView()->chart()->legend()->isVisible());
        QLabel* key = dialog.radarLegend();
        QVERIFY(key->isVisible());
        const QString shown =
            QTextDocumentFragment::fromHtml(key->text()).toPlainText().replace(QChar(0xA0), u' ');
        for (const qint64 id : ids) {
            const QString name = session->portfolio().project(id)->name;
            QVERIFY2(shown.contains(name),
                     qUtf8Printable(name + QStringLiteral(" not in ") + shown));
        }
        QVERIFY2(key->height() >= key->heightForWidth(key->width()),
                 qPrintable(QStringLiteral("key cut: %1 px of %2")
                                .arg(key->height())
                                .arg(key->heightForWidth(key->width()))));
        // On paper the chart carries its legend again, and the dialog's chart is left as it was.
        QVERIFY(!dialog.radarImage().isNull());
        QVERIFY(!dialog.radarView()->chart()->legend()->isVisible());
    }

    void printAndPdfHaveTheirOwnAccessKeys()
    {
        std::unique_ptr<Session> session = openSession(m_analyst);
        CompareDialog dialog(session.get(), m_ids.mid(0, 2));
        auto* print = dialog.findChild<QPushButton*>(QStringLiteral("comparePrintButton"));
        auto* pdf = dialog.findChild<QPushButton*>(QStringLiteral("comparePdfButton"));
        QVERIFY(print && pdf);
        const QKeySequence printKey = QKeySequence::mnemonic(print->text());
        QVERIFY(!printKey.isEmpty());
        QVERIFY2(printKey != QKeySequence::mnemonic(pdf->text()),
                 qPrintable(print->text() + QStringLiteral(" / ") + pdf->text()));
    }
};

QTEST_MAIN(TestCompareDialog)
#include "TestCompareDialog.moc"
