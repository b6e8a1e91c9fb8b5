#pragma once

#include <QDateTime>
#include <QString>

namespace tollgate {

// One recorded change (SPEC §2): who changed what, from which value to which.
struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString analyst;
    QString entity; // "project", "scorecard", "meeting", "agenda-item"
    qint64 entityId = 0;
    qint64 projectId = 0; // the project concerned, 0 if none (e.g. a meeting's title)
    QString field;        // e.g. "stage", "M3.score", "M3.evidence"
    QString oldValue;
    QString newValue;
};

} // namespace tollgate
