#include "files/SampleDatabase.h"

#include "storage/Portfolio.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include "sample/BundledSample.h"

namespace tollgate
{

Status ensureSampleDatabase(const QString& path, const QString& analyst)
{
    if (QFileInfo::exists(path))
        return {};
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
}

} // namespace tollgate
