#pragma once

#include <QtGlobal>

#include <functional>

namespace tollgate
{

// How long work (an import) tells its caller how far it has come, and learns whether to go on:
// called on the thread doing the work with the units done so far and the total (0 when not yet
// known); returning false cancels the work, which then changes nothing and returns an Error of
// kind ErrorKind::Cancelled. An empty callback means "run to the end".
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

// Reports to a possibly empty callback; true when the work should go on.
inline bool reportProgress(const ProgressCallback& progress, qint64 done, qint64 total)
{
    return !progress || progress(done, total);
}

} // namespace tollgate
