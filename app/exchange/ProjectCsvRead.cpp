#include "core/ListText.h"
#include "exchange/Csv.h"
#include "exchange/ProjectCsv.h"
#include "exchange/ProjectCsvColumns.h"
#include "exchange/SegmentNames.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <utility>

namespace tollgate
{

namespace
{

using projectcsv::Column;
using projectcsv::columnName;
using projectcsv::kColumnCount;

class ProjectCsvText
{
    Q_DECLARE_TR_FUNCTIONS(ProjectCsv)
};

// Years before or after these are typing mistakes, not plans (as in the evaluate request).
constexpr int kEarliestYear = 1900;
constexpr int kLatestYear = 2200;
constexpr double kLargestExactInteger = 9007199254740992.0; // 2^53

Error headerError(int line, const QString& message)
{
    Error error = Error::at(QString(), message);
    error.line = line;
    return error;
}

// Which column of the file holds what. Built once from the header; rows are read by index.
struct ColumnMap {
    std::array<int, kColumnCount> fixed;     // file column of each fixed column, -1 when absent
    QList<std::pair<QString, int>> criteria; // template criterion key, file column
    // The same sorted by key, the order of a scorecard's entries: each goes in at the end.
    QList<std::pair<QString, int>> criteriaByKey;
    QList<bool> named; // whether each header cell has a name

    int indexOf(Column c) const { return fixed[static_cast<std::size_t>(c)]; }
};

QString knownColumnList(const Template& t)
{
    QStringList names;
    for (int c = 0; c < kColumnCount; ++c)
        names.append(columnName(static_cast<Column>(c)));
    for (const Criterion& criterion : t.criteria)
        names.append(criterion.key);
    return names.join(QLatin1String(", "));
}

Result<ColumnMap> mapHeader(const CsvRecord& header, const Template& t)
{
    ColumnMap map;
    map.fixed.fill(-1);
    QHash<QString, int> seen; // folded name → file column
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields[i].trimmed();
        map.named.append(!name.isEmpty());
        if (name.isEmpty())
            continue; // an unnamed column may stand there, but must stay empty (checked per row)
        const QString folded = name.toCaseFolded();
        if (seen.contains(folded)) {
            return headerError(header.line,
                               ProjectCsvText::tr("Line %1: the column \"%2\" appears twice in "
                                                  "the header.")
                                   .arg(header.line)
                                   .arg(name));
        }
        seen.insert(folded, i);
        if (folded == projectcsv::errorColumnName())
            continue;
        bool known = false;
        for (int c = 0; c < kColumnCount && !known; ++c) {
            if (folded == columnName(static_cast<Column>(c))) {
                map.fixed[static_cast<std::size_t>(c)] = i;
                known = true;
            }
        }
        for (const Criterion& criterion : t.criteria) {
            if (!known && folded == criterion.key.toCaseFolded()) {
                map.criteria.append({criterion.key, i});
                known = true;
            }
        }
        if (!known) {
            return headerError(header.line,
                               ProjectCsvText::tr("Line %1: the header names an unknown column "
                                                  "\"%2\"; the columns are %3.")
                                   .arg(header.line)
                                   .arg(name, knownColumnList(t)));
        }
    }
    map.criteriaByKey = map.criteria;
    std::sort(map.criteriaByKey.begin(), map.criteriaByKey.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    for (Column required : {Column::Name, Column::Segment}) {
        if (map.indexOf(required) < 0) {
            return headerError(header.line,
                               ProjectCsvText::tr("Line %1: the header has no \"%2\" column; "
                                                  "name and segment are required.")
                                   .arg(header.line)
                                   .arg(columnName(required)));
        }
    }
    return map;
}

// Segment cells repeat a handful of spellings over thousands of rows: each is looked up once,
// and compared as a view, so a row costs no string copy.
class SegmentResolver
{
public:
    explicit SegmentResolver(const QList<Segment>& segments) : m_segments(segments) {}

