#include "storage/Rescoring.h"

#include "core/Clock.h"
#include "core/ParallelFor.h"
#include "scoring/ProjectEvaluation.h"
#include "scoring/ScoringPlan.h"
#include "storage/Database.h"
#include "storage/ProjectRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/TemplateRepository.h"

#include <QVarLengthArray>

#include <limits>
#include <memory>
#include <vector>

namespace tollgate
{

namespace
{

constexpr double kNotScored = std::numeric_limits<double>::quiet_NaN();

// Where each of the plan's criteria sits in a snapshot row; empty when the snapshot lacks one.
QList<qsizetype> columnsOf(const ScoringPlan& plan, const QStringList& keys)
{
    QList<qsizetype> columns;
    if (keys.size() != plan.size())
        return columns;
    for (const QString& key : plan.keys()) {
        const qsizetype column = keys.indexOf(key);
        if (column < 0)
            return {};
        columns.append(column);
    }
    return columns;
}

bool isCurrent(const Database& db, const ScoringSnapshot* snapshot, const ScoringPlan& plan,
               int year, const std::optional<qint64>& othersChanges)
{
    return snapshot && othersChanges && snapshot->othersChanges == othersChanges &&
           snapshot->currentAtCommits == db.commits() && snapshot->asOfYear == year &&
           !columnsOf(plan, snapshot->keys).isEmpty();
}

bool sameScores(const QuestionScores& fresh, const CachedEvaluation& stored)
{
    return fresh.market == stored.market && fresh.cost == stored.cost &&
           fresh.composite == stored.composite && fresh.verdict == stored.verdict;
}

// A template change after a full re-scoring: only the question scores, composite and verdict
// can differ, and they follow from the kept aggregate scores alone.
Result<int> rescoreKept(Database& db, ScoringSnapshot& snapshot, const ScoringPlan& plan,
                        qint64 templateId)
{
    const QList<qsizetype> columns = columnsOf(plan, snapshot.keys);
    const qsizetype width = snapshot.keys.size();
    const qsizetype count = snapshot.ids.size();
    const double* means = snapshot.means.constData();
    const CachedEvaluation* stored = snapshot.stored.constData();
    std::vector<QuestionScores> fresh(static_cast<size_t>(count));
    std::vector<char> changed(static_cast<size_t>(count), 0);
    parallelFor(count, [&](qsizetype begin, qsizetype end) {
        QVarLengthArray<double, 16> scores(plan.size());
        for (qsizetype i = begin; i < end; ++i) {
            const double* row = means + i * width;
            for (qsizetype c = 0; c < columns.size(); ++c)
                scores[c] = row[columns.at(c)];
            QuestionScores& q = fresh[static_cast<size_t>(i)];
            q = plan.score(scores.constData());
            changed[static_cast<size_t>(i)] = !sameScores(q, stored[i]);
        }
    });

    ProjectRepository projects(db);
    int written = 0;
    for (qsizetype i = 0; i < count; ++i) {
        if (!changed[static_cast<size_t>(i)])
            continue;
        const QuestionScores& q = fresh[static_cast<size_t>(i)];
        CachedEvaluation& e = snapshot.stored[i];
        e.market = q.market;
        e.cost = q.cost;
        e.composite = q.composite;
        e.verdict = q.verdict;
        e.templateId = templateId;
        if (Status ok = projects.writeEvaluation(snapshot.ids.at(i), e); !ok)
            return ok.error();
        ++written;
    }
    return written;
}

// Everything read afresh: each project scored from its scorecards as evaluateProject() does,
// and what a later template change needs kept in `snapshot`.
Result<int> rescoreFromScorecards(Database& db, const Template& t, const ScoringPlan& plan,
                                  int year, ScoringSnapshot& snapshot)
{
    ProjectRepository projects(db);
    Result<QList<Project>> all = projects.allForEvaluation();
    if (!all)
        return all.error();
    Result<QHash<qint64, QList<Scorecard>>> scorecards = ScorecardRepository(db).allForEvaluation();
    if (!scorecards)
        return scorecards.error();
    Result<QHash<qint64, CachedEvaluation>> cached = projects.evaluations();
    if (!cached)
        return cached.error();

    const QList<Project>& list = *all;
    const QHash<qint64, QList<Scorecard>>& cards = *scorecards;
    const QHash<qint64, CachedEvaluation>& before = *cached;
    const qsizetype count = list.size();
    const qsizetype width = plan.size();
    snapshot.keys = plan.keys();
    snapshot.asOfYear = year;
    snapshot.ids.resize(count);
    snapshot.stored.resize(count);
    snapshot.means.resize(count * width);
    qint64* ids = snapshot.ids.data();
    CachedEvaluation* stored = snapshot.stored.data();
    double* means = snapshot.means.data();
    std::vector<char> changed(static_cast<size_t>(count), 0);
    const QList<Scorecard> none;

    parallelFor(count, [&](qsizetype begin, qsizetype end) {
        for (qsizetype i = begin; i < end; ++i) {
            const Project& p = list.at(i);
            const auto own = cards.constFind(p.id);
            const ProjectEvaluation e =
                evaluateProject(t, p, own == cards.constEnd() ? none : *own, year);
            CachedEvaluation fresh = cachedEvaluation(e, t.id, year);
            const auto old = before.constFind(p.id);
            changed[static_cast<size_t>(i)] = old == before.constEnd() || !old->sameResultAs(fresh);
            double* row = means + i * width;
            for (qsizetype c = 0; c < width; ++c) {
                const auto criterion = e.aggregate.criteria.constFind(plan.keys().at(c));
                row[c] = criterion != e.aggregate.criteria.constEnd() && criterion->mean
                             ? *criterion->mean
                             : kNotScored;
            }
            ids[i] = p.id;
            stored[i] = std::move(fresh);
        }
    });

    int written = 0;
    for (qsizetype i = 0; i < count; ++i) {
        if (!changed[static_cast<size_t>(i)])
            continue;
        if (Status ok = projects.writeEvaluation(ids[i], stored[i]); !ok)
            return ok.error();
        ++written;
    }
    return written;
}

} // namespace

Result<int> rescoreAll(Database& db)
{
    Result<Template> t = TemplateRepository(db).current();
    if (!t)
        return t.error();
    const ScoringPlan plan(*t);
    const int year = Clock::currentYear();
    // Read inside the caller's write transaction: nobody else can commit until it ends.
    Result<std::optional<qint64>> othersChanges = db.dialect().othersChangeCounter(db);
    if (!othersChanges)
        return othersChanges.error();

    std::unique_ptr<ScoringSnapshot> snapshot;
    Result<int> written = 0;
    if (isCurrent(db, db.scoringSnapshot(), plan, year, *othersChanges)) {
        written = rescoreKept(db, *db.scoringSnapshot(), plan, t->id);
    } else {
        db.keepScoringSnapshot(nullptr);
        snapshot = std::make_unique<ScoringSnapshot>();
        written = rescoreFromScorecards(db, *t, plan, year, *snapshot);
    }
    if (!written) {
        db.keepScoringSnapshot(nullptr);
        return written;
    }
    if (!*othersChanges) {
        db.keepScoringSnapshot(nullptr); // the engine cannot tell when it goes stale
        return written;
    }
    if (snapshot)
        db.keepScoringSnapshot(std::move(snapshot));
    ScoringSnapshot* kept = db.scoringSnapshot();
    kept->othersChanges = *othersChanges;
    // Current once the caller's transaction commits; any other commit or a rollback ends it.
    kept->currentAtCommits = db.commits() + 1;
    return written;
}

} // namespace tollgate
