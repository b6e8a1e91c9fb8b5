#pragma once

#include "core/Result.h"
#include "domain/Portfolio.h"
#include "domain/Project.h"
#include "domain/Scorecard.h"
#include "domain/Segment.h"
#include "domain/Template.h"
#include "exchange/TextEncoding.h"
#include "scoring/Verdict.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tollgate
{

// The project CSV of SPEC §8 and docs/exchange-formats.md: one row per project, the lead
// analyst's latest scores, the project's aggregate standing. Bytes ↔ domain objects only.

// A row the import refused: where it starts in the file, every reason (joined by "; "), and its
// fields as read, for the rejects file.
struct RejectedRow {
    int line = 0;
    QString reason;
    QStringList fields;
};

struct ProjectCsvImport {
    QStringList header;            // the header row as the file has it
    QList<ProjectBundle> projects; // the valid rows, in file order
    QList<int> projectLines;       // the line each of `projects` starts on
    QList<RejectedRow> rejected;   // the invalid rows, in file order

    bool hasErrors() const { return !rejected.isEmpty(); }
    // One line per rejected row: "line 7: M3: score must be an integer 0–5, got \"7\"".
    QStringList errors() const;
};

// Reads a project CSV. Refused as a whole (the Error names the line or column): bytes invalid
// in the encoding, a malformed quote, no header row, a header without `name` or `segment`, an
// unknown or repeated column. Each faulty row goes to `rejected` with all its faults. A row with
// any score, TAM or SAM carries one scorecard by its lead_analyst (by `importingAnalyst` when that
// cell is empty), dated `today`, with templateId 0 (storage attaches the current template).
// Columns: those of projectCsvHeader(), in any order and any letter case; `id`, `verdict`,
// `market_score` and `cost_score` are ignored (they are computed), and so is `error`, so a
// corrected rejects file imports as it is.
Result<ProjectCsvImport> readProjectCsv(const QByteArray& bytes, TextEncoding encoding,
                                        const QList<Segment>& segments, const Template& t,
                                        const QString& importingAnalyst, QDate today);

// One project as the export writes it.
struct ProjectCsvRow {
    Project project;
    std::optional<Scorecard> leadScorecard;       // the lead analyst's latest scorecard, if any
    std::optional<double> marketScore, costScore; // the project's aggregate (SPEC §4)
    Verdict verdict = Verdict::Incomplete;
};

// The export row of a project: its aggregate evaluated with `t` as of `asOfYear`, and the lead
// analyst's latest scorecard (none when the project has no lead analyst or the lead has not
// scored it: the scores of others would be attributed to the lead on import).
ProjectCsvRow projectCsvRow(const Template& t, const ProjectBundle& bundle, int asOfYear);

// The column names in export order (SPEC §8).
QStringList projectCsvHeader();

// The CSV file (writeCsv): header, then one row each. Numbers are exact: whole numbers as
// integers, others in the shortest form that reads back to the same double.
QByteArray writeProjectCsv(const QList<ProjectCsvRow>& rows);

// The rejected rows with their original header and an `error` column ("line 7: …") at the end.
QByteArray writeRejectsCsv(const QStringList& header, const QList<RejectedRow>& rejected);

// Where the rejects of an input go: "dir/x.csv" → "dir/x.rejects.csv".
QString rejectsFilePath(const QString& inputPath);

} // namespace tollgate
