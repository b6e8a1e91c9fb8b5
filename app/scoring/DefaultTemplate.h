#pragma once

#include "domain/Template.h"

namespace tollgate
{

// The template of SPEC §3: the twelve criteria of the two questions with their bilingual
// rubrics, weights 1, knock-outs M2 and C3, gates 60/60. Read once from the embedded
// ":/templates/default.json" (resources/templates/default.json).
Template defaultTemplate();

} // namespace tollgate
