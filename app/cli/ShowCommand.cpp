// show: one project with its scorecards and its evaluation, as text or JSON (SPEC §8).
#include "cli/Arguments.h"
#include "cli/CliText.h"
#include "cli/Commands.h"
#include "cli/Console.h"
#include "cli/DatabaseAccess.h"
#include "cli/JsonValues.h"
#include "core/Clock.h"
#include "exchange/PortfolioJson.h"
#include "scoring/EvaluationRequest.h"
#include "scoring/ProjectEvaluation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace tollgate::cli
{

namespace
{

// Everything show prints about one project.
struct ProjectView {
    Project project;
    QList<Scorecard> scorecards; // oldest first
    Template scoringTemplate;
    ProjectEvaluation evaluation;
    std::optional<Segment> segment;
};

Result<ProjectView> loadProject(const Portfolio& portfolio, qint64 id)
{
    ProjectView view;
    Result<Project> project = portfolio.project(id);
    if (!project) {
        return project.error().kind == ErrorKind::NotFound ? noSuchProject(portfolio, id)
                                                           : project.error();
    }
    view.project = *project;
    Result<QList<Scorecard>> scorecards = portfolio.scorecards(id);
    if (!scorecards)
        return scorecards.error();
    view.scorecards = *scorecards;
    Result<Template> scoringTemplate = portfolio.currentTemplate();
    if (!scoringTemplate)
        return scoringTemplate.error();
    view.scoringTemplate = *scoringTemplate;
    view.evaluation =
        evaluateProject(view.scoringTemplate, view.project, view.scorecards, Clock::currentYear());
    const Result<QList<Segment>> segments = portfolio.segments();
    if (!segments)
        return segments.error();
    for (const Segment& segment : *segments)
        if (segment.key == view.project.segmentKey)
            view.segment = segment;
    return view;
}

// ---- JSON ----

QJsonObject scoresToJson(const Template& t, const Scorecard& scorecard)
{
    QJsonObject scores;
    for (const Criterion& c : t.criteria) {
        const std::optional<int> score = scorecard.score(c.key);
        scores.insert(c.key, score ? QJsonValue(*score) : QJsonValue(QJsonValue::Null));
    }
    return scores;
}

QJsonObject aggregateToJson(const Aggregate& aggregate)
{
    QJsonObject criteria;
    for (auto it = aggregate.criteria.constBegin(); it != aggregate.criteria.constEnd(); ++it) {
        const CriterionAggregate& c = it.value();
        criteria.insert(it.key(), QJsonObject{
                                      {QStringLiteral("mean"), jsonNumber(c.mean)},
                                      {QStringLiteral("count"), c.count},
                                      {QStringLiteral("spread"), c.spread()},
                                      {QStringLiteral("disagreement"), c.disagreement()},
                                  });
    }
    return QJsonObject{
        {QStringLiteral("analysts"), QJsonArray::fromStringList(aggregate.analysts)},
        {QStringLiteral("criteria"), criteria},
    };
}

// The project object of the JSON exchange format, with each scorecard's scores as a plain map,
// the evaluation (as `evaluate` prints it) and the aggregate it comes from.
QJsonObject viewToJson(const ProjectView& view)
{
    QJsonObject object = projectToJson(ProjectBundle{view.project, view.scorecards});
    QJsonArray scorecards;
    const QJsonArray written = object.value(QStringLiteral("scorecards")).toArray();
    for (qsizetype i = 0; i < view.scorecards.size(); ++i) {
        const Scorecard& s = view.scorecards.at(i);
        QJsonObject scorecard = written.at(i).toObject();
        scorecard.insert(QStringLiteral("id"), s.id);
        scorecard.insert(QStringLiteral("analyst"), s.analyst);
        scorecard.insert(QStringLiteral("date"), s.date.toString(Qt::ISODate));
        scorecard.insert(QStringLiteral("scores"), scoresToJson(view.scoringTemplate, s));
        scorecards.append(scorecard);
    }
    object.insert(QStringLiteral("scorecards"), scorecards);
    object.insert(QStringLiteral("evaluation"), evaluationToJson(view.evaluation.evaluation));
    object.insert(QStringLiteral("aggregate"), aggregateToJson(view.evaluation.aggregate));
    return object;
}

// ---- Text ----

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

template <typename Number>
QString numberOrDash(const std::optional<Number>& value)
{
    return value ? QString::number(*value) : QStringLiteral("-");
}

QString moneyText(const std::optional<qint64>& cny)
{
    // Grouped in thousands, the way figures appear in term sheets: 600,000,000 CNY (元).
    return cny ? CliText::tr("%1 CNY").arg(QLocale(QLocale::English).toString(*cny))
               : QStringLiteral("-");
}

QString scoreText(const std::optional<double>& score)
{
    return score ? QString::number(*score, 'f', 1) : QStringLiteral("-");
}

QString fieldBlock(const QList<QStringList>& fields)
{
    return formatTable({{}, {}}, fields, TableHeader::Hidden);
}

QString projectText(const ProjectView& view)
{
    const Project& p = view.project;
    const QString segment = view.segment
                                ? QStringLiteral("%1 (%2, %3)")
                                      .arg(p.segmentKey, view.segment->nameEn, view.segment->nameZh)
                                : p.segmentKey;
    QString exit = orDash(p.exitRoute);
    if (p.expectedExitYear)
        exit += CliText::tr(" in %1").arg(*p.expectedExitYear);
    const QList<QStringList> fields{
        {CliText::tr("ID"), QString::number(p.id)},
        {CliText::tr("Segment"), segment},
        {CliText::tr("Stage"), stageKey(p.stage)},
        {CliText::tr("Round"), orDash(p.round)},
        {CliText::tr("Valuation"), moneyText(p.valuationCny)},
        {CliText::tr("Ask"), moneyText(p.askCny)},
        {CliText::tr("City"), orDash(p.city)},
        {CliText::tr("Founded"), numberOrDash(p.foundedYear)},
        {CliText::tr("Lead analyst"), orDash(p.leadAnalyst)},
        {CliText::tr("Tags"), orDash(p.tags.join(QStringLiteral("; ")))},
        {CliText::tr("Exit"), exit},
        {CliText::tr("Fund ends"), numberOrDash(p.fundEndYear)},
        {CliText::tr("Updated"), p.updated.toUTC().toString(Qt::ISODate)},
    };
    QString text = singleLine(p.name) + QLatin1Char('\n') + fieldBlock(fields);
    if (!p.description.isEmpty())
        text += QLatin1Char('\n') + p.description.trimmed() + QLatin1Char('\n');
    return text;
}

QString evaluationText(const ProjectView& view)
{
    const Evaluation& e = view.evaluation.evaluation;
    QString years = QStringLiteral("-");
    if (e.costModelGiven) {
        years = e.yearsToProfitableCost ? QString::number(*e.yearsToProfitableCost, 'f', 2)
                                        : CliText::tr("not within the horizon");
    }
    QStringList suggested;
    for (auto it = e.suggested.constBegin(); it != e.suggested.constEnd(); ++it)
        suggested.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    const QList<QStringList> fields{
        {CliText::tr("Verdict"), verdictKey(e.verdict)},
        {CliText::tr("Market (M)"), scoreText(e.market)},
        {CliText::tr("Cost (C)"), scoreText(e.cost)},
        {CliText::tr("Composite"), scoreText(e.composite)},
        {CliText::tr("Knock-outs"), orDash(e.knockouts.join(QStringLiteral(", ")))},
        {CliText::tr("Red flags"), orDash(e.redFlags.join(QStringLiteral(", ")))},
        {CliText::tr("Years to profitable cost"), years},
        {CliText::tr("Suggested"), orDash(suggested.join(QStringLiteral(", ")))},
    };
    return QLatin1Char('\n') + fieldBlock(fields);
}

// One line per scorecard, then the mean and spread per criterion across each analyst's latest;
// a spread of 2 or more (a disagreement) is marked with "!".
QString scorecardText(const ProjectView& view)
{
    if (view.scorecards.isEmpty())
        return QLatin1Char('\n') + CliText::tr("No scorecards yet.") + QLatin1Char('\n');
    QList<TableColumn> columns{{CliText::tr("Date")}, {CliText::tr("Analyst")}};
    for (const Criterion& c : view.scoringTemplate.criteria)
        columns.append({c.key, true});
    QList<QStringList> rows;
    for (const Scorecard& s : view.scorecards) {
        QStringList row{s.date.toString(Qt::ISODate), s.analyst};
        for (const Criterion& c : view.scoringTemplate.criteria)
            row.append(numberOrDash(s.score(c.key)));
        rows.append(row);
    }
    const Aggregate& aggregate = view.evaluation.aggregate;
    QStringList mean{CliText::tr("mean"),
                     CliText::tr("analysts: %1").arg(aggregate.analysts.size())};
    QStringList spread{CliText::tr("spread"), QString()};
    for (const Criterion& c : view.scoringTemplate.criteria) {
        const CriterionAggregate a = aggregate.criteria.value(c.key);
        mean.append(a.mean ? QString::number(*a.mean, 'g', 3) : QStringLiteral("-"));
        spread.append(QString::number(a.spread()) +
                      (a.disagreement() ? QStringLiteral("!") : QString()));
    }
    rows.append(mean);
    rows.append(spread);
    return QLatin1Char('\n') + formatTable(columns, rows);
}

} // namespace

int runShow(const Invocation& inv)
{
    const Result<qint64> id = projectIdArgument(inv.positional.at(0));
    if (!id)
        return usageError(inv, id.error().message);
    const auto portfolio = openDatabase(inv, OpenMode::ExistingOnly);
    if (!portfolio)
        return userError(portfolio.error());
    const Result<ProjectView> view = loadProject(**portfolio, *id);
    if (!view)
        return userError(view.error());
    if (inv.has(QStringLiteral("json")))
        printJson(viewToJson(*view));
    else
        printOut(projectText(*view) + evaluationText(*view) + scorecardText(*view));
    return Success;
}

} // namespace tollgate::cli
