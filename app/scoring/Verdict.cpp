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

} // namespace tollgate
