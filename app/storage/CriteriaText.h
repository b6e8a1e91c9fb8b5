#pragma once

#include "domain/Scorecard.h"

#include <QMap>
#include <QString>

namespace tollgate
{

// A scorecard's per-criterion entries in one column: a JSON object of criterion key to
// [score, confidence, evidence], the trailing items left out when empty:
//   {"M1":[4,"medium"],"M2":[null],"M3":[3,"","Qualified at two fabs."]}
// One short column instead of twelve rows per scorecard keeps a 100 000-scorecard import, the
// file and a full re-evaluation small and fast, and any SQLite tool still reads it:
// json_extract(criteria, '$.M1[0]') is the score of M1.

QString criteriaText(const QMap<QString, CriterionEntry>& entries);

// Reads such an object (any JSON spacing) into entries; false when the text is not one.
bool readCriteriaText(QStringView text, QMap<QString, CriterionEntry>& entries);
// The same with only the scores kept (confidence and evidence left empty): what a full
// re-scoring reads for 100 000 scorecards.
bool readCriteriaScores(QStringView text, QMap<QString, CriterionEntry>& entries);

} // namespace tollgate
