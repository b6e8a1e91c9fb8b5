#pragma once

#include "domain/Stage.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace tollgate {

// A candidate company in the fund's pipeline (SPEC §2). Money is whole CNY, stored exactly.
struct Project {
    qint64 id = 0; // 0 until stored
    QString name;  // any Unicode; bilingual names are written "中文名 English"
    QString segmentKey;
    Stage stage = Stage::Sourcing;
    QString round; // e.g. "Pre-A", "A", "B+"
    std::optional<qint64> valuationCny;
    std::optional<qint64> askCny;
    QString city;
    std::optional<int> foundedYear;
    QString description;
    QStringList tags;
    QString leadAnalyst;
    QString exitRoute; // free text; usual values: STAR, HKEX, A+H, M&A
    std::optional<int> expectedExitYear;
    std::optional<int> fundEndYear;
    bool dominantIncumbent = false; // the manual red-flag tick of SPEC §3
    bool archived = false;
    QDateTime created;
    QDateTime updated;
    int rowVersion = 0; // bumped by every stored edit; detects concurrent changes
};

} // namespace tollgate
