#include "domain/Scorecard.h"

namespace tollgate {

QString confidenceKey(Confidence c)
{
    switch (c) {
    case Confidence::Low:
        return QStringLiteral("low");
    case Confidence::Medium:
        return QStringLiteral("medium");
    case Confidence::High:
        return QStringLiteral("high");
    case Confidence::Unset:
        break;
    }
    return {};
}

std::optional<Confidence> confidenceFromKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    if (k.isEmpty())
        return Confidence::Unset;
    if (k == QLatin1String("low"))
        return Confidence::Low;
    if (k == QLatin1String("medium"))
        return Confidence::Medium;
    if (k == QLatin1String("high"))
        return Confidence::High;
    return std::nullopt;
}

} // namespace tollgate
