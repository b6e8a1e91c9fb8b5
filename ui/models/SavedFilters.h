#pragma once

#include "models/ProjectColumns.h"

#include <QList>
#include <QString>

namespace tollgate
{

// A named project query the analyst keeps under "Saved filters" in the segment tree.
struct SavedFilter {
    QString name;
    ProjectQuery query;
};

// Saved filters live in the settings (not the database): they are the analyst's own views.
namespace SavedFilters
{
QList<SavedFilter> load();
void store(const QList<SavedFilter>& filters);
} // namespace SavedFilters

} // namespace tollgate
