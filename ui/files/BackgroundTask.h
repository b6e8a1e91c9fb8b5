#pragma once

#include "files/TaskProgress.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace tollgate
{

// Runs long work (import, export, backup) on its own thread while a modal progress dialog
// keeps the window responsive. The work must open its own Portfolio connection: a Qt SQL
// connection belongs to the thread that opened it. When `cancellable`, Cancel abandons the
// result (the thread finishes on its own and its result is dropped); work that writes in one
// transaction is started with cancellable = false once the user has confirmed it.
namespace BackgroundTask
{
bool runWork(QWidget* parent, const QString& label, bool cancellable,
             const std::function<void()>& work);

// Runs work that reports its progress and stops itself when asked (a core ProgressCallback
// from TaskProgress::callback()): the dialog shows how far it has come, and Cancel asks the
// work to stop and waits while it winds down (an import rolls back), so the work always
// finishes and its result is always returned: what a cancelled import says is its own.
void runWithProgress(QWidget* parent, const QString& label,
                     const std::function<void(TaskProgress&)>& work);

template <typename T>
T runWithProgress(QWidget* parent, const QString& label, std::function<T(TaskProgress&)> work)
{
    std::optional<T> result;
    runWithProgress(parent, label, [&result, &work](TaskProgress& p) { result.emplace(work(p)); });
    return std::move(*result);
}

template <typename T>
std::optional<T> run(QWidget* parent, const QString& label, bool cancellable,
                     std::function<T()> work)
{
    auto result = std::make_shared<std::optional<T>>();
    const bool finished =
        runWork(parent, label, cancellable, [result, work] { result->emplace(work()); });
    if (!finished)
        return std::nullopt;
    return std::move(*result);
}
} // namespace BackgroundTask

} // namespace tollgate
