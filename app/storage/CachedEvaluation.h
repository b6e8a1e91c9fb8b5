#pragma once

#include "scoring/ProjectEvaluation.h"
#include "scoring/ScoringPlan.h"
#include "scoring/Verdict.h"

#include <QStringList>
#include <QVarLengthArray>

#include <optional>

namespace tollgate
{

// The evaluation kept in each project row (SPEC §4: the aggregate of each analyst's latest
// scorecard), so the project table, the charts and `list` read it without scoring 100 000
// projects on every open. Refreshed in the same transaction as every edit that can change it.
struct CachedEvaluation {
    std::optional<double> market;
    std::optional<double> cost;
    std::optional<double> composite;
    Verdict verdict = Verdict::Incomplete;
    QStringList redFlags;         // sorted ids
    std::optional<double> tamCny; // of the primary scorecard
    bool costModelGiven = false;
    std::optional<double> yearsToProfitableCost;
    int asOfYear = 0;      // the year the fund-end comparison was made in
    qint64 templateId = 0; // the template version it was scored against

    bool operator==(const CachedEvaluation& other) const;
    // Equal in everything but the template id: a template version that gives the same result
    // leaves a row as it is (storage/Rescoring.h).
    bool sameResultAs(const CachedEvaluation& other) const;
    bool operator!=(const CachedEvaluation& other) const { return !(*this == other); }
};

CachedEvaluation cachedEvaluation(const ProjectEvaluation& e, qint64 templateId, int asOfYear);

// The cached evaluation of many projects under one template, exactly as
// cachedEvaluation(evaluateProject(...)) gives it, without what the row does not keep: no
// aggregate spread, knock-out list or suggestions, and the scores held in an array in the
// template's order rather than in maps. A bulk import scores every project with it; it was a
// quarter of the import's work through evaluateProject(). Safe to use from several threads.
class CachedEvaluator
{
public:
    explicit CachedEvaluator(const Template& t);

    CachedEvaluation operator()(const Project& project, const QList<Scorecard>& scorecards,
                                int asOfYear) const;

private:
    std::optional<double> scoreAt(const QVarLengthArray<double, 16>& scores, int index) const;

    ScoringPlan m_plan;
    qint64 m_templateId;
    int m_m5;
    int m_m6;
    int m_c5;
};

struct ProjectSummary;
// Puts the evaluated fields (M, C, composite, verdict, red flags, TAM, cost model, years) into a
// project-table row.
void setEvaluatedFields(ProjectSummary& summary, const CachedEvaluation& e);

} // namespace tollgate
