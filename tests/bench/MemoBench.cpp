#include "MemoBench.h"

#include "charts/MemoChartRenderer.h"
#include "core/Clock.h"
#include "report/MemoData.h"
#include "report/MemoFile.h"
#include "report/MemoOptions.h"
#include "storage/Portfolio.h"

#include <QFile>

#include <memory>

namespace tollgate::bench
{

Timing measureMemoPdf(const QString& database, const QString& folder, int runs, QString* error)
{
    Result<std::unique_ptr<Portfolio>> portfolio =
        Portfolio::open(database, OpenMode::ExistingOnly);
    if (!portfolio) {
        *error = portfolio.error().message;
        return {};
    }
    // The first screen's first row: the project an analyst most likely exports.
    ProjectTableRequest best;
    best.includeArchived = false;
    best.order = ProjectTableOrder::ByComposite;
    best.descending = true;
    best.limit = 1;
    qint64 project = 0;
    (void)(*portfolio)->readProjectTable(best, [&project](const ProjectTableRow& row) {
        project = row.id;
    });
    if (project == 0) {
        *error = QStringLiteral("no project to write a memo of");
        return {};
    }
    const QString pdf = folder + QStringLiteral("/memo.pdf");
    Timing timing = measure(runs, [&]() {
        const Stopwatch watch;
        const Result<MemoData> data = gatherMemoData(**portfolio, project, Clock::currentYear());
        if (!data) {
            *error = data.error().message;
            return watch.elapsed();
        }
        const MemoChartImages charts = MemoChartRenderer::render(*data, false);
        if (Status written = MemoFile::write(*data, charts, MemoOptions(), pdf); !written)
            *error = written.error().message;
        return watch.elapsed();
    });
    QFile file(pdf);
    if (error->isEmpty() && (!file.open(QIODevice::ReadOnly) || !file.read(5).startsWith("%PDF-")))
        *error = QStringLiteral("the memo is not a PDF");
    file.close();
    QFile::remove(pdf);
    return timing;
}

} // namespace tollgate::bench
