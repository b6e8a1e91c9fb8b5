#include "models/DisplayNames.h"

#include <QCoreApplication>
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
    switch (stage) {
    case Stage::Sourcing:
        return QCoreApplication::translate("tollgate", "Sourcing");
    case Stage::Screening:
        return QCoreApplication::translate("tollgate", "Screening");
    case Stage::Diligence:
        return QCoreApplication::translate("tollgate", "Diligence");
    case Stage::Committee:
        return QCoreApplication::translate("tollgate", "Committee");
    case Stage::Invested:
        return QCoreApplication::translate("tollgate", "Invested");
    case Stage::Passed:
        return QCoreApplication::translate("tollgate", "Passed");
    case Stage::Exited:
        return QCoreApplication::translate("tollgate", "Exited");
    }
    return {};
}

QString DisplayNames::verdict(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Incomplete:
        return QCoreApplication::translate("tollgate", "Incomplete");
    case Verdict::Pursue:
        return QCoreApplication::translate("tollgate", "Pursue");
    case Verdict::MarketGap:
        return QCoreApplication::translate("tollgate", "Market gap");
    case Verdict::CostGap:
        return QCoreApplication::translate("tollgate", "Cost gap");
    case Verdict::Decline:
        return QCoreApplication::translate("tollgate", "Decline");
    }
    return {};
}

QColor DisplayNames::verdictColour(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pursue:
        return QColor(0x2e, 0x7d, 0x32);
    case Verdict::MarketGap:
        return QColor(0xef, 0x6c, 0x00);
    case Verdict::CostGap:
        return QColor(0xc7, 0x8c, 0x00);
    case Verdict::Decline:
        return QColor(0xc6, 0x28, 0x28);
    case Verdict::Incomplete:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

QString DisplayNames::score(std::optional<double> value)
{
    if (!value)
        return QStringLiteral("—");
    return QLocale().toString(*value, 'f', 1);
}

} // namespace tollgate
