#pragma once

#include "core/Result.h"
#include "domain/Portfolio.h"
#include "domain/Segment.h"
#include "domain/Template.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace tollgate
{

// The full-fidelity JSON document of docs/exchange-formats.md ("tollgate-portfolio", version
// 1): segments, every project with every scorecard, meetings with decisions and votes. Also the
// format of the bundled sample portfolio. Bytes ↔ domain objects only.

// The newest document version this build reads and the one it writes.
constexpr int kPortfolioJsonVersion = 1;

// Indented UTF-8 (Chinese written as it is, not escaped), keys in alphabetical order so two
// exports of the same data are byte for byte the same. Absent optional project fields are
// written as null; market and cost inputs only where given.
QByteArray writePortfolioJson(const PortfolioDocument& document);

// The project object the file uses, scorecards included (`show --json` builds on it).
QJsonObject projectToJson(const ProjectBundle& bundle);

// Reads a document, refusing with an Error whose field is the JSON path of the fault
// ("projects[3].scorecards[0].criteria.M7"): malformed JSON, a missing or foreign `format`, a
// `version` newer than kPortfolioJsonVersion (checked first, so a newer file is named as such),
// unknown keys, wrong types, values out of range, a segment neither in `knownSegments` nor in the
// file, criterion keys not in the template, repeated project ids, and agenda items whose
// `project` is not the id of a project in the file. Ids are kept as the file has them; the
// importer assigns new ones. Scorecards get templateId 0 (storage attaches the current template).
Result<PortfolioDocument> readPortfolioJson(const QByteArray& json,
                                            const QList<Segment>& knownSegments, const Template& t);

} // namespace tollgate
