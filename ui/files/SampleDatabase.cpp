#include "files/SampleDatabase.h"

#include "storage/Portfolio.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#if __has_include("sample/BundledSample.h")
#include "sample/BundledSample.h"
#define TOLLGATE_HAS_BUNDLED_SAMPLE 1
#endif

namespace tollgate
{

Status ensureSampleDatabase(const QString& path, const QString& analyst)
{
    if (QFileInfo::exists(path))
        return {};
#ifdef TOLLGATE_HAS_BUNDLED_SAMPLE
    QDir().mkpath(QFileInfo(path).absolutePath());
    Result<std::unique_ptr<Portfolio>> portfolio = Portfolio::open(path, OpenMode::CreateIfMissing);
    if (!portfolio)
        return portfolio.error();
    Portfolio& p = **portfolio;
    const Result<QList<Segment>> segments = p.segments();
    if (!segments)
        return segments.error();
    const Result<Template> t = p.currentTemplate();
    if (!t)
        return t.error();
    const Result<PortfolioDocument> doc = bundledSamplePortfolio(*segments, *t);
    if (!doc)
        return doc.error();
    return p.importDocument(*doc, analyst);
#else
    Q_UNUSED(analyst)
    return Error::of(
        ErrorKind::NotFound,
        QCoreApplication::translate("tollgate", "The sample portfolio is not part of this build."));
#endif
}

} // namespace tollgate
