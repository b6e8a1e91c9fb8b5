#include "domain/Stage.h"

namespace tollgate
{

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

QString stageDisplayName(Stage stage, bool chinese)
{
    switch (stage) {
    case Stage::Sourcing:
        return chinese ? QStringLiteral("项目获取") : QStringLiteral("Sourcing");
    case Stage::Screening:
        return chinese ? QStringLiteral("初筛") : QStringLiteral("Screening");
    case Stage::Diligence:
        return chinese ? QStringLiteral("尽职调查") : QStringLiteral("Diligence");
    case Stage::Committee:
        return chinese ? QStringLiteral("投决会") : QStringLiteral("Committee");
    case Stage::Invested:
        return chinese ? QStringLiteral("已投资") : QStringLiteral("Invested");
    case Stage::Passed:
        return chinese ? QStringLiteral("已放弃") : QStringLiteral("Passed");
    case Stage::Exited:
        return chinese ? QStringLiteral("已退出") : QStringLiteral("Exited");
    }
    return {};
}

} // namespace tollgate
