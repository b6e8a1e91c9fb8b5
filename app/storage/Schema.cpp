#include "storage/Schema.h"

#include "domain/Meeting.h"
#include "domain/Stage.h"
#include "scoring/Verdict.h"

namespace tollgate::Schema
{

namespace
{

// A CHECK that a column holds one of the keys. Written as comparisons joined by OR rather than
// IN (...): SQLite builds a temporary table for every longer IN list on every insert, which
// cost a sixth of a bulk import.
QString oneOf(const QString& column, const QStringList& keys)
{
    QStringList tests;
    for (const QString& key : keys)
        tests << QStringLiteral("%1 = '%2'").arg(column, key);
    return tests.join(QStringLiteral(" OR "));
}

template <typename Enum>
QStringList keysOf(QString (*key)(Enum), int count)
{
    QStringList keys;
    for (int i = 0; i < count; ++i)
        keys << key(static_cast<Enum>(i));
    return keys;
}

QStringList verdictKeys()
{
    return keysOf<Verdict>(verdictKey, 5);
}

QStringList tables()
{
    return {
        QStringLiteral(R"(CREATE TABLE segments (
    key TEXT NOT NULL PRIMARY KEY CHECK (key <> ''),
    name_en TEXT NOT NULL,
    name_zh TEXT NOT NULL,
    colour TEXT NOT NULL,
    position INTEGER NOT NULL
))"),
        QStringLiteral(R"(CREATE TABLE templates (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL CHECK (name <> ''),
    version INTEGER NOT NULL CHECK (version >= 1),
    market_gate REAL NOT NULL CHECK (market_gate BETWEEN 0 AND 100),
    cost_gate REAL NOT NULL CHECK (cost_gate BETWEEN 0 AND 100),
    tam_bands TEXT NOT NULL,
    cost_year_bands TEXT NOT NULL,
    created TEXT NOT NULL,
    created_by TEXT NOT NULL,
    UNIQUE (name, version)
))"),
        QStringLiteral(R"(CREATE TABLE template_criteria (
    template_id INTEGER NOT NULL REFERENCES templates (id) ON DELETE CASCADE,
    key TEXT NOT NULL CHECK (key <> ''),
    position INTEGER NOT NULL,
    question TEXT NOT NULL CHECK (question IN ('market', 'cost')),
    name_en TEXT NOT NULL,
    name_zh TEXT NOT NULL,
    weight REAL NOT NULL CHECK (weight > 0),
    knockout INTEGER NOT NULL CHECK (knockout IN (0, 1)),
    PRIMARY KEY (template_id, key)
))"),
        QStringLiteral(R"(CREATE TABLE template_rubrics (
    template_id INTEGER NOT NULL,
    criterion_key TEXT NOT NULL,
    score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 5),
    text_en TEXT NOT NULL,
    text_zh TEXT NOT NULL,
    PRIMARY KEY (template_id, criterion_key, score),
    FOREIGN KEY (template_id, criterion_key)
        REFERENCES template_criteria (template_id, key) ON DELETE CASCADE
))"),
        QStringLiteral(R"(CREATE TABLE projects (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL CHECK (name <> ''),
    segment_key TEXT NOT NULL REFERENCES segments (key) ON UPDATE CASCADE,
    stage TEXT NOT NULL CHECK (%1),
    round TEXT NOT NULL DEFAULT '',
    valuation_cny INTEGER CHECK (valuation_cny >= 0),
    ask_cny INTEGER CHECK (ask_cny >= 0),
    city TEXT NOT NULL DEFAULT '',
    founded_year INTEGER,
    description TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '',
    lead_analyst TEXT NOT NULL DEFAULT '',
    exit_route TEXT NOT NULL DEFAULT '',
    expected_exit_year INTEGER,
    fund_end_year INTEGER,
    dominant_incumbent INTEGER NOT NULL DEFAULT 0 CHECK (dominant_incumbent IN (0, 1)),
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1,
    eval_market REAL,
    eval_cost REAL,
    eval_composite REAL,
    eval_verdict TEXT NOT NULL DEFAULT 'incomplete' CHECK (%2),
    eval_red_flags TEXT NOT NULL DEFAULT '',
    eval_red_flag_count INTEGER NOT NULL DEFAULT 0,
    eval_tam_cny REAL,
    eval_cost_model INTEGER NOT NULL DEFAULT 0 CHECK (eval_cost_model IN (0, 1)),
    eval_years_to_profitable REAL,
    eval_as_of_year INTEGER NOT NULL DEFAULT 0,
    eval_template_id INTEGER REFERENCES templates (id)
))")
            .arg(oneOf(QStringLiteral("stage"), stageKeys()),
                 oneOf(QStringLiteral("eval_verdict"), verdictKeys())),
        QStringLiteral(R"(CREATE TABLE scorecards (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    template_id INTEGER NOT NULL REFERENCES templates (id),
    analyst TEXT NOT NULL CHECK (analyst <> ''),
    date TEXT NOT NULL,
    submitted INTEGER NOT NULL DEFAULT 1 CHECK (submitted IN (0, 1)),
    tam_cny REAL,
    sam_cny REAL,
    cagr REAL,
    payers INTEGER,
    unit_cost REAL,
    price REAL,
    target_margin REAL,
    volume REAL,
    cumulative REAL,
    volume_growth REAL,
    learning_rate REAL,
    price_erosion REAL,
    horizon_years REAL,
    criteria TEXT NOT NULL DEFAULT '{}',
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
))"),
        QStringLiteral(R"(CREATE TABLE meetings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL CHECK (title <> ''),
    date TEXT NOT NULL,
    status TEXT NOT NULL CHECK (%1),
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
))")
            .arg(oneOf(QStringLiteral("status"), keysOf<MeetingStatus>(meetingStatusKey, 3))),
        QStringLiteral(R"(CREATE TABLE meeting_attendees (
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (name <> ''),
    position INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, name)
))"),
        QStringLiteral(R"(CREATE TABLE agenda_items (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    decision TEXT NOT NULL DEFAULT '' CHECK (%1),
    conditions TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    UNIQUE (meeting_id, project_id)
))")
            .arg(oneOf(QStringLiteral("decision"), keysOf<Decision>(decisionKey, 5))),
        QStringLiteral(R"(CREATE TABLE votes (
    agenda_item_id INTEGER NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
    attendee TEXT NOT NULL,
    vote TEXT NOT NULL CHECK (%1),
    PRIMARY KEY (agenda_item_id, attendee)
))")
            .arg(oneOf(QStringLiteral("vote"), keysOf<Vote>(voteKey, 3))),
        QStringLiteral(R"(CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    analyst TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    project_id INTEGER,
    field TEXT NOT NULL,
    old_value TEXT NOT NULL DEFAULT '',
    new_value TEXT NOT NULL DEFAULT ''
))"),
    };
}

