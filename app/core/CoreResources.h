#pragma once

namespace tollgate
{

// Makes the files compiled into tollgate_core (":/templates/...", ":/sample/...") reachable.
// CMake normally links the resource object into every program that links the core; calling this
// first (it is cheap and idempotent) keeps them reachable however the core is linked.
void ensureCoreResources();

} // namespace tollgate