    std::optional<QString> keyOf(QStringView cell)
    {
        for (const auto& [spelling, key] : std::as_const(m_seen)) {
            if (cell == spelling)
                return key;
        }
        std::optional<QString> key = findSegmentKey(m_segments, cell.toString());
        if (m_seen.size() < kMaxSpellings)
            m_seen.append({cell.toString(), key});
        return key;
    }

private:
    static constexpr qsizetype kMaxSpellings = 64;
    const QList<Segment>& m_segments;
    QList<std::pair<QString, std::optional<QString>>> m_seen;
};

// A cell's number. Amounts are mostly whole numbers of CNY: up to 15 digits they are read
// digit by digit, which gives the same double as the general conversion (every integer below
// 2^53 is exact) at a fraction of its cost; anything else goes to the general conversion.
double toNumber(QStringView text, bool* ok)
{
    constexpr qsizetype kExactDigits = 15;
    if (!text.isEmpty() && text.size() <= kExactDigits) {
        qint64 whole = 0;
        bool digitsOnly = true;
        for (const QChar c : text) {
            if (c < u'0' || c > u'9') {
                digitsOnly = false;
                break;
            }
            whole = whole * 10 + (c.unicode() - u'0');
        }
        if (digitsOnly) {
            *ok = true;
            return static_cast<double>(whole);
        }
    }
    return text.toDouble(ok);
}

// A score cell: one digit from 0 to 5.
bool isScore(QStringView cell)
{
    return cell.size() == 1 && cell[0] >= u'0' && cell[0] <= u'5';
}

// Reads one data row into a project (and its scorecard), collecting every fault of the row.
class RowReader
{
public:
    RowReader(const ColumnMap& map, SegmentResolver& segments, const QString& importingAnalyst,
              QDate today)
        : m_map(map), m_segments(segments), m_importingAnalyst(importingAnalyst), m_today(today)
    {
    }

    ProjectBundle read(const QStringList& fields, QStringList& faults)
    {
        m_fields = &fields;
        m_faults = &faults;
        ProjectBundle bundle;
        readProject(bundle.project);
        readScorecard(bundle);
        checkUnnamedCells();
        return bundle;
    }

private:
    // The raw cell, or an empty view when the column is absent or the row is short.
    QStringView rawCell(int index) const
    {
        if (index < 0 || index >= m_fields->size())
            return {};
        return QStringView((*m_fields)[index]);
    }
    QStringView cell(Column c) const { return rawCell(m_map.indexOf(c)).trimmed(); }
    QString text(Column c) const { return cell(c).toString(); }

    void fault(const QString& message) { m_faults->append(message); }

    void readProject(Project& p)
    {
        p.name = text(Column::Name);
        if (p.name.isEmpty())
            fault(ProjectCsvText::tr("name is required"));
        readSegment(p);
        readStage(p);
        p.round = text(Column::Round);
        readMoney(Column::ValuationCny, p.valuationCny);
        readMoney(Column::AskCny, p.askCny);
        p.city = text(Column::City);
        readYear(Column::FoundedYear, p.foundedYear);
        // The description keeps its spacing: it is prose, and may start with an indented list.
        p.description = rawCell(m_map.indexOf(Column::Description)).toString();
        p.tags = readTags();
        p.leadAnalyst = text(Column::LeadAnalyst);
        p.exitRoute = text(Column::ExitRoute);
        readYear(Column::ExpectedExitYear, p.expectedExitYear);
        readYear(Column::FundEndYear, p.fundEndYear);
    }

    void readSegment(Project& p)
    {
        const QStringView given = cell(Column::Segment);
        if (given.isEmpty()) {
            fault(ProjectCsvText::tr("segment is required"));
            return;
        }
        if (std::optional<QString> key = m_segments.keyOf(given))
            p.segmentKey = *key;
        else
            fault(ProjectCsvText::tr("segment: \"%1\" is not a known segment key or name")
                      .arg(given.toString()));
    }

