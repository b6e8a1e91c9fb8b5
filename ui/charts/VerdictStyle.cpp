#include "charts/VerdictStyle.h"

namespace tollgate
{

VerdictStyle verdictStyle(Verdict v)
{
    switch (v) {
    case Verdict::Pursue:
        return {QColor(0x00, 0x9e, 0x73), QColor(0x00, 0x78, 0x5a)};
    case Verdict::MarketGap:
        return {QColor(0x00, 0x72, 0xb2), QColor(0x00, 0x72, 0xb2)};
    case Verdict::CostGap:
        return {QColor(0xe6, 0x9f, 0x00), QColor(0x9a, 0x62, 0x00)};
    case Verdict::Decline:
        return {QColor(0xd5, 0x5e, 0x00), QColor(0xb0, 0x4e, 0x00)};
    case Verdict::Incomplete:
        break;
    }
    return {QColor(0xa0, 0xa0, 0xa0), QColor(0x61, 0x61, 0x61)};
}

QList<Verdict> verdictDisplayOrder()
{
    return {Verdict::Pursue, Verdict::MarketGap, Verdict::CostGap, Verdict::Decline,
            Verdict::Incomplete};
}

} // namespace tollgate
