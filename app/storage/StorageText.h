#pragma once

#include <QCoreApplication>

namespace tollgate
{

// The translation context of every message the storage layer returns ("Storage" in the .ts
// files), so the GUI and the command line can show them in the user's language.
class StorageText
{
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

} // namespace tollgate
