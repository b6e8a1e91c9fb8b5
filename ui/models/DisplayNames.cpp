#include "models/DisplayNames.h"

#include <QLocale>

namespace tollgate
{

bool DisplayNames::chineseUi()
{
    return QLocale().language() == QLocale::Chinese;
}

QString DisplayNames::segmentFullName(const Segment& segment)
{
    return segment.displayName(chineseUi());
}

QString DisplayNames::segmentShortName(const Segment& segment)
{
    const QString full = segmentFullName(segment);
    const qsizetype bracket = full.indexOf(QStringLiteral(" ("));
    return bracket > 0 ? full.left(bracket) : full;
}

QString DisplayNames::stage(Stage stage)
{
    return stageDisplayName(stage, chineseUi());
}

QString DisplayNames::verdict(Verdict verdict)
{
    return verdictDisplayName(verdict, chineseUi());
}

QString DisplayNames::score(std::optional<double> value)
{
    if (!value)
        return QStringLiteral("—");
    return QLocale().toString(*value, 'f', 1);
}

} // namespace tollgate
