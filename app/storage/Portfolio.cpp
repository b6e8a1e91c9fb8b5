#include "storage/Portfolio.h"

#include "core/Clock.h"
#include "scoring/ProjectEvaluation.h"
#include "scoring/TemplateJson.h"
#include "storage/AuditLog.h"
#include "storage/Backup.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/DocumentImport.h"
#include "storage/EvaluationCache.h"
#include "storage/MeetingRepository.h"
#include "storage/ProjectRepository.h"
#include "storage/RecordChecks.h"
#include "storage/ScorecardRepository.h"
#include "storage/SegmentRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/StorageText.h"
#include "storage/TemplateRepository.h"
#include "storage/Transaction.h"

#include <QFileInfo>
#include <QSet>

namespace tollgate
{

namespace
{

// The frame of every edit: the analyst is named, the work runs in one write transaction with
// an audit batch, and the batch is written in that same transaction when the work succeeds.
template <typename Work>
auto edit(Database& db, const QString& analyst, Work&& work)
    -> decltype(work(std::declval<AuditBatch&>()))
{
    using R = decltype(work(std::declval<AuditBatch&>()));
    if (Status named = checkAnalyst(analyst); !named)
        return R(named.error());
    AuditBatch audit(analyst.trimmed(), Clock::now());
    return inTransaction(db, [&]() -> R {
        R result = work(audit);
        if (!result)
            return result;
        if (Status written = AuditLog(db).write(audit); !written)
            return R(written.error());
        return result;
    });
}

// The frame of every edit of one stored record: `load` reads it as stored (NotFound when it
// is gone, ReadOnly for a closed meeting), and `change` gets that copy, in the same
// transaction, to check the edit against, write it and log old → new.
template <typename T, typename Load, typename Change>
Status editRecord(Database& db, const QString& analyst, Load&& load, Change&& change)
{
    return edit(db, analyst, [&](AuditBatch& audit) -> Status {
        Result<T> before = load();
        if (!before)
            return before.error();
        return change(*before, audit);
    });
}

Result<QSet<QString>> segmentKeys(Database& db)
{
    Result<QList<Segment>> all = SegmentRepository(db).all();
    if (!all)
        return all.error();
    QSet<QString> keys;
    for (const Segment& s : std::as_const(*all))
        keys.insert(s.key);
    return keys;
}

Result<QSet<qint64>> agendaProjects(Database& db, const Meeting& m)
{
    QList<qint64> ids;
    for (const AgendaItem& item : m.agenda)
        ids << item.projectId;
    return ProjectRepository(db).existing(ids);
}

// After a scorecard changed: the project shows as updated and its evaluation follows.
Status scorecardsChanged(Database& db, qint64 projectId, const QDateTime& now)
{
    if (Status touched = ProjectRepository(db).touch(projectId, now); !touched)
        return touched;
    return EvaluationCache(db).refresh(projectId);
}

// A changed scorecard stored over `before`, its changes audited, its project's evaluation
// refreshed.
Status storeScorecardChange(Database& db, const Scorecard& before, const Scorecard& next,
                            AuditBatch& audit)
{
    if (Status updated = ScorecardRepository(db).update(next, audit.at()); !updated)
        return updated;
    recordScorecardChanges(before, next, audit);
    return scorecardsChanged(db, next.projectId, audit.at());
}

// A meeting that may still be changed: NotFound when there is none, ReadOnly when closed.
Result<Meeting> openMeeting(MeetingRepository& meetings, qint64 id)
{
    Result<Meeting> meeting = meetings.byId(id);
    if (meeting && meeting->status == MeetingStatus::Closed)
        return meetingClosed(meeting->title);
    return meeting;
}

void recordTemplateChanges(const Template& before, const Template& after, qint64 id,
                           AuditBatch& audit)
{
    const QString entity = QStringLiteral("template");
    audit.event(entity, id, 0, QStringLiteral("version"), QString::number(before.version),
                QString::number(after.version));
    audit.change(entity, id, 0, QStringLiteral("market_gate"), QString::number(before.marketGate),
                 QString::number(after.marketGate));
    audit.change(entity, id, 0, QStringLiteral("cost_gate"), QString::number(before.costGate),
                 QString::number(after.costGate));
    for (const Criterion& c : after.criteria) {
        const Criterion* old = before.criterion(c.key);
        audit.change(entity, id, 0, c.key + QStringLiteral(".weight"),
                     old ? QString::number(old->weight) : QString(), QString::number(c.weight));
        audit.change(entity, id, 0, c.key + QStringLiteral(".knockout"),
                     old ? QString::number(old->knockout) : QString(), QString::number(c.knockout));
    }
}

} // namespace

Portfolio::Portfolio(std::unique_ptr<Database> db) : m_db(std::move(db)) {}

Portfolio::~Portfolio() = default;

QString Portfolio::path() const
{
    return m_db->path();
}

int Portfolio::schemaVersion() const
{
    const Result<int> version = m_db->dialect().schemaVersion(*m_db);
    return version ? *version : 0;
}

Result<QList<Segment>> Portfolio::segments() const
{
    return SegmentRepository(*m_db).all();
}

Result<Template> Portfolio::currentTemplate() const
{
    return TemplateRepository(*m_db).current();
}

Result<Template> Portfolio::templateById(qint64 id) const
{
    return TemplateRepository(*m_db).byId(id);
}

Result<qint64> Portfolio::saveTemplateVersion(const Template& t, const QString& analyst)
{
    // The template document reader holds every rule a template must meet; passing the
    // template through it checks this one the same way a template file is checked.
    Result<Template> checked = templateFromJson(templateToJson(t));
    if (!checked)
        return checked.error();
    Database& db = *m_db;
    return edit(db, analyst, [&](AuditBatch& audit) -> Result<qint64> {
        TemplateRepository templates(db);
        Result<Template> before = templates.current(checked->name);
        Result<int> latest = templates.latestVersion(checked->name);
        if (!latest)
            return latest.error();
        Template next = *checked;
        next.version = *latest + 1;
        Result<qint64> id = templates.insert(next, analyst.trimmed(), audit.at());
        if (!id)
            return id.error();
        recordTemplateChanges(before ? *before : Template{}, next, *id, audit);
        if (Result<int> refreshed = EvaluationCache(db).refreshAll(); !refreshed)
            return refreshed.error();
        return id;
    });
}

Result<QList<ProjectSummary>> Portfolio::projectSummaries(const ProjectFilter& filter) const
{
    return ProjectRepository(*m_db).summaries(filter);
}

Status Portfolio::readProjectTable(const ProjectTableRequest& request,
                                   const std::function<void(const ProjectTableRow&)>& visit) const
{
    return tollgate::readProjectTable(*m_db, request, visit);
}

Result<int> Portfolio::projectCount(bool includeArchived) const
{
    return countProjects(*m_db, includeArchived);
}

Result<std::unique_ptr<Database>> Portfolio::connectionForReading(const QString& path)
{
    if (!QFileInfo::exists(path)) // opening would create it
        return Error::of(ErrorKind::NotFound,
                         StorageText::tr("There is no database file %1.").arg(path));
    return Database::openSqlite(path);
}

Status Portfolio::readProjectTableFrom(const QString& path, const ProjectTableRequest& request,
                                       const std::function<void(const ProjectTableRow&)>& visit)
{
    Result<std::unique_ptr<Database>> db = connectionForReading(path);
    if (!db)
        return db.error();
    return tollgate::readProjectTable(**db, request, visit);
}

Result<Project> Portfolio::project(qint64 id) const
{
    return ProjectRepository(*m_db).byId(id);
}

Result<QList<Scorecard>> Portfolio::scorecards(qint64 projectId) const
{
    Result<Project> owner = ProjectRepository(*m_db).byId(projectId);
    if (!owner)
        return owner.error();
    return ScorecardRepository(*m_db).forProject(projectId);
}

Result<Scorecard> Portfolio::scorecard(qint64 id) const
{
    return ScorecardRepository(*m_db).byId(id);
}

Result<QList<Meeting>> Portfolio::meetings() const
{
    return MeetingRepository(*m_db).all();
}

Result<Meeting> Portfolio::meeting(qint64 id) const
{
    return MeetingRepository(*m_db).byId(id);
}

Result<QList<AuditEntry>> Portfolio::history(qint64 projectId) const
{
    return AuditLog(*m_db).forProject(projectId);
}

Result<PortfolioDocument> Portfolio::exportDocument() const
{
    PortfolioDocument doc;
    Result<QList<Segment>> segments = SegmentRepository(*m_db).all();
    if (!segments)
        return segments.error();
    doc.segments = *segments;
    Result<QList<Project>> projects = ProjectRepository(*m_db).all();
    if (!projects)
        return projects.error();
    Result<QHash<qint64, QList<Scorecard>>> scorecards = ScorecardRepository(*m_db).allByProject();
    if (!scorecards)
        return scorecards.error();
    doc.projects.reserve(projects->size());
    for (Project& p : *projects) {
        const qint64 id = p.id;
        doc.projects.append(ProjectBundle{std::move(p), scorecards->value(id)});
    }
    Result<QList<Meeting>> meetings = MeetingRepository(*m_db).all();
    if (!meetings)
        return meetings.error();
    doc.meetings = *meetings;
    return doc;
}

Result<qint64> Portfolio::createProject(const Project& p, const QString& analyst)
{
    Database& db = *m_db;
    return edit(db, analyst, [&](AuditBatch& audit) -> Result<qint64> {
        Result<QSet<QString>> keys = segmentKeys(db);
        if (!keys)
            return keys.error();
        if (Status ok = checkProject(p, *keys); !ok)
            return ok.error();
        Result<Template> t = TemplateRepository(db).current();
        if (!t)
            return t.error();
        const int year = Clock::currentYear();
        const ProjectEvaluation e = evaluateProject(*t, p, {}, year);
        Result<qint64> id = ProjectRepository(db).insert(p, cachedEvaluation(e, t->id, year),
                                                         audit.at(), audit.at());
        if (!id)
            return id;
        audit.event(QStringLiteral("project"), *id, *id, QStringLiteral("created"), QString(),
                    p.name);
        return id;
    });
}

Status Portfolio::updateProject(const Project& p, const QString& analyst)
{
    Database& db = *m_db;
    ProjectRepository projects(db);
    return editRecord<Project>(
        db, analyst, [&] { return projects.byId(p.id); },
        [&](const Project& before, AuditBatch& audit) -> Status {
            if (before.rowVersion != p.rowVersion)
                return projectConflict(p, before.rowVersion);
            Result<QSet<QString>> keys = segmentKeys(db);
            if (!keys)
                return keys.error();
            if (Status ok = checkProject(p, *keys); !ok)
                return ok;
            if (Status updated = projects.update(p, audit.at()); !updated)
                return updated;
            recordProjectChanges(before, p, audit);
            return EvaluationCache(db).refresh(p.id);
        });
}

Status Portfolio::deleteProject(qint64 id, const QString& analyst)
{
    Database& db = *m_db;
    ProjectRepository projects(db);
    return editRecord<Project>(
        db, analyst, [&] { return projects.byId(id); },
        [&](const Project& before, AuditBatch& audit) -> Status {
            Result<QStringList> closed = MeetingRepository(db).closedMeetingsWith(id);
            if (!closed)
                return closed.error();
            if (!closed->isEmpty()) {
                return Error::of(ErrorKind::ReadOnly,
                                 StorageText::tr("“%1” is in the record of the closed meeting "
                                                 "“%2”, so it cannot be deleted; archive it "
                                                 "instead.")
                                     .arg(before.name, closed->first()));
            }
            if (Status removed = projects.remove(id); !removed)
                return removed;
            audit.event(QStringLiteral("project"), id, id, QStringLiteral("deleted"), before.name,
                        QString());
            return {};
        });
}

Result<qint64> Portfolio::addScorecard(const Scorecard& s, const QString& analyst)
{
    Database& db = *m_db;
    return edit(db, analyst, [&](AuditBatch& audit) -> Result<qint64> {
        if (Result<Project> owner = ProjectRepository(db).byId(s.projectId); !owner)
            return owner.error();
        TemplateRepository templates(db);
        Result<Template> t = s.templateId > 0 ? templates.byId(s.templateId) : templates.current();
        if (!t)
            return t.error();
        Scorecard stored = s;
        stored.templateId = t->id;
        if (Status ok = checkScorecard(stored, *t); !ok)
            return ok.error();
        Result<qint64> id = ScorecardRepository(db).insert(stored, audit.at(), audit.at());
        if (!id)
            return id;
        audit.event(QStringLiteral("scorecard"), *id, s.projectId, QStringLiteral("created"),
                    QString(), scorecardLabel(stored));
        Scorecard empty;
        empty.id = *id;
        empty.projectId = s.projectId;
        empty.analyst = stored.analyst;
        empty.date = stored.date;
        empty.submitted = stored.submitted;
        recordScorecardChanges(empty, stored, audit);
        if (Status refreshed = scorecardsChanged(db, s.projectId, audit.at()); !refreshed)
            return refreshed.error();
        return id;
    });
}

Status Portfolio::updateScorecard(const Scorecard& s, const QString& analyst)
{
    Database& db = *m_db;
    ScorecardRepository scorecards(db);
    return editRecord<Scorecard>(
        db, analyst, [&] { return scorecards.byId(s.id); },
        [&](const Scorecard& before, AuditBatch& audit) -> Status {
            // A scorecard stays with its project and the template it was scored on, unless
            // the caller names another stored template.
            Scorecard next = s;
            next.projectId = before.projectId;
            // Submitting is final: an edit (or the undo of one made before submitting) that
            // carries the old draft flag does not hide the others' scores again.
            next.submitted = before.submitted || s.submitted;
            if (next.templateId <= 0)
                next.templateId = before.templateId;
            Result<Template> t = TemplateRepository(db).byId(next.templateId);
            if (!t)
                return t.error();
            if (Status ok = checkScorecard(next, *t); !ok)
                return ok;
            return storeScorecardChange(db, before, next, audit);
        });
}

Status Portfolio::deleteScorecard(qint64 id, const QString& analyst)
{
    Database& db = *m_db;
    ScorecardRepository scorecards(db);
    return editRecord<Scorecard>(
        db, analyst, [&] { return scorecards.byId(id); },
        [&](const Scorecard& before, AuditBatch& audit) -> Status {
            if (Status removed = scorecards.remove(id); !removed)
                return removed;
            audit.event(QStringLiteral("scorecard"), id, before.projectId,
                        QStringLiteral("deleted"), scorecardLabel(before), QString());
            return scorecardsChanged(db, before.projectId, audit.at());
        });
}

Status Portfolio::submitScorecard(qint64 id, const QString& analyst)
{
    Database& db = *m_db;
    return edit(db, analyst, [&](AuditBatch& audit) -> Status {
        Result<Scorecard> before = ScorecardRepository(db).byId(id);
        if (!before)
            return before.error();
        if (before->analyst != analyst.trimmed()) {
            return Error::at(
                QStringLiteral("analyst"),
                StorageText::tr("Only %1 can submit their own scorecard.").arg(before->analyst));
        }
        if (before->submitted)
            return {};
        Scorecard next = *before;
        next.submitted = true;
        return storeScorecardChange(db, *before, next, audit);
    });
}

Status Portfolio::setBlindScoring(bool on, const QString& analyst)
{
    Database& db = *m_db;
    return edit(db, analyst, [&](AuditBatch& audit) -> Status {
        SettingsRepository settings(db);
        Result<QString> before = settings.value(SettingKey::BlindScoring, QStringLiteral("0"));
        if (!before)
            return before.error();
        const QString after = on ? QStringLiteral("1") : QStringLiteral("0");
        if (Status stored = settings.setValue(SettingKey::BlindScoring, after); !stored)
            return stored;
        audit.change(QStringLiteral("settings"), 0, 0, SettingKey::BlindScoring, *before, after);
        return {};
    });
}

Result<qint64> Portfolio::createMeeting(const Meeting& m, const QString& analyst)
{
    Database& db = *m_db;
    return edit(db, analyst, [&](AuditBatch& audit) -> Result<qint64> {
        Result<QSet<qint64>> projects = agendaProjects(db, m);
        if (!projects)
            return projects.error();
        if (Status ok = checkMeeting(m, *projects); !ok)
            return ok.error();
        MeetingRepository meetings(db);
        Result<qint64> id = meetings.insert(m, audit.at());
        if (!id)
            return id;
        audit.event(QStringLiteral("meeting"), *id, 0, QStringLiteral("created"), QString(),
                    m.title);
        Result<Meeting> stored = meetings.byId(*id);
        if (!stored)
            return stored.error();
        Meeting empty;
        empty.id = *id;
        empty.title = stored->title;
        empty.date = stored->date;
        empty.status = MeetingStatus::Planned;
        recordMeetingChanges(empty, *stored, audit);
        return id;
    });
}

Status Portfolio::updateMeeting(const Meeting& m, const QString& analyst)
{
    Database& db = *m_db;
    MeetingRepository meetings(db);
    return editRecord<Meeting>(
        db, analyst, [&] { return openMeeting(meetings, m.id); },
        [&](const Meeting& before, AuditBatch& audit) -> Status {
            Result<QSet<qint64>> projects = agendaProjects(db, m);
            if (!projects)
                return projects.error();
            if (Status ok = checkMeeting(m, *projects); !ok)
                return ok;
            if (Status updated = meetings.update(m, audit.at()); !updated)
                return updated;
            Result<Meeting> after = meetings.byId(m.id);
            if (!after)
                return after.error();
            recordMeetingChanges(before, *after, audit);
            return {};
        });
}

Status Portfolio::closeMeeting(qint64 id, const QString& analyst)
{
    Database& db = *m_db;
    MeetingRepository meetings(db);
    return editRecord<Meeting>(
        db, analyst, [&] { return openMeeting(meetings, id); },
        [&](const Meeting& before, AuditBatch& audit) -> Status {
            if (Status closed = meetings.close(id, audit.at()); !closed)
                return closed;
            audit.event(QStringLiteral("meeting"), id, 0, QStringLiteral("status"),
                        meetingStatusKey(before.status), meetingStatusKey(MeetingStatus::Closed));
            return {};
        });
}

Status Portfolio::deleteMeeting(qint64 id, const QString& analyst)
{
    Database& db = *m_db;
    MeetingRepository meetings(db);
    return editRecord<Meeting>(
        db, analyst, [&] { return openMeeting(meetings, id); },
        [&](const Meeting& before, AuditBatch& audit) -> Status {
            if (Status removed = meetings.remove(id); !removed)
                return removed;
            audit.event(QStringLiteral("meeting"), id, 0, QStringLiteral("deleted"), before.title,
                        QString());
            return {};
        });
}

Status Portfolio::importDocument(const PortfolioDocument& doc, const QString& analyst,
                                 ImportStats* stats, const ProgressCallback& progress)
{
    if (Status named = checkAnalyst(analyst); !named)
        return named;
    Database& db = *m_db;
    return inTransaction(db, [&]() -> Status {
        return DocumentImport(db, analyst.trimmed(), Clock::now()).run(doc, stats, progress);
    });
}

Status Portfolio::reevaluateAll()
{
    Database& db = *m_db;
    return inTransaction(db, [&]() -> Status {
        Result<int> refreshed = EvaluationCache(db).refreshAll();
        return refreshed ? Status() : Status(refreshed.error());
    });
}

Status Portfolio::backupTo(const QString& file, const ProgressCallback& progress) const
{
    return Backup::copyVerified(*m_db, file, progress);
}

Result<QStringList> Portfolio::integrityCheck() const
{
    return m_db->dialect().integrityCheck(*m_db);
}

Result<QString> Portfolio::makeRollingBackup(int keep) const
{
    return Backup::rollingBackup(*m_db, keep);
}

QStringList Portfolio::backupsOf(const QString& databasePath)
{
    return Backup::backupsOf(databasePath);
}

} // namespace tollgate
