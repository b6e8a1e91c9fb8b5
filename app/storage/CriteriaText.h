#pragma once

#include "domain/Scorecard.h"

#include <QMap>
#include <QString>

namespace tollgate
{

// A scorecard's per-criterion entries in one column, as a JSON object shaped like the
// "criteria" object of the exchange format:
//   {"M1":{"score":4,"confidence":"medium","evidence":"…"},"M2":{"score":null}}
// (evidence and confidence left out when empty). One column instead of twelve rows per
// scorecard keeps a 100 000-scorecard import and a full re-evaluation fast, and any SQLite tool
// still reads it with json_extract(criteria, '$.M1.score').

QString criteriaText(const QMap<QString, CriterionEntry>& entries);

// Reads such an object (any JSON spacing and key order) into entries; false when the text is
// not one.
bool readCriteriaText(QStringView text, QMap<QString, CriterionEntry>& entries);

} // namespace tollgate
