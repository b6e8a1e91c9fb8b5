// Project ▸ Memo… on the offscreen platform: the memo's charts drawn by the dashboard's builders,
// the print preview showing its pages with Export PDF… and Export HTML… in the toolbar, and the
// exports writing the files; the main window's Memo action opens the preview for the selected
// project.
#include "GuiTestSupport.h"
#include "StorageFixtures.h"
#include "charts/MemoChartRenderer.h"
#include "mainwindow/MainWindow.h"
#include "projects/ProjectsPage.h"
#include "report/MemoFile.h"
#include "report/MemoPreviewDialog.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"

#include <QAction>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPrintPreviewWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <algorithm>
#include <cmath>
#include <ctime>

using namespace tollgate;
using namespace tollgate::test;

namespace
{

// Some dark pixels: text, axes or lines were drawn, not just a background.
bool hasInk(const QImage& image)
{
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            if (qGray(image.pixel(x, y)) < 100)
                return true;
    return false;
}

} // namespace

class TestMemoPreview : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_database;
    qint64 m_project = 0;

private slots:
    void initTestCase()
    {
        useTemporarySettings(m_dir);
        m_database = m_dir.filePath(QStringLiteral("memo.tollgate"));
        auto portfolio = openPortfolio(m_database);
        QVERIFY(portfolio);
        const Result<qint64> id =
            portfolio->createProject(makeProject(QStringLiteral("触觉 Tactile <One>")), analyst());
        TG_VERIFY_OK(id);
        m_project = *id;
        TG_VERIFY_OK(portfolio->addScorecard(
            makeScorecard(*id, analyst(), QDate(2026, 5, 1), uniformScores(4)), analyst()));
        TG_VERIFY_OK(portfolio->createProject(makeProject(QStringLiteral("Peer")), analyst()));
    }

    void chartsComeFromTheDashboardBuilders()
    {
        auto portfolio = openPortfolio(m_database);
        const Result<MemoData> data = gatherMemoData(*portfolio, m_project, 2026);
        TG_VERIFY_OK(data);
        const MemoChartImages charts = MemoChartRenderer::render(*data, false, 150);
        // Laid out at the memo's figure size, rendered at 150 dpi.
        QCOMPARE(charts.costCurve.width(), MemoChartImages::costCurveSize().width() * 150 / 96);
        QVERIFY(std::abs(charts.screeningMatrix.height() -
                         MemoChartImages::screeningMatrixSize().height() * 150.0 / 96) <= 1);
        QVERIFY(hasInk(charts.costCurve));
        QVERIFY(hasInk(charts.screeningMatrix));
    }

    void noChartsWithoutScoresOrCostInputs()
    {
        MemoData data;
        data.segments = defaultSegments();
        const MemoChartImages charts = MemoChartRenderer::render(data, false, 96);
        QVERIFY(charts.costCurve.isNull());
        QVERIFY(charts.screeningMatrix.isNull());
    }

    void previewShowsPagesAndExports()
    {
        auto portfolio = openPortfolio(m_database);
        const Result<MemoData> data = gatherMemoData(*portfolio, m_project, 2026);
        TG_VERIFY_OK(data);
        MemoOptions options;
        options.fundName = QStringLiteral("Test Fund");
        MemoPreviewDialog dialog(*data, MemoChartRenderer::render(*data, false, 96), options);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* preview = dialog.findChild<QPrintPreviewWidget*>();
        QVERIFY(preview);
        QTRY_VERIFY(preview->pageCount() >= 2);

        auto* toolbar = dialog.findChild<QToolBar*>();
        QVERIFY(toolbar);
        QVERIFY(toolbar->actions().contains(dialog.exportPdfAction()));
        QVERIFY(toolbar->actions().contains(dialog.exportHtmlAction()));

        const QString pdf = m_dir.filePath(QStringLiteral("preview.pdf"));
        TG_VERIFY_OK(dialog.exportTo(pdf));
        QVERIFY(fileBytes(pdf).startsWith("%PDF-"));
        const QString html = m_dir.filePath(QStringLiteral("preview.html"));
        TG_VERIFY_OK(dialog.exportTo(html));
        const QByteArray page = fileBytes(html);
        QVERIFY(page.contains("&lt;One&gt;"));
        QVERIFY(page.contains("Test Fund"));
        dialog.close();
    }

    // Not a timing assertion: the median of a few memos — gathered, charted at 300 dpi, written
    // as PDF — with each step's share and the CPU time (the wall time on a loaded machine says
    // more about the machine), printed for docs/memo.md. SPEC §9 target: 300 ms.
    void reportsTheTimeOfOneMemoPdf()
    {
        auto portfolio = openPortfolio(m_database);
        const QString pdf = m_dir.filePath(QStringLiteral("timed.pdf"));
        QList<double> gather, charts, write, total, cpu;
        for (int run = 0; run < 7; ++run) {
            const std::clock_t cpuStart = std::clock();
            QElapsedTimer timer;
            timer.start();
            const Result<MemoData> data = gatherMemoData(*portfolio, m_project, 2026);
            TG_VERIFY_OK(data);
            gather.append(timer.nsecsElapsed() / 1e6);
            const MemoChartImages images = MemoChartRenderer::render(*data, false);
            charts.append(timer.nsecsElapsed() / 1e6 - gather.last());
            TG_VERIFY_OK(MemoFile::write(*data, images, MemoOptions(), pdf));
            total.append(timer.nsecsElapsed() / 1e6);
            write.append(total.last() - gather.last() - charts.last());
            cpu.append(1000.0 * double(std::clock() - cpuStart) / CLOCKS_PER_SEC);
        }
        auto median = [](QList<double> values) {
            std::sort(values.begin(), values.end());
            return values.at(values.size() / 2);
        };
        qInfo("one memo PDF: median %.0f ms wall (gather %.0f, charts %.0f, layout and PDF %.0f), "
              "%.0f ms CPU",
              median(total), median(gather), median(charts), median(write), median(cpu));
        QVERIFY(fileBytes(pdf).startsWith("%PDF-"));
    }

    void fundNameIsASetting()
    {
        SettingsDialog dialog(nullptr);
        auto* analyst = dialog.findChild<QLineEdit*>(QStringLiteral("analystEdit"));
        auto* fund = dialog.findChild<QLineEdit*>(QStringLiteral("fundNameEdit"));
        QVERIFY(analyst && fund);
        analyst->setText(QStringLiteral("Lin"));
        fund->setText(QStringLiteral("  Northbridge Fund I "));
        dialog.accept();
        QCOMPARE(AppSettings::fundName(), QStringLiteral("Northbridge Fund I"));
    }

    void mainWindowOpensTheSelectedProjectsMemo()
    {
        MainWindow window;
        TG_VERIFY_OK(window.openDatabase(m_database, OpenMode::ExistingOnly));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* memo = window.findChild<QAction*>(QStringLiteral("memoAction"));
        QVERIFY(memo);
        QVERIFY(memo->isEnabled());
        QCOMPARE(memo->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
        QVERIFY(window.projectsPage()->table()->actions().contains(memo));

        // Nothing selected: a hint, not a preview.
        window.projectsPage()->selectProject(0);
        bool hinted = false;
        answerNextDialog<QMessageBox>([&hinted](QMessageBox* box) {
            hinted = true;
            box->accept();
        });
        if (window.projectsPage()->selectedProject() == 0) {
            memo->trigger();
            QVERIFY(hinted);
        }

        window.projectsPage()->selectProject(m_project);
        QCOMPARE(window.projectsPage()->selectedProject(), m_project);
        QString title;
        answerNextDialog<QPrintPreviewDialog>([&title](QPrintPreviewDialog* dialog) {
            title = dialog->windowTitle();
            dialog->reject();
        });
        memo->trigger();
        QVERIFY2(title.contains(QStringLiteral("触觉 Tactile <One>")), qPrintable(title));
    }
};

QTEST_MAIN(TestMemoPreview)
#include "TestMemoPreview.moc"
