#pragma once

#include "core/Result.h"
#include "domain/Template.h"

#include <QByteArray>
#include <QJsonObject>

namespace tollgate
{

// A scoring template as a JSON document (the format of resources/templates/*.json, described in
// docs/scoring.md). The database id is not part of the document.
//
// Refuses, naming the field: malformed JSON, unknown keys, a missing name or version, gates
// outside 0..100, bands that are not ascending and positive, no criteria for a question,
// duplicate or empty keys, empty names, weights that are not > 0, and rubrics that are not six
// non-empty lines (scores 0..5) in each language.
Result<Template> templateFromJson(const QByteArray& json);
Result<Template> templateFromJson(const QJsonObject& document);

// The inverse of templateFromJson: templateFromJson(templateToJson(t)) gives t back (but its id).
QJsonObject templateToJson(const Template& t);

} // namespace tollgate