    void readStage(Project& p)
    {
        const QStringView given = cell(Column::Stage);
        if (given.isEmpty())
            return; // sourcing
        for (int i = 0; i < m_stageKeys.size(); ++i) {
            if (given.compare(m_stageKeys[i], Qt::CaseInsensitive) == 0) {
                p.stage = static_cast<Stage>(i);
                return;
            }
        }
        fault(ProjectCsvText::tr("stage must be one of %1, got \"%2\"")
                  .arg(m_stageKeys.join(QLatin1String(", ")), given.toString()));
    }

    // Whole CNY, not negative. Excel may write a large amount as 6E+08: any number that is whole
    // is accepted.
    void readMoney(Column c, std::optional<qint64>& target)
    {
        const QStringView given = cell(c);
        if (given.isEmpty())
            return;
        bool ok = false;
        qint64 amount = given.toLongLong(&ok);
        if (!ok) {
            const double number = given.toDouble(&ok);
            ok = ok && std::isfinite(number) && std::floor(number) == number &&
                 std::fabs(number) <= kLargestExactInteger;
            amount = ok ? static_cast<qint64>(number) : 0;
        }
        if (!ok) {
            fault(ProjectCsvText::tr("%1 must be a whole number of CNY, got \"%2\"")
                      .arg(columnName(c))
                      .arg(given.toString()));
        } else if (amount < 0) {
            fault(ProjectCsvText::tr("%1 must not be negative, got \"%2\"")
                      .arg(columnName(c))
                      .arg(given.toString()));
        } else {
            target = amount;
        }
    }

    void readAmount(Column c, std::optional<double>& target)
    {
        const QStringView given = cell(c);
        if (given.isEmpty())
            return;
        bool ok = false;
        const double number = toNumber(given, &ok);
        if (!ok || !std::isfinite(number)) {
            fault(ProjectCsvText::tr("%1 must be a number of CNY, got \"%2\"")
                      .arg(columnName(c))
                      .arg(given.toString()));
        } else if (number < 0) {
            fault(ProjectCsvText::tr("%1 must not be negative, got \"%2\"")
                      .arg(columnName(c))
                      .arg(given.toString()));
        } else {
            target = number;
        }
    }

    void readYear(Column c, std::optional<int>& target)
    {
        const QStringView given = cell(c);
        if (given.isEmpty())
            return;
        bool ok = false;
        const int year = given.toInt(&ok);
        if (!ok || year < kEarliestYear || year > kLatestYear) {
            fault(ProjectCsvText::tr("%1 must be a year from %2 to %3, got \"%4\"")
                      .arg(columnName(c))
                      .arg(kEarliestYear)
                      .arg(kLatestYear)
                      .arg(given.toString()));
            return;
        }
        target = year;
    }

    QStringList readTags() const
    {
        QStringList tags;
        const QStringView all = cell(Column::Tags);
        qsizetype start = 0;
        for (qsizetype i = 0; i <= all.size(); ++i) {
            if (i < all.size() && all[i] != projectcsv::kTagSeparator &&
                all[i] != projectcsv::kFullWidthTagSeparator)
                continue;
            const QStringView tag = all.mid(start, i - start).trimmed();
            if (!tag.isEmpty())
                tags.append(tag.toString());
            start = i + 1;
        }
        return tags;
    }

