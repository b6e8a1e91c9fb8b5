#include "scoring/Verdict.h"

#include <QStringList>

namespace tollgate
{

namespace
{
// In enum order, so the key of a verdict is its index.
QStringList verdictKeys()
{
    return {QStringLiteral("incomplete"), QStringLiteral("pursue"), QStringLiteral("market-gap"),
            QStringLiteral("cost-gap"), QStringLiteral("decline")};
}
} // namespace

QString verdictKey(Verdict v)
{
    return verdictKeys().at(static_cast<int>(v));
}

std::optional<Verdict> verdictFromKey(const QString& key)
{
    const int index = verdictKeys().indexOf(key.trimmed().toLower());
    if (index < 0)
        return std::nullopt;
    return static_cast<Verdict>(index);
}

QString verdictDisplayName(Verdict v, bool chinese)
{
    switch (v) {
    case Verdict::Incomplete:
        return chinese ? QStringLiteral("未完成") : QStringLiteral("Incomplete");
    case Verdict::Pursue:
        return chinese ? QStringLiteral("推进") : QStringLiteral("Pursue");
    case Verdict::MarketGap:
        return chinese ? QStringLiteral("市场不足") : QStringLiteral("Market gap");
    case Verdict::CostGap:
        return chinese ? QStringLiteral("成本不足") : QStringLiteral("Cost gap");
    case Verdict::Decline:
        return chinese ? QStringLiteral("否决") : QStringLiteral("Decline");
    }
    return {};
}

} // namespace tollgate
