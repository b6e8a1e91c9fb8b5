#include "core/CoreResources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace; the name is the one given to
// qt_add_resources in app/CMakeLists.txt.
static void initCoreResourceData()
{
    Q_INIT_RESOURCE(tollgate_core_data);
}

namespace tollgate
{

void ensureCoreResources()
{
    static const bool initialised = [] {
        initCoreResourceData();
        return true;
    }();
    Q_UNUSED(initialised);
}

} // namespace tollgate
