// memo: one project's investment memo as PDF or HTML (SPEC §7, §8), with the charts drawn by the
// app's own builders on the offscreen platform.
#include "charts/MemoChartRenderer.h"
#include "cli/Arguments.h"
#include "cli/CliText.h"
#include "cli/Commands.h"
#include "cli/Console.h"
#include "cli/DatabaseAccess.h"
#include "core/Clock.h"
#include "report/MemoData.h"
#include "report/MemoFile.h"

#include <QDir>
#include <QLocale>

namespace tollgate::cli
{

int runMemo(const Invocation& inv)
{
    const Result<qint64> id = projectIdArgument(inv.positional.at(0));
    if (!id)
        return usageError(inv, id.error().message);
    const QString out = inv.value(QStringLiteral("out"));
    if (!MemoFile::isSupportedPath(out)) {
        return usageError(inv,
                          CliText::tr("--out must name a .pdf or .html file; got '%1'.").arg(out));
    }
    const auto portfolio = openDatabase(inv, OpenMode::ExistingOnly);
    if (!portfolio)
        return userError(portfolio.error());
    const Result<MemoData> data = gatherMemoData(**portfolio, *id, Clock::currentYear());
    if (!data) {
        return userError(data.error().kind == ErrorKind::NotFound ? noSuchProject(**portfolio, *id)
                                                                  : data.error());
    }

    // The memo speaks the language of the command line's messages (LANG, or LC_ALL).
    MemoOptions options;
    options.chinese = QLocale().language() == QLocale::Chinese;
    options.fundName = inv.value(QStringLiteral("fund"));
    const MemoChartImages charts = MemoChartRenderer::render(*data, options.chinese);
    const Status written = MemoFile::write(*data, charts, options, out);
    if (!written)
        return userError(written.error());
    printOut(CliText::tr("Wrote the memo of project %1 to %2.\n")
                 .arg(*id)
                 .arg(QDir::toNativeSeparators(out)));
    return Success;
}

} // namespace tollgate::cli
