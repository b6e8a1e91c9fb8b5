#include "domain/Stage.h"

namespace tollgate {

QStringList stageKeys()
{
    return {QStringLiteral("sourcing"),  QStringLiteral("screening"), QStringLiteral("diligence"),
            QStringLiteral("committee"), QStringLiteral("invested"),  QStringLiteral("passed"),
            QStringLiteral("exited")};
}

QString stageKey(Stage stage)
{
    return stageKeys().at(static_cast<int>(stage));
}

std::optional<Stage> stageFromKey(const QString& key)
{
    const int index = stageKeys().indexOf(key.trimmed().toLower());
    if (index < 0)
        return std::nullopt;
    return static_cast<Stage>(index);
}

bool stageInPlay(Stage stage)
{
    return stage != Stage::Passed && stage != Stage::Exited;
}

} // namespace tollgate
