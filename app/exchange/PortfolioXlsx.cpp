#include "exchange/PortfolioXlsx.h"

#include "exchange/XlsxWorkbook.h"
#include "scoring/Verdict.h"

#include <QCoreApplication>
#include <QHash>

namespace tollgate
{

namespace
{

class XlsxText
{
    Q_DECLARE_TR_FUNCTIONS(Xlsx)
};

using Style = XlsxWorkbook::NumberStyle;
using Sheet = XlsxWorkbook::Sheet;

template <typename T>
std::optional<double> asDouble(const std::optional<T>& value)
{
    return value ? std::optional<double>(double(*value)) : std::nullopt;
}

QStringList criterionKeys(const Template& t)
{
    QStringList keys;
    for (const Criterion& c : t.criteria)
        keys << c.key;
    return keys;
}

QHash<QString, Segment> segmentsByKey(const QList<Segment>& segments)
{
    QHash<QString, Segment> byKey;
    for (const Segment& s : segments)
        byKey.insert(s.key, s);
    return byKey;
}

void writeProjects(Sheet sheet, const XlsxExport& content)
{
    const QStringList keys = criterionKeys(content.currentTemplate);
    QStringList titles{XlsxText::tr("ID"),
                       XlsxText::tr("Name"),
                       XlsxText::tr("Segment"),
                       XlsxText::tr("Segment (Chinese)"),
                       XlsxText::tr("Stage"),
                       XlsxText::tr("Round"),
                       XlsxText::tr("Valuation (CNY)"),
                       XlsxText::tr("Ask (CNY)"),
                       XlsxText::tr("City"),
                       XlsxText::tr("Lead analyst"),
                       XlsxText::tr("Market score (M)"),
                       XlsxText::tr("Cost score (C)"),
                       XlsxText::tr("Composite"),
                       XlsxText::tr("Verdict"),
                       XlsxText::tr("Red flags"),
                       XlsxText::tr("Red-flag ids"),
                       XlsxText::tr("TAM (CNY)"),
                       XlsxText::tr("Years to profitable cost"),
                       XlsxText::tr("Analysts"),
                       XlsxText::tr("Updated")};
    const int firstCriterion = int(titles.size());
    titles << keys;
    sheet.header(titles);
    const QHash<QString, Segment> segments = segmentsByKey(content.segments);
    int row = 0;
    for (int i = 0; i < content.projects.size(); ++i) {
        const Project& p = content.projects.at(i).project;
        const ProjectEvaluation& e = content.evaluations.at(i);
        const Evaluation& v = e.evaluation;
        const Segment segment = segments.value(p.segmentKey);
        ++row;
        sheet.number(row, 0, double(p.id), Style::Integer);
        sheet.text(row, 1, p.name);
        sheet.text(row, 2, segment.key.isEmpty() ? p.segmentKey : segment.nameEn);
        sheet.text(row, 3, segment.nameZh);
        sheet.text(row, 4, stageKey(p.stage));
        sheet.text(row, 5, p.round);
        sheet.number(row, 6, asDouble(p.valuationCny), Style::Cny);
        sheet.number(row, 7, asDouble(p.askCny), Style::Cny);
        sheet.text(row, 8, p.city);
        sheet.text(row, 9, p.leadAnalyst);
        sheet.number(row, 10, v.market, Style::Score);
        sheet.number(row, 11, v.cost, Style::Score);
        sheet.number(row, 12, v.composite, Style::Score);
        sheet.text(row, 13, verdictKey(v.verdict));
        sheet.number(row, 14, double(v.redFlags.size()), Style::Integer);
        sheet.text(row, 15, v.redFlags.join(QStringLiteral(", ")));
        sheet.number(row, 16, e.primary ? e.primary->market.tamCny : std::nullopt, Style::Cny);
        if (v.costModelGiven && !v.yearsToProfitableCost)
            sheet.text(row, 17, XlsxText::tr("not within horizon"));
        else
            sheet.number(row, 17, v.yearsToProfitableCost, Style::Years);
        sheet.number(row, 18, double(e.aggregate.analysts.size()), Style::Integer);
        sheet.date(row, 19, p.updated.date());
        for (int k = 0; k < keys.size(); ++k) {
            // find rather than value(): no default-constructed aggregate to copy.
            const auto it = e.aggregate.criteria.constFind(keys.at(k));
            if (it != e.aggregate.criteria.constEnd())
                sheet.number(row, firstCriterion + k, it->mean, Style::Mean);
        }
    }
    sheet.columnWidth(1, 1, 32);
    sheet.columnWidth(2, 2, 36);
    sheet.columnWidth(3, 3, 14);
    sheet.columnWidth(4, 4, 12);
    sheet.columnWidth(6, 7, 16);
    sheet.columnWidth(10, 13, 12);
    sheet.columnWidth(15, 17, 20);
    sheet.finish(row);
}

void writeScorecards(Sheet sheet, const XlsxExport& content)
{
    const Template& t = content.currentTemplate;
    const QStringList keys = criterionKeys(t);
    QStringList titles{XlsxText::tr("Scorecard ID"),
                       XlsxText::tr("Project ID"),
                       XlsxText::tr("Project"),
                       XlsxText::tr("Analyst"),
                       XlsxText::tr("Date"),
                       XlsxText::tr("Submitted"),
                       XlsxText::tr("Template version"),
                       XlsxText::tr("Market score (M)"),
                       XlsxText::tr("Cost score (C)"),
                       XlsxText::tr("TAM (CNY)"),
                       XlsxText::tr("SAM (CNY)")};
    const int firstCriterion = int(titles.size());
    titles << keys;
    sheet.header(titles);
    int row = 0;
    for (const ProjectBundle& bundle : content.projects) {
        for (const Scorecard& s : bundle.scorecards) {
            ScoreMap scores;
            for (const QString& key : keys)
                scores.insert(key, asDouble(s.score(key)));
            ++row;
            sheet.number(row, 0, double(s.id), Style::Integer);
            sheet.number(row, 1, double(bundle.project.id), Style::Integer);
            sheet.text(row, 2, bundle.project.name);
            sheet.text(row, 3, s.analyst);
            sheet.date(row, 4, s.date);
            sheet.text(row, 5, s.submitted ? XlsxText::tr("submitted") : XlsxText::tr("draft"));
            sheet.number(row, 6, double(s.templateVersion), Style::Integer);
            sheet.number(row, 7, questionScore(t, Question::Market, scores), Style::Score);
            sheet.number(row, 8, questionScore(t, Question::Cost, scores), Style::Score);
            sheet.number(row, 9, s.market.tamCny, Style::Cny);
            sheet.number(row, 10, s.market.samCny, Style::Cny);
            for (int k = 0; k < keys.size(); ++k)
                sheet.number(row, firstCriterion + k, asDouble(s.score(keys.at(k))),
                             Style::Integer);
        }
    }
    sheet.columnWidth(2, 2, 32);
    sheet.columnWidth(3, 4, 14);
    sheet.columnWidth(9, 10, 18);
    sheet.finish(row);
}

void writeSegments(Sheet sheet, const XlsxExport& content)
{
    QStringList titles{XlsxText::tr("Segment key"), XlsxText::tr("Segment"),
                       XlsxText::tr("Segment (Chinese)"), XlsxText::tr("Projects")};
    for (int v = 0; v < 5; ++v)
        titles << verdictKey(static_cast<Verdict>(v));
    titles << XlsxText::tr("Mean M") << XlsxText::tr("Mean C") << XlsxText::tr("Median composite")
           << XlsxText::tr("In play") << XlsxText::tr("TAM in play (CNY)");
    sheet.header(titles);
    int row = 0;
    for (const XlsxSegmentRow& s : content.segmentRows) {
        ++row;
        sheet.text(row, 0, s.segment.key);
        sheet.text(row, 1, s.segment.nameEn);
        sheet.text(row, 2, s.segment.nameZh);
        sheet.number(row, 3, double(s.projects), Style::Integer);
        for (int v = 0; v < 5; ++v)
            sheet.number(row, 4 + v, double(s.verdictCounts[size_t(v)]), Style::Integer);
        sheet.number(row, 9, s.meanMarket, Style::Score);
        sheet.number(row, 10, s.meanCost, Style::Score);
        sheet.number(row, 11, s.medianComposite, Style::Score);
        sheet.number(row, 12, double(s.inPlay), Style::Integer);
        sheet.number(row, 13, s.tamInPlayCny, Style::Cny);
    }
    sheet.columnWidth(1, 2, 30);
    sheet.columnWidth(13, 13, 20);
    sheet.finish(row);
}

} // namespace

Result<QByteArray> writePortfolioXlsx(const XlsxExport& content)
{
    Result<std::unique_ptr<XlsxWorkbook>> book = XlsxWorkbook::create();
    if (!book)
        return book.error();
    writeProjects((*book)->addSheet(QStringLiteral("Projects")), content);
    writeScorecards((*book)->addSheet(QStringLiteral("Scorecards")), content);
    writeSegments((*book)->addSheet(QStringLiteral("Segments")), content);
    return (*book)->bytes();
}

} // namespace tollgate
