#include "storage/DocumentImport.h"

#include "core/Clock.h"
#include "core/ParallelFor.h"
#include "storage/AuditLog.h"
#include "storage/BulkIndexes.h"
#include "storage/CachedEvaluation.h"
#include "storage/MeetingRepository.h"
#include "storage/ProjectRepository.h"
#include "storage/RecordChecks.h"
#include "storage/ScorecardRepository.h"
#include "storage/SegmentRepository.h"
#include "storage/StorageText.h"
#include "storage/TemplateRepository.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace tollgate
{

namespace
{

// The templates scorecards of the document are linked to: the stored version a scorecard
// names, else the current one.
class TemplateLookup
{
public:
    explicit TemplateLookup(Database& db) : m_templates(db) {}

    Status load()
    {
        Result<Template> current = m_templates.current();
        if (!current)
            return current.error();
        m_current = *current;
        m_loaded.insert(m_current.id, m_current);
        Result<QHash<int, qint64>> ids = m_templates.idsByVersion(m_current.name);
        if (!ids)
            return ids.error();
        m_idsByVersion = *ids;
        return {};
    }

    const Template& current() const { return m_current; }

    Result<const Template*> forScorecard(const Scorecard& s)
    {
        const qint64 id =
            s.templateId > 0 ? s.templateId : m_idsByVersion.value(s.templateVersion, m_current.id);
        auto it = m_loaded.find(id);
        if (it == m_loaded.end()) {
            Result<Template> stored = m_templates.byId(id);
            if (!stored)
                return stored.error();
            it = m_loaded.insert(id, *stored);
        }
        return &*it;
    }

private:
    TemplateRepository m_templates;
    Template m_current;
    QHash<int, qint64> m_idsByVersion;
    QHash<qint64, Template> m_loaded;
};

Error cancelled()
{
    return Error::of(ErrorKind::Cancelled,
                     StorageText::tr("The import was cancelled; nothing was imported."));
}

// A record's place in the document, as its errors name it. The checks are pure, so a record is
// checked without its place first and only a failing one again with it: formatting the place
// of each of 100 000 records cost more than checking them.
QString projectPath(int index)
{
    return QStringLiteral("projects[%1].").arg(index);
}

QString scorecardPath(int project, int scorecard)
{
    return projectPath(project) + QStringLiteral("scorecards[%1].").arg(scorecard);
}

// Projects written between two progress reports: a few statements' worth.
constexpr qsizetype kRowsPerChunk = 256;

QDateTime orNow(const QDateTime& time, const QDateTime& now)
{
    return time.isValid() ? time : now;
}

} // namespace

Status DocumentImport::run(const PortfolioDocument& doc, ImportStats* stats,
                           const ProgressCallback& progress)
{
    ImportStats counted;
    SegmentRepository segments(m_db);
    if (Result<int> added = segments.addMissing(doc.segments); !added)
        return added.error();
    Result<QList<Segment>> allSegments = segments.all();
    if (!allSegments)
        return allSegments.error();
    QSet<QString> segmentKeys;
    for (const Segment& s : std::as_const(*allSegments))
        segmentKeys.insert(s.key);

    TemplateLookup templates(m_db);
    if (Status loaded = templates.load(); !loaded)
        return loaded;

    ProjectRepository projects(m_db);
    ScorecardRepository scorecards(m_db);
    AuditBatch audit(m_analyst, m_now);
    const int year = Clock::currentYear();
    QHash<qint64, qint64> newIds; // document id -> stored id
    // Ids are handed out here, in document order: the write lock is held, so nobody else can
    // take them, and the inserts need not read each new id back.
    Result<qint64> firstProjectId = projects.nextId();
    if (!firstProjectId)
        return firstProjectId.error();
    Result<qint64> nextScorecardId = scorecards.nextId();
    if (!nextScorecardId)
        return nextScorecardId.error();
    qint64 nextProjectId = *firstProjectId;

    // Checks first, in document order, so the first bad record is the one reported; each
    // project's scorecards linked to their template and numbered in document order, which is
    // the order they are stored in, so "latest" breaks ties the same way before and after.
    QList<QList<Scorecard>> cardsOf;
    cardsOf.reserve(doc.projects.size());
    for (int i = 0; i < doc.projects.size(); ++i) {
        const ProjectBundle& bundle = doc.projects.at(i);
        if (Status ok = checkProject(bundle.project, segmentKeys, QString()); !ok)
            return checkProject(bundle.project, segmentKeys, projectPath(i));
        if (bundle.project.id != 0 && newIds.contains(bundle.project.id)) {
            const QString path = projectPath(i);
            return Error::at(path + QStringLiteral("id"),
                             StorageText::tr("%1id: another project of the file has id %2.")
                                 .arg(path)
                                 .arg(bundle.project.id));
        }
        if (bundle.project.id != 0)
            newIds.insert(bundle.project.id, *firstProjectId + i);
        QList<Scorecard> cards = bundle.scorecards;
        for (int j = 0; j < cards.size(); ++j) {
            Scorecard& s = cards[j];
            Result<const Template*> t = templates.forScorecard(s);
            if (!t)
                return t.error();
            s.templateId = (*t)->id;
            s.id = j + 1;
            if (Status ok = checkScorecard(s, **t, QString()); !ok)
                return checkScorecard(s, **t, scorecardPath(i, j));
        }
        cardsOf.append(std::move(cards));
    }

    // Scoring is pure and a sixth of the work: every core takes a share.
    QList<CachedEvaluation> evaluations(doc.projects.size());
    CachedEvaluation* evaluated = evaluations.data();
    const CachedEvaluator evaluate(templates.current());
    parallelFor(doc.projects.size(), [&](qsizetype begin, qsizetype end) {
        for (qsizetype i = begin; i < end; ++i)
            evaluated[i] = evaluate(doc.projects.at(i).project, cardsOf.at(i), year);
    });

    BulkIndexes projectIndexes(m_db, QStringLiteral("projects"));
    Result<bool> bulk = projectIndexes.worthDropping(doc.projects.size());
    if (!bulk)
        return bulk.error();
    if (*bulk) {
        if (Status dropped = projectIndexes.drop(); !dropped)
            return dropped;
    }
    // Written a chunk at a time, projects before the scorecards that name them; the
    // repositories put several rows into each statement.
    QList<NewProjectRow> projectRows;
    QList<NewScorecardRow> scorecardRows;
    for (qsizetype start = 0; start < doc.projects.size(); start += kRowsPerChunk) {
        const qsizetype end = std::min(doc.projects.size(), start + kRowsPerChunk);
        projectRows.clear();
        scorecardRows.clear();
        for (qsizetype i = start; i < end; ++i) {
            const Project& project = doc.projects.at(i).project;
            const qint64 id = nextProjectId++;
            projectRows.append({&project, &evaluations.at(i), orNow(project.created, m_now),
                                orNow(project.updated, m_now), id});
            for (Scorecard& s : cardsOf[i]) {
                s.projectId = id;
                scorecardRows.append(
                    {&s, orNow(s.created, m_now), orNow(s.updated, m_now), (*nextScorecardId)++});
            }
        }
        if (Status stored = projects.insertRows(projectRows); !stored)
            return stored;
        if (Status stored = scorecards.insertRows(scorecardRows); !stored)
            return stored;
        counted.scorecards += static_cast<int>(scorecardRows.size());
        for (qsizetype i = start; i < end; ++i) {
            if (!reportProgress(progress, ++counted.projects, doc.projects.size()))
                return cancelled();
        }
    }
    if (Status rebuilt = projectIndexes.rebuild(); !rebuilt)
        return rebuilt;

    QSet<qint64> storedIds;
    for (qint64 id : std::as_const(newIds))
        storedIds.insert(id);
    MeetingRepository meetings(m_db);
    for (int i = 0; i < doc.meetings.size(); ++i) {
        Meeting m = doc.meetings.at(i);
        const QString path = QStringLiteral("meetings[%1].").arg(i);
        for (int j = 0; j < m.agenda.size(); ++j) {
            AgendaItem& item = m.agenda[j];
            const auto stored = newIds.constFind(item.projectId);
            if (stored == newIds.constEnd()) {
                const QString field = path + QStringLiteral("agenda[%1].project").arg(j);
                return Error::at(field, StorageText::tr("%1: no project of the file has id %2.")
                                            .arg(field)
                                            .arg(item.projectId));
            }
            item.id = 0;
            item.projectId = *stored;
        }
        if (Status ok = checkMeeting(m, storedIds, path); !ok)
            return ok;
        Result<qint64> id = meetings.insert(m, m_now);
        if (!id)
            return id.error();
        audit.event(QStringLiteral("meeting"), *id, 0, QStringLiteral("imported"), QString(),
                    m.title);
        ++counted.meetings;
    }

    AuditLog log(m_db);
    if (counted.projects > 0) {
        Status recorded =
            log.recordImportedProjects(m_analyst, m_now, *firstProjectId, nextProjectId - 1);
        if (!recorded)
            return recorded;
    }
    if (Status written = log.write(audit); !written)
        return written;
    if (stats)
        *stats = counted;
    return {};
}

} // namespace tollgate
