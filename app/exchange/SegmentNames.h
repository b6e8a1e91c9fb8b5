#pragma once

#include "domain/Segment.h"

#include <QList>
#include <QString>

#include <optional>

namespace tollgate
{

// The key of the segment that `keyOrName` names, as a person types it in a file or a field: the
// key ("sensors"), the English name ("Sensors (image, tactile, MEMS)", or just the part before
// the parenthesis, "Sensors"), or the Chinese name in simplified or traditional characters
// (传感器, 傳感器). Surrounding spaces are ignored; Latin letters match in any case.
// nullopt when no segment has that key or name.
std::optional<QString> findSegmentKey(const QList<Segment>& segments, const QString& keyOrName);

// The text with traditional Chinese characters replaced by their simplified forms, for the
// characters of the default segment names and of common chip-industry words. Characters that
// are the same in both scripts, and all other text, are left as they are.
QString simplifiedChinese(const QString& text);

} // namespace tollgate
