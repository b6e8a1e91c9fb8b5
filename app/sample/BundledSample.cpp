#include "sample/BundledSample.h"

#include "core/CoreResources.h"
#include "exchange/PortfolioJson.h"

#include <QCoreApplication>
#include <QFile>

namespace tollgate
{

Result<PortfolioDocument> bundledSamplePortfolio(const QList<Segment>& segments, const Template& t)
{
    ensureCoreResources();
    QFile file(QStringLiteral(":/sample/portfolio.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::of(
            ErrorKind::Internal,
            QCoreApplication::translate(
                "tollgate", "The bundled sample portfolio is missing from this build."));
    }
    Result<PortfolioDocument> doc = readPortfolioJson(file.readAll(), segments, t);
    if (!doc.ok()) {
        Error error = doc.error();
        error.kind = ErrorKind::Internal; // the file ships with the program: a fault of the build
        error.message =
            QCoreApplication::translate("tollgate", "The bundled sample portfolio is damaged: %1")
                .arg(error.message);
        return error;
    }
    return doc;
}

} // namespace tollgate
