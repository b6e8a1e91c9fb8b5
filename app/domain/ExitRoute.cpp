#include "domain/ExitRoute.h"

namespace tollgate
{

QList<std::pair<QString, QString>> ExitRoute::offered()
{
    return {{QStringLiteral("STAR"), tr("STAR", "exit route: the STAR Market in Shanghai")},
            {QStringLiteral("HKEX"), tr("HKEX", "exit route: a listing in Hong Kong")},
            {QStringLiteral("A+H"), QStringLiteral("A+H")},
            {QStringLiteral("M&A"), tr("M&A", "exit route: a trade sale")}};
}

QString ExitRoute::shown(const QString& stored)
{
    for (const auto& [code, name] : offered()) {
        if (code == stored)
            return name;
    }
    return stored;
}

QString ExitRoute::stored(const QString& shown)
{
    for (const auto& [code, name] : offered()) {
        if (name == shown)
            return code;
    }
    return shown;
}

} // namespace tollgate
