#pragma once

#include "domain/Portfolio.h"

#include <QDate>

namespace tollgate
{

// A synthetic portfolio of `count` projects for load tests, benchmarks and demos
// (`tollgate-cli sample --projects N --seed S`): names made from Chinese and English syllables,
// a realistic spread over segments, stages and verdicts (weighted like the interview), and one
// scorecard per project by its lead analyst with scores, market and cost-model inputs. No
// meetings; segments are left to the database (the document's segment list is empty).
//
// Deterministic: the same count, seed and day give the same document, on any platform. `today`
// anchors every date (created, updated, scorecard dates, exit years). Fast: 100 000 projects
// take a fraction of a second, since texts are shared from fixed tables rather than formatted.
PortfolioDocument generateSyntheticPortfolio(int count, quint32 seed, QDate today);

} // namespace tollgate
