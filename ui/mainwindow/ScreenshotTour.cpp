#include "mainwindow/ScreenshotTour.h"

#include "compare/CompareDialog.h"
#include "mainwindow/MainWindow.h"
#include "models/ProjectTableModel.h"
#include "projects/ProjectDetail.h"
#include "projects/ProjectsPage.h"
#include "session/Session.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QTableView>
#include <QThread>

#include "scorecard/AggregateView.h"
#include "scorecard/ScorecardPage.h"

namespace tollgate
{

namespace
{
// Lets layouts, chart animations and deferred paints settle before a grab.
void settle(int ms = 400)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
}

// The project the screens show: the one with the most scorecards among the first rows (the
// aggregate view has something to compare), ties to the higher composite.
qint64 showcaseProject(ProjectsPage& page, Session& session)
{
    ProjectTableModel* model = page.tableModel();
    qint64 best = model->idAt(0);
    qsizetype most = -1;
    for (int row = 0; row < std::min(model->rowCount(), 200); ++row) {
        const qint64 id = model->idAt(row);
        const auto scorecards = session.portfolio().scorecards(id);
        if (scorecards && scorecards->size() > most) {
            most = scorecards->size();
            best = id;
        }
    }
    return best;
}

QString save(QWidget& window, const QString& directory, const QString& name, QSize size,
             const QString& suffix)
{
    settle();
    const QString file = QDir(directory).filePath(
        QStringLiteral("%1%2-%3x%4.png").arg(name, suffix).arg(size.width()).arg(size.height()));
    return window.grab().save(file) ? file : QString();
}
} // namespace

QStringList takeScreenshots(MainWindow& window, const QString& directory, QSize size,
                            const QString& suffix)
{
    QDir().mkpath(directory);
    QStringList files;
    window.showNormal();
    window.resize(size);
    settle();
    ProjectsPage* page = window.projectsPage();
    if (!page || !window.session())
        return files;
    window.tabs()->setCurrentWidget(page);
    page->setPaneProportions(0.15, 0.49);
    page->table()->sortByColumn(static_cast<int>(ProjectColumn::Composite), Qt::DescendingOrder);
    page->selectProject(showcaseProject(*page, *window.session()));
    QTabWidget* detailTabs = page->detail()->tabs();
    detailTabs->setCurrentIndex(0);
    files << save(window, directory, QStringLiteral("main"), size, suffix);

    // The scored form is wide: the analyst widens the detail pane to work in it.
    page->setPaneProportions(0.0, size.width() < 1600 ? 0.36 : 0.42);
    detailTabs->setCurrentIndex(1);
    files << save(window, directory, QStringLiteral("scorecard"), size, suffix);
    ScorecardPage* scorecard = page->detail()->scorecardPage();
    for (int i = 0; i < scorecard->tabs()->count(); ++i) {
        QWidget* tab = scorecard->tabs()->widget(i);
        if (tab == scorecard->aggregateView() || tab->isAncestorOf(scorecard->aggregateView()))
            scorecard->tabs()->setCurrentIndex(i);
    }
    files << save(window, directory, QStringLiteral("aggregate"), size, suffix);
    scorecard->tabs()->setCurrentIndex(0);
    // The project's own charts (criteria radar, scores across screenings), pane widened.
    detailTabs->setCurrentIndex(2);
    files << save(window, directory, QStringLiteral("project-charts"), size, suffix);
    page->setPaneProportions(0.15, 0.49);
    detailTabs->setCurrentIndex(0);
    window.tabs()->setCurrentIndex(1);
    files << save(window, directory, QStringLiteral("dashboard"), size, suffix);
    window.tabs()->setCurrentIndex(0);

    // Compare on the four best projects of the table (sorted by composite above).
    QList<qint64> best;
    for (int row = 0; row < std::min(page->tableModel()->rowCount(), 4); ++row)
        best << page->tableModel()->idAt(row);
    CompareDialog compare(window.session(), best, &window);
    compare.resize(size.width() * 9 / 10, size.height() * 9 / 10);
    compare.show();
    files << save(compare, directory, QStringLiteral("compare"), size, suffix);
    compare.close();
    files.removeAll(QString());
    return files;
}

} // namespace tollgate