    void readScorecard(ProjectBundle& bundle)
    {
        Scorecard card;
        bool any = false;
        // Faults in the file's column order; entries in key order, each appended to the map
        // without a search (a keyed insert per cell was a quarter of reading a row).
        for (const auto& [key, index] : m_map.criteria) {
            const QStringView given = rawCell(index).trimmed();
            if (given.isEmpty())
                continue;
            any = true;
            if (!isScore(given)) {
                fault(ProjectCsvText::tr("%1: score must be an integer 0–5, got \"%2\"")
                          .arg(key, given.toString()));
            }
        }
        for (const auto& [key, index] : m_map.criteriaByKey) {
            const QStringView given = rawCell(index).trimmed();
            if (!isScore(given))
                continue;
            CriterionEntry entry;
            entry.score = given[0].unicode() - u'0';
            card.entries.insert(card.entries.cend(), key, entry);
        }
        readAmount(Column::TamCny, card.market.tamCny);
        readAmount(Column::SamCny, card.market.samCny);
        any = any || !cell(Column::TamCny).isEmpty() || !cell(Column::SamCny).isEmpty();
        if (!any)
            return;
        card.analyst =
            bundle.project.leadAnalyst.isEmpty() ? m_importingAnalyst : bundle.project.leadAnalyst;
        if (card.analyst.isEmpty()) {
            fault(ProjectCsvText::tr("lead_analyst is needed to record the scores, and no "
                                     "analyst is set for the import"));
        }
        card.date = m_today;
        bundle.scorecards.append(std::move(card));
    }

    // A value in a column the header does not name would be silently lost: refuse it.
    void checkUnnamedCells()
    {
        const int width = static_cast<int>(m_map.named.size());
        for (int i = 0; i < m_fields->size(); ++i) {
            if (rawCell(i).trimmed().isEmpty())
                continue;
            if (i >= width) {
                fault(ProjectCsvText::tr("the row has %1 fields but the header names %2")
                          .arg(m_fields->size())
                          .arg(width));
                return;
            }
            if (!m_map.named[i])
                fault(ProjectCsvText::tr("column %1 has no name in the header").arg(i + 1));
        }
    }

    const ColumnMap& m_map;
    SegmentResolver& m_segments;
    const QStringList m_stageKeys = stageKeys(); // in Stage order
    const QString& m_importingAnalyst;
    QDate m_today;
    const QStringList* m_fields = nullptr;
    QStringList* m_faults = nullptr;
};

} // namespace

QStringList ProjectCsvImport::errors() const
{
    QStringList lines;
    lines.reserve(rejected.size());
    for (const RejectedRow& row : rejected)
        lines.append(projectcsv::lineFault(row.line, row.reason));
    return lines;
}

Result<ProjectCsvImport> readProjectCsv(const QByteArray& bytes, TextEncoding encoding,
                                        const QList<Segment>& segments, const Template& t,
                                        const QString& importingAnalyst, QDate today)
{
    Result<QString> text = decodeText(bytes, encoding);
    if (!text)
        return text.error();
    // Rows are read one at a time from the text: only the projects are kept, not the cells.
    CsvStream stream(*text);
    CsvRecord record;
    Result<bool> more = stream.next(record);
    if (!more)
        return more.error();
    if (!*more) {
        return headerError(1, ProjectCsvText::tr("The file has no header row; its first line "
                                                 "must name the columns (name and segment at "
                                                 "least)."));
    }
    Result<ColumnMap> map = mapHeader(record, t);
    if (!map)
        return map.error();

    ProjectCsvImport result;
    result.header = record.fields;
    // Every row has a line of its own, so the line count bounds the number of projects.
    const qsizetype lines = text->count(QLatin1Char('\n')) + 1;
    result.projects.reserve(lines);
    result.projectLines.reserve(lines);
    SegmentResolver resolver(segments);
    RowReader reader(*map, resolver, importingAnalyst, today);
    QStringList faults;
    for (;;) {
        more = stream.next(record);
        if (!more)
            return more.error();
        if (!*more)
            break;
        faults.clear();
        ProjectBundle bundle = reader.read(record.fields, faults);
        if (faults.isEmpty()) {
            result.projects.append(std::move(bundle));
            result.projectLines.append(record.line);
        } else {
            result.rejected.append({record.line, ListText::join(faults), record.fields});
        }
    }
    return result;
}

} // namespace tollgate
