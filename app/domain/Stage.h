#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace tollgate
{

// The pipeline stage of a project (SPEC §2): sourcing → screening → diligence → committee →
// invested | passed | exited.
enum class Stage { Sourcing, Screening, Diligence, Committee, Invested, Passed, Exited };

QString stageKey(Stage stage);
std::optional<Stage> stageFromKey(const QString& key);
QStringList stageKeys();
// "In play" means still a live candidate or holding: not passed and not exited.
bool stageInPlay(Stage stage);
// The stage as people read it, in English or simplified Chinese (like Segment::displayName).
QString stageDisplayName(Stage stage, bool chinese);

} // namespace tollgate
