#pragma once

// Known data for the analytics and chart tests. A small portfolio worked by hand:
//   sensors (传感器):           1 pursue (80, 70) TAM 8 bn, 2 market gap (40, 80) TAM 2 bn,
//                               3 passed cost gap (70, 30) TAM 5 bn, 4 incomplete (50, -)
//   materials (材料):           5 decline (20, 20), 6 pursue (90, 90) TAM 3 bn
//   compute-chips (算力芯片):   7 cost gap (66.7, 40) TAM 12.5 bn
// Every other segment of the default list is empty.

#include "analytics/SegmentStatistics.h"
#include "scoring/DefaultTemplate.h"
#include "scoring/ProjectEvaluation.h"

#include <cmath>

namespace tollgate::test
{

inline ProjectSummary chartSummary(qint64 id, const QString& name, const QString& segment,
                                   Stage stage, std::optional<double> m, std::optional<double> c,
                                   Verdict verdict, std::optional<double> tam = {},
                                   const QString& analyst = QStringLiteral("陈思远"))
{
    ProjectSummary s;
    s.id = id;
    s.name = name;
    s.segmentKey = segment;
    s.stage = stage;
    s.market = m;
    s.cost = c;
    if (m && c)
        s.composite = std::sqrt(*m * *c);
    s.verdict = verdict;
    s.tamCny = tam;
    s.leadAnalyst = analyst;
    s.updated = QDateTime(QDate(2026, 6, 1), QTime(12, 0));
    return s;
}

inline QList<ProjectSummary> knownSummaries()
{
    const QString sensors = QStringLiteral("sensors");
    const QString materials = QStringLiteral("materials");
    return {
        chartSummary(1, QStringLiteral("触联科技 TactiLink"), sensors, Stage::Diligence, 80, 70,
                     Verdict::Pursue, 8e9),
        chartSummary(2, QStringLiteral("微光影像 GlimmerVision"), sensors, Stage::Screening, 40, 80,
                     Verdict::MarketGap, 2e9),
        chartSummary(3, QStringLiteral("<b>x</b>"), sensors, Stage::Passed, 70, 30,
                     Verdict::CostGap, 5e9),
        chartSummary(4, QStringLiteral("感知未来 SenseAhead"), sensors, Stage::Sourcing, 50,
                     std::nullopt, Verdict::Incomplete),
        chartSummary(5, QStringLiteral("晶材新源 CrystalSource"), materials, Stage::Committee, 20,
                     20, Verdict::Decline),
        chartSummary(6, QStringLiteral("纳米膜材 NanoFilm"), materials, Stage::Invested, 90, 90,
                     Verdict::Pursue, 3e9),
        chartSummary(7, QStringLiteral("算力先锋 ComputeVanguard"), QStringLiteral("compute-chips"),
                     Stage::Diligence, 200.0 / 3, 40, Verdict::CostGap, 12.5e9),
    };
}

inline DashboardStatistics knownStatistics(const SummaryFilter& filter = {})
{
    return computeDashboardStatistics(knownSummaries(), defaultSegments(), filter);
}

// Two analysts of one project, for the per-project charts.
inline const QString kChen = QStringLiteral("陈思远");
inline const QString kLin = QStringLiteral("林晓");

// A scorecard of the default template with one score on every market criterion and another on
// every cost criterion; -1 leaves that question unscored.
inline Scorecard uniformScorecard(qint64 id, const QString& analyst, const QDate& date, int market,
                                  int cost)
{
    Scorecard s;
    s.id = id;
    s.analyst = analyst;
    s.date = date;
    for (const Criterion& c : defaultTemplate().criteria) {
        const int score = c.question == Question::Market ? market : cost;
        CriterionEntry e;
        if (score >= 0)
            e.score = score;
        s.entries.insert(c.key, e);
    }
    return s;
}

// The summary the storage layer would cache for a project (SPEC §4 aggregate of each analyst's
// latest scorecard), for tests that need realistic summaries without a database.
inline ProjectSummary summaryOf(const ProjectBundle& bundle, const Template& t, int asOfYear)
{
    const Project& p = bundle.project;
    const ProjectEvaluation pe = evaluateProject(t, p, bundle.scorecards, asOfYear);
    ProjectSummary s;
    s.id = p.id;
    s.name = p.name;
    s.segmentKey = p.segmentKey;
    s.stage = p.stage;
    s.leadAnalyst = p.leadAnalyst;
    s.market = pe.evaluation.market;
    s.cost = pe.evaluation.cost;
    s.composite = pe.evaluation.composite;
    s.verdict = pe.evaluation.verdict;
    s.redFlags = pe.evaluation.redFlags;
    s.yearsToProfitableCost = pe.evaluation.yearsToProfitableCost;
    if (pe.primary)
        s.tamCny = pe.primary->market.tamCny;
    s.updated = p.updated;
    s.archived = p.archived;
    return s;
}

inline QList<ProjectSummary> summariesOf(const PortfolioDocument& doc, const Template& t,
                                         int asOfYear)
{
    QList<ProjectSummary> summaries;
    summaries.reserve(doc.projects.size());
    for (const ProjectBundle& bundle : doc.projects)
        summaries.append(summaryOf(bundle, t, asOfYear));
    return summaries;
}

} // namespace tollgate::test