QStringList indexes()
{
    // The project table sorts and filters on these; scorecards and agenda items are read per
    // project and per meeting; the audit log per project.
    return {
        QStringLiteral("CREATE INDEX projects_segment ON projects (segment_key)"),
        QStringLiteral("CREATE INDEX projects_stage ON projects (stage)"),
        QStringLiteral("CREATE INDEX projects_verdict ON projects (eval_verdict)"),
        QStringLiteral("CREATE INDEX projects_lead_analyst ON projects (lead_analyst)"),
        QStringLiteral("CREATE INDEX projects_composite ON projects (eval_composite)"),
        QStringLiteral("CREATE INDEX projects_updated ON projects (updated)"),
        QStringLiteral("CREATE INDEX projects_name ON projects (name)"),
        QStringLiteral("CREATE INDEX scorecards_project ON scorecards (project_id, date)"),
        QStringLiteral("CREATE INDEX agenda_items_meeting ON agenda_items (meeting_id, position)"),
        QStringLiteral("CREATE INDEX agenda_items_project ON agenda_items (project_id)"),
        QStringLiteral("CREATE INDEX meetings_date ON meetings (date)"),
        QStringLiteral("CREATE INDEX audit_log_project ON audit_log (project_id)"),
    };
}

QString raise(const QString& message)
{
    return QStringLiteral("SELECT RAISE(ABORT, '%1');").arg(message);
}

// A closed meeting is read-only in the database itself, not only in the code: the meeting row
// and every row hanging off it refuse changes once its status is 'closed'. So do the rows of
// an audit log, which is only ever added to.
QStringList triggers()
{
    const QString closed = raise(closedMeetingMessage());
    QStringList statements{
        QStringLiteral("CREATE TRIGGER meetings_closed_update BEFORE UPDATE ON meetings "
                       "WHEN OLD.status = 'closed' BEGIN %1 END")
            .arg(closed),
        QStringLiteral("CREATE TRIGGER meetings_closed_delete BEFORE DELETE ON meetings "
                       "WHEN OLD.status = 'closed' BEGIN %1 END")
            .arg(closed),
    };
    struct Child {
        const char* table;
        const char* meetingOf; // SQL giving the meeting id of a row, %1 = NEW or OLD
    };
    const Child children[] = {
        {"meeting_attendees", "%1.meeting_id"},
        {"agenda_items", "%1.meeting_id"},
        {"votes", "(SELECT meeting_id FROM agenda_items WHERE id = %1.agenda_item_id)"},
    };
    struct Event {
        const char* name;
        const char* row;
    };
    const Event events[] = {{"INSERT", "NEW"}, {"UPDATE", "OLD"}, {"DELETE", "OLD"}};
    for (const Child& child : children) {
        for (const Event& event : events) {
            const QString table = QLatin1String(child.table);
            const QString meeting = QLatin1String(child.meetingOf).arg(QLatin1String(event.row));
            statements << QStringLiteral("CREATE TRIGGER %1_closed_%2 BEFORE %3 ON %1 WHEN "
                                         "EXISTS (SELECT 1 FROM meetings WHERE id = %4 AND "
                                         "status = 'closed') BEGIN %5 END")
                              .arg(table, QString(QLatin1String(event.name)).toLower(),
                                   QLatin1String(event.name), meeting, closed);
        }
    }
    const QString appendOnly = raise(appendOnlyMessage());
    statements << QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                                 "BEGIN %1 END")
                      .arg(appendOnly)
               << QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                                 "BEGIN %1 END")
                      .arg(appendOnly);
    return statements;
}

} // namespace

QList<IndexDefinition> indexesOf(const QString& table)
{
    // "CREATE INDEX <name> ON <table> (…)": the statements above are the one source.
    QList<IndexDefinition> found;
    for (const QString& create : indexes()) {
        const QStringList words = create.split(QLatin1Char(' '));
        if (words.size() > 5 && words.at(4) == table)
            found.append(IndexDefinition{words.at(2), create});
    }
    return found;
}

QStringList version1Statements()
{
    return tables() + indexes() + triggers();
}

QStringList version2Statements()
{
    // Settings that travel with the database rather than with one user's machine (blind
    // scoring): one row per key, the value as text.
    return {QStringLiteral(R"(CREATE TABLE settings (
    key TEXT NOT NULL PRIMARY KEY CHECK (key <> ''),
    value TEXT NOT NULL
))")};
}

} // namespace tollgate::Schema
