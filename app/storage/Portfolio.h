#pragma once

#include "core/Progress.h"
#include "core/Result.h"
#include "domain/AuditEntry.h"
#include "domain/Meeting.h"
#include "domain/Portfolio.h"
#include "domain/Project.h"
#include "domain/Scorecard.h"
#include "domain/Segment.h"
#include "domain/Template.h"
#include "scoring/Verdict.h"
#include "storage/DashboardRead.h"
#include "storage/ProjectTableRead.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace tollgate
{

class Database;

// A project as the project table, the charts and `list` show it: the stored project fields
// plus its cached evaluation (SPEC §4 aggregate), kept current in the same transaction as
// every edit that can change it.
struct ProjectSummary {
    qint64 id = 0;
    QString name;
    QString segmentKey;
    Stage stage = Stage::Sourcing;
    QString city;
    QStringList tags;
    QString description;
    QString leadAnalyst;
    std::optional<double> market;
    std::optional<double> cost;
    std::optional<double> composite;
    Verdict verdict = Verdict::Incomplete;
    QStringList redFlags; // sorted ids
    std::optional<double> tamCny;
    bool costModelGiven = false; // when false, yearsToProfitableCost is empty for want of inputs
    std::optional<double> yearsToProfitableCost; // empty with a cost model: not within horizon
    QDateTime updated;
    bool archived = false;
};

struct ProjectFilter {
    QString segmentKey;             // empty: all
    std::optional<Verdict> verdict; // nullopt: all
    std::optional<Stage> stage;
    QString analyst; // lead analyst; empty: all
    bool includeArchived = false;
};

struct ImportStats {
    int projects = 0;
    int scorecards = 0;
    int meetings = 0;
};

enum class OpenMode { ExistingOnly, CreateIfMissing };

// When open() runs the checks that read the whole file: PRAGMA quick_check (every page, a fifth
// of a second at 100 000 projects) and the search for evaluations of a past year (every project
// row), which are then made again. Deferred: for a file of 16 MB or more with no migration due,
// both are left to the caller, which must run a full open (OpenCheck::Now) of the same file
// before relying on it — the desktop does so on the project table's loader thread while the
// first screen shows. quickCheckDeferred() tells whether it must.
enum class OpenCheck { Now, Deferred };

// The database-backed portfolio: the one entry point the GUI and the command line use for
// reading and changing data. Every edit runs in its own transaction, bumps the row version,
// writes the audit log and refreshes the cached evaluation; a failed edit changes nothing.
// Errors come back as values (core/Result.h), never as dialogs.
class Portfolio
{
public:
    // Opens (or creates) a database file: quick_check, migrations (after a backup copy),
    // refusal of newer schemas and of non-database files, all with a clear Error.
    static Result<std::unique_ptr<Portfolio>> open(const QString& path, OpenMode mode,
                                                   OpenCheck check = OpenCheck::Now);
    ~Portfolio();
    Portfolio(const Portfolio&) = delete;
    Portfolio& operator=(const Portfolio&) = delete;

    QString path() const;
    int schemaVersion() const;
    // True when open() left its whole-file checks to the caller (OpenCheck::Deferred).
    bool quickCheckDeferred() const { return m_checkDeferred; }

    // Reference data.
    Result<QList<Segment>> segments() const;
    Result<Template> currentTemplate() const; // newest version of the "default" template
    Result<Template> templateById(qint64 id) const;
    // Stores a new version of the template (changed gates or weights) and re-evaluates all
    // projects against it. Returns the new template id.
    Result<qint64> saveTemplateVersion(const Template& t, const QString& analyst);

    // Reads.
    Result<QList<ProjectSummary>> projectSummaries(const ProjectFilter& filter = {}) const;
    // The project table's columns, streamed row by row without building summaries
    // (storage/ProjectTableRead.h); with a limit and an order, its first screen from an index.
    Status readProjectTable(const ProjectTableRequest& request,
                            const std::function<void(const ProjectTableRow&)>& visit) const;
    Result<int> projectCount(bool includeArchived) const;
    // The same read on a connection of its own, so a worker thread can load the whole table
    // while the GUI thread keeps its connection.
    static Status readProjectTableFrom(const QString& path, const ProjectTableRequest& request,
                                       const std::function<void(const ProjectTableRow&)>& visit);
    Result<Project> project(qint64 id) const;
    // Every scorecard of a project, oldest first, whatever blind scoring hides: for export,
    // backup and the command line. Views an analyst reads use the overload with a viewer.
    Result<QList<Scorecard>> scorecards(qint64 projectId) const;
    Result<Scorecard> scorecard(qint64 id) const;
    Result<QList<Meeting>> meetings() const; // by date, then id
    Result<Meeting> meeting(qint64 id) const;
    Result<QList<AuditEntry>> history(qint64 projectId) const; // newest first
    Result<PortfolioDocument> exportDocument() const;          // everything, for JSON export

    // Blind scoring (docs/compare-and-blind-scoring.md), a setting of the database. While it
    // is on and a viewing analyst's latest scorecard of a project is not submitted, the other
    // analysts' scorecards of that project are hidden from that analyst: the reads below
    // return only the viewer's own, and the project's M, C, verdict and red flags are those of
    // the viewer's own scores. An empty viewer, or one who has no scorecard of the project,
    // sees everything.
    Result<bool> blindScoring() const;
    Status setBlindScoring(bool on, const QString& analyst);
    // The scorecards of a project that `viewer` may see, oldest first.
    Result<QList<Scorecard>> scorecards(qint64 projectId, const QString& viewer) const;
    // The project table as `viewer` sees it (see above).
    Result<QList<ProjectSummary>> projectSummaries(const ProjectFilter& filter,
                                                   const QString& viewer) const;
    // Whether blind scoring currently hides other analysts' scores of a project from `viewer`.
    Result<bool> othersHiddenFrom(qint64 projectId, const QString& viewer) const;
    // Every project as the dashboard's statistics need it, as `viewer` sees it, streamed row
    // by row (storage/DashboardRead.h); the second on a connection of its own, for a worker.
    Status readDashboard(const QString& viewer, DashboardKeys& keys,
                         const DashboardVisitor& visit) const;
    static Status readDashboardFrom(const QString& path, const QString& viewer, DashboardKeys& keys,
                                    const DashboardVisitor& visit);

    // Edits. An update whose rowVersion differs from the stored one fails with
    // ErrorKind::Conflict and changes nothing; on success the stored version is bumped.
    Result<qint64> createProject(const Project& p, const QString& analyst);
    Status updateProject(const Project& p, const QString& analyst);
    Status deleteProject(qint64 id, const QString& analyst);
    Result<qint64> addScorecard(const Scorecard& s, const QString& analyst);
    Status updateScorecard(const Scorecard& s, const QString& analyst);
    Status deleteScorecard(qint64 id, const QString& analyst);
    // Marks a scorecard submitted, which reveals the others' scores to its analyst under blind
    // scoring. Only its own analyst may submit it; submitting is final (updateScorecard never
    // takes it back).
    Status submitScorecard(qint64 id, const QString& analyst);
    Result<qint64> createMeeting(const Meeting& m, const QString& analyst);
    // Replaces title, date, attendees, agenda, decisions and votes. ReadOnly when closed.
    Status updateMeeting(const Meeting& m, const QString& analyst);
    Status closeMeeting(qint64 id, const QString& analyst);
    Status deleteMeeting(qint64 id, const QString& analyst);
    // Moves the project of an agenda item to the stage its recorded decision calls for
    // (domain/DecisionStage.h), as a project edit with its audit entry. Decisions never move a
    // project on their own: the GUI asks the user first and calls this on confirmation. Works
    // on closed meetings too (the project, not the meeting's record, changes). Returns the new
    // stage; Invalid when the decision moves nothing.
    Result<Stage> applyDecisionStage(qint64 meetingId, qint64 projectId, const QString& analyst);
    // Portfolio review of a holding: a new scorecard by `analyst`, dated today, copying the
    // project's latest scorecard (theirs if they have one), so the scores' movement since the
    // last review shows in the trend. Invalid unless the project is invested.
    Result<qint64> rescreen(qint64 projectId, const QString& analyst);

    // Adds a whole document in one transaction (new ids; meetings re-linked to the new
    // project ids). Segments in the document that the database lacks are added. `progress` is
    // told of each project stored; when it returns false the transaction is rolled back and
    // the Error is of kind Cancelled: nothing was imported.
    Status importDocument(const PortfolioDocument& doc, const QString& analyst,
                          ImportStats* stats = nullptr, const ProgressCallback& progress = {});
    // Recomputes every cached evaluation from the scorecards (after a template change).
    Status reevaluateAll();

    // Maintenance.
    // A consistent copy, verified after writing; `progress` may cancel it (Backup.h).
    Status backupTo(const QString& file, const ProgressCallback& progress = {}) const;
    Result<QStringList> integrityCheck() const; // problems found; empty means sound
    // A rolling backup in the "backups" folder beside the database, keeping the `keep` newest
    // (storage/Backup.h). The app and the command line take one on open and before an import;
    // open() takes one itself before migrating. Returns the new file.
    Result<QString> makeRollingBackup(int keep = 10) const;
    // The rolling backups of a database file, newest first: what to offer when it is damaged.
    static QStringList backupsOf(const QString& databasePath);

private:
    explicit Portfolio(std::unique_ptr<Database> db);
    // A connection of its own to an existing file, for the reads of a worker thread.
    static Result<std::unique_ptr<Database>> connectionForReading(const QString& path);
    std::unique_ptr<Database> m_db;
    bool m_checkDeferred = false;
};

} // namespace tollgate
