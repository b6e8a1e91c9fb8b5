#pragma once

#include "domain/Scorecard.h"
#include "domain/Template.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tollgate
{

// One line of the criteria radar: one analyst's latest scores, or the aggregate (their mean).
struct CriteriaLine {
    QString analyst;                     // empty for the aggregate
    QList<std::optional<double>> scores; // in template criterion order; nullopt = not scored
};

// The twelve criteria of one project as the radar shows them (SPEC §5, chart 5): each
// analyst's latest scorecard and the aggregate the project's own M and C come from (SPEC §4).
struct CriteriaProfile {
    QStringList keys;             // template criterion keys, in order ("M1".."M6", "C1".."C6")
    QList<CriteriaLine> analysts; // sorted by analyst name
    CriteriaLine aggregate;

    bool isEmpty() const { return analysts.isEmpty(); }
};

CriteriaProfile criteriaProfile(const Template& t, const QList<Scorecard>& scorecards);

// The project's standing on one day of its history: the aggregate of each analyst's latest
// scorecard dated on or before that day — what the table would have shown then.
struct TrendPoint {
    QDate date;
    std::optional<double> market;
    std::optional<double> cost;
    std::optional<double> composite;
    int analysts = 0; // whose scorecards went in
};

// One point per distinct scorecard date, oldest first (SPEC §5, chart 6).
QList<TrendPoint> scoreTrend(const Template& t, const QList<Scorecard>& scorecards);

} // namespace tollgate
