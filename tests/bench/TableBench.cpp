#include "TableBench.h"

#include "models/ProjectSummaryLoader.h"
#include "models/ProjectTableModel.h"
#include "projects/ProjectFilterBar.h"
#include "projects/ProjectsPage.h"
#include "session/Session.h"

#include <QCoreApplication>
#include <QEvent>
#include <QEventLoop>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTableView>

#include <memory>

namespace tollgate::bench
{

namespace
{

// Counts the paint events of a widget: a figure ends when the table has really painted.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget* widget) : m_widget(widget) { widget->installEventFilter(this); }
    ~PaintCounter() override { m_widget->removeEventFilter(this); }
    int count() const { return m_count; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_widget && event->type() == QEvent::Paint)
            ++m_count;
        return false;
    }

private:
    QWidget* m_widget;
    int m_count = 0;
};

// Lets the event loop run as the app's would (posted work, layouts, then painting) until the
// table has painted since `before`; forces a paint if the platform never asked for one.
void waitForPaint(QTableView* table, const PaintCounter& paints, int before)
{
    for (int round = 0; round < 100 && paints.count() == before; ++round)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    if (paints.count() == before)
        table->viewport()->repaint();
}

// The app's start on one file: the Portfolio, the Session over it and the Projects page.
struct OpenPage {
    std::unique_ptr<Session> session;
    std::unique_ptr<ProjectsPage> page;
    std::unique_ptr<PaintCounter> paints;
    QString error;
};

// Kept behind a pointer: the page's loadFailed connection writes into `error`.
std::unique_ptr<OpenPage> openPage(const QString& database)
{
    auto made = std::make_unique<OpenPage>();
    OpenPage& open = *made;
    // As MainWindow::openDatabase opens a file: a large file's quick_check is left to the
    // page's loader thread.
    Result<std::unique_ptr<Portfolio>> portfolio =
        Portfolio::open(database, OpenMode::ExistingOnly, OpenCheck::Deferred);
    if (!portfolio) {
        open.error = portfolio.error().message;
        return made;
    }
    open.session = std::make_unique<Session>(std::move(portfolio).value(), QStringLiteral("bench"));
    open.page = std::make_unique<ProjectsPage>(open.session.get());
    QObject::connect(open.page.get(), &ProjectsPage::loadFailed, open.page.get(),
                     [error = &open.error](const Error& e) { *error = e.message; });
    open.page->resize(1366, 768);
    open.paints = std::make_unique<PaintCounter>(open.page->table()->viewport());
    open.page->show();
    waitForPaint(open.page->table(), *open.paints, 0);
    return made;
}

// Everything loaded: every row in the model and the repaint that follows done. The event loop
// sleeps while the worker reads (a polling loop would take a core from it).
void waitUntilReady(const OpenPage& open)
{
    if (!open.page)
        return;
    ProjectTableModel* model = open.page->tableModel();
    if (!model->isComplete() && open.error.isEmpty()) {
        QEventLoop loop;
        QObject::connect(model, &ProjectTableModel::contentsChanged, &loop, &QEventLoop::quit);
        QObject::connect(open.page.get(), &ProjectsPage::loadFailed, &loop, &QEventLoop::quit);
        loop.exec();
    }
    QCoreApplication::processEvents(QEventLoop::AllEvents);
}

// One key press and release carrying the character, as a keyboard or an input method sends
// it (QTest::keyClicks knows only ASCII).
void typeCharacter(QWidget* widget, QChar c)
{
    QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
    QCoreApplication::sendEvent(widget, &press);
    QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
    QCoreApplication::sendEvent(widget, &release);
}

int visibleRowsOf(QTableView* table)
{
    const int last = table->rowAt(table->viewport()->height() - 1);
    return last < 0 ? table->model()->rowCount() : last + 1;
}

// Typing: each query one character at a time into the real search field; each keystroke is
// timed until the table has repainted. The field is cleared, untimed, between queries.
Timing measureTyping(const OpenPage& open, const QStringList& queries, QString* error)
{
    QLineEdit* edit = open.page->filterBar()->searchEdit();
    QTableView* table = open.page->table();
    Timing timing;
    int matchedQueries = 0;
    for (qsizetype q = 0; q < queries.size(); ++q) {
        edit->clear();
        QCoreApplication::processEvents();
        for (const QChar c : queries.at(q)) {
            const int before = open.paints->count();
            const Stopwatch watch;
            typeCharacter(edit, c);
            waitForPaint(table, *open.paints, before);
            if (q > 0) // the first query warms up
                timing.add(watch.elapsed());
        }
        if (table->model()->rowCount() > 0)
            ++matchedQueries;
    }
    edit->clear();
    QCoreApplication::processEvents();
    if (matchedQueries == 0)
        *error = QStringLiteral("no search query matched any project");
    return timing;
}

// Sorting by composite with no order cached: before each run the table is sorted by name and
// one project is stored again, which drops every cached order as a real edit does.
Timing measureSorting(const OpenPage& open, int runs)
{
    ProjectTableModel* model = open.page->tableModel();
    QTableView* table = open.page->table();
    const auto composite = static_cast<int>(ProjectColumn::Composite);
    return measure(runs, [&]() {
        table->sortByColumn(static_cast<int>(ProjectColumn::Name), Qt::AscendingOrder);
        const Result<ProjectSummary> one =
            loadProjectSummary(open.session->portfolio(), model->idAt(0), open.session->analyst());
        if (one)
            model->upsertProject(*one);
        QCoreApplication::processEvents();
        const Qt::SortOrder order =
            table->horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder
                ? Qt::DescendingOrder
                : Qt::AscendingOrder;
        const int before = open.paints->count();
        const Stopwatch watch;
        table->sortByColumn(composite, order);
        waitForPaint(table, *open.paints, before);
        return watch.elapsed();
    });
}

} // namespace

TableFigures measureTable(const QString& database, int runs)
{
    TableFigures figures;
    std::unique_ptr<OpenPage> kept;
    figures.firstScreen = measure(runs, [&]() {
        kept.reset(); // the previous run's page and connection go first, untimed
        const Stopwatch watch;
        std::unique_ptr<OpenPage> open = openPage(database);
        const Sample firstScreen = watch.elapsed();
        waitUntilReady(*open);
        figures.ready.add(watch.elapsed());
        if (!open->error.isEmpty())
            figures.error = open->error;
        kept = std::move(open);
        return firstScreen;
    });
    figures.ready.wallMs.removeFirst(); // the warm-up's
    figures.ready.cpuMs.removeFirst();
    if (!figures.error.isEmpty())
        return figures;

    ProjectTableModel* model = kept->page->tableModel();
    figures.rows = model->rowCount();
    figures.visibleRows = visibleRowsOf(kept->page->table());
    if (figures.rows == 0 || figures.visibleRows == 0) {
        figures.error = QStringLiteral("the project table showed no rows");
        return figures;
    }

    // Words of the generated portfolio: company-name parts, cities, tags, description words.
    const QStringList queries = {QStringLiteral("vision"), QStringLiteral("precision tek"),
                                 QStringLiteral("刻蚀"),   QStringLiteral("sense"),
                                 QStringLiteral("光刻胶"), QStringLiteral("深圳 mems"),
                                 QStringLiteral("chem")};
    figures.keystroke = measureTyping(*kept, queries, &figures.error);
    figures.sort = measureSorting(*kept, runs);
    if (model->rowCount() != figures.rows)
        figures.error = QStringLiteral("sorting changed the number of rows");
    figures.peakRssMb = peakRssMb();
    return figures;
}

} // namespace tollgate::bench
