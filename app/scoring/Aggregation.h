#pragma once

#include "domain/Scorecard.h"
#include "domain/Template.h"
#include "scoring/Evaluation.h"

#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

namespace tollgate
{

// One criterion across the analysts who scored it (SPEC §4).
struct CriterionAggregate {
    std::optional<double> mean; // over the analysts who scored it
    int count = 0;              // how many scored it
    int min = 0;
    int max = 0;
    int spread() const { return count > 0 ? max - min : 0; }
    bool disagreement() const { return spread() >= 2; }
};

struct Aggregate {
    QStringList analysts;                       // whose latest scorecards went in, sorted
    QMap<QString, CriterionAggregate> criteria; // every template criterion, by key
    ScoreMap means() const;
};

// One scorecard's scores as the scoring rules read them; unscored criteria are absent.
ScoreMap scoresOf(const Scorecard& s);

// Each analyst's latest scorecard (by date, then id), sorted by analyst name.
QList<Scorecard> latestPerAnalyst(const QList<Scorecard>& scorecards);

// Mean and spread per criterion over the given scorecards (usually latestPerAnalyst()).
Aggregate aggregate(const Template& t, const QList<Scorecard>& scorecards);

} // namespace tollgate
