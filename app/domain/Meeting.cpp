#include "domain/Meeting.h"

namespace tollgate {

namespace {
template <typename Enum>
std::optional<Enum> fromKey(const QStringList& keys, const QString& key)
{
    const int index = keys.indexOf(key.trimmed().toLower());
    if (index < 0)
        return std::nullopt;
    return static_cast<Enum>(index);
}

const QStringList& statusKeys()
{
    static const QStringList keys{QStringLiteral("planned"), QStringLiteral("in-progress"),
                                  QStringLiteral("closed")};
    return keys;
}

const QStringList& decisionKeys()
{
    static const QStringList keys{QString(), QStringLiteral("approve"), QStringLiteral("decline"),
                                  QStringLiteral("defer"), QStringLiteral("more-diligence")};
    return keys;
}

const QStringList& voteKeys()
{
    static const QStringList keys{QStringLiteral("yes"), QStringLiteral("no"),
                                  QStringLiteral("abstain")};
    return keys;
}
} // namespace

QString meetingStatusKey(MeetingStatus s)
{
    return statusKeys().at(static_cast<int>(s));
}

std::optional<MeetingStatus> meetingStatusFromKey(const QString& key)
{
    return fromKey<MeetingStatus>(statusKeys(), key);
}

QString decisionKey(Decision d)
{
    return decisionKeys().at(static_cast<int>(d));
}

std::optional<Decision> decisionFromKey(const QString& key)
{
    return fromKey<Decision>(decisionKeys(), key);
}

QString voteKey(Vote v)
{
    return voteKeys().at(static_cast<int>(v));
}

std::optional<Vote> voteFromKey(const QString& key)
{
    return fromKey<Vote>(voteKeys(), key);
}

} // namespace tollgate
