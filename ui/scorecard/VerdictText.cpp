#include "scorecard/VerdictText.h"

#include <QCoreApplication>

namespace tollgate
{

namespace
{
class VerdictText
{
    Q_DECLARE_TR_FUNCTIONS(VerdictText)
};
} // namespace

QString verdictDisplayName(Verdict v)
{
    switch (v) {
    case Verdict::Incomplete:
        return VerdictText::tr("Incomplete");
    case Verdict::Pursue:
        return VerdictText::tr("Pursue");
    case Verdict::MarketGap:
        return VerdictText::tr("Market gap");
    case Verdict::CostGap:
        return VerdictText::tr("Cost gap");
    case Verdict::Decline:
        return VerdictText::tr("Decline");
    }
    return {};
}

QColor verdictColour(Verdict v)
{
    switch (v) {
    case Verdict::Incomplete:
        return QColor(0x75, 0x75, 0x75);
    case Verdict::Pursue:
        return QColor(0x2e, 0x7d, 0x32);
    case Verdict::MarketGap:
        return QColor(0xef, 0x6c, 0x00);
    case Verdict::CostGap:
        return QColor(0xf9, 0xa8, 0x25).darker(115);
    case Verdict::Decline:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

} // namespace tollgate
