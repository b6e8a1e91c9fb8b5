#pragma once

#include "core/Result.h"

#include <QString>

class QWidget;

namespace tollgate
{

class Session;

// The File menu's work on the open database: backup and export, each on its own connection off
// the GUI thread (BackgroundTask), errors returned in the core's plain words.
namespace FileCommands
{
Status backup(QWidget* parent, const Session& session, const QString& target);
Status exportTo(QWidget* parent, const Session& session, const QString& target);
} // namespace FileCommands

} // namespace tollgate
