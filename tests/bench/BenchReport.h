#pragma once

#include "Measure.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace tollgate::bench
{

// One line of the report: an operation of SPEC §9, its median and its target.
struct Figure {
    QString key;  // the JSON key of SPEC §9, or empty for a figure shown only in the table
    QString what; // what was measured, for the printed table
    std::optional<double> value; // in the key's unit (s, ms or MB); empty: not measured
    std::optional<double> cpu;   // the median CPU time in the same unit, when there is one
    std::optional<double> target;
    int runs = 0;
};

// Seconds from milliseconds, for the keys that SPEC §9 gives in seconds.
Figure figureOf(const QString& key, const QString& what, const Timing& timing,
                std::optional<double> target, bool inSeconds = false);

// The printed table: operation, median wall and CPU time, target, and whether it was met.
QString reportTable(const QList<Figure>& figures);
// Exactly the keys of SPEC §9 that have a figure; a figure not measured is null.
QJsonObject reportJson(const QList<Figure>& figures);

} // namespace tollgate::bench
