#pragma once

#include "core/Result.h"

#include <functional>

namespace tollgate
{

// What the user chooses when an edit meets a record that another window or process changed
// since it was read.
enum class ConflictAnswer { Reload, Overwrite };

// How undo commands talk to the user. By default they ask with a message box; tests replace
// both with functions that answer at once.
namespace EditFeedback
{
ConflictAnswer askAboutConflict(const QString& recordName);
void reportError(const Error& error);

using ConflictHandler = std::function<ConflictAnswer(const QString& recordName)>;
using ErrorHandler = std::function<void(const Error& error)>;
// An empty function restores the message box.
void setConflictHandler(ConflictHandler handler);
void setErrorHandler(ErrorHandler handler);
} // namespace EditFeedback

} // namespace tollgate
