#pragma once

#include <QList>
#include <QString>

namespace tollgate {

// Where a project sits in the chip chain (SPEC §2). Keys are stable identifiers used in files
// and on the command line; names are for people.
struct Segment {
    QString key;    // e.g. "sensors"
    QString nameEn; // e.g. "Sensors (image, tactile, MEMS)"
    QString nameZh; // simplified Chinese, e.g. "传感器"
    QString colour; // "#rrggbb"
    int position = 0;

    QString displayName(bool chinese) const { return chinese ? nameZh : nameEn; }
};

// The default segment list of SPEC §2, in display order.
QList<Segment> defaultSegments();

} // namespace tollgate
