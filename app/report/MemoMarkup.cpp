#include "report/MemoMarkup.h"

#include "core/ListText.h"
#include "domain/ExitRoute.h"
#include "domain/Stage.h"
#include "report/MemoChartImages.h"
#include "report/MemoText.h"
#include "scoring/Suggestions.h"

#include <QFile>

#include <cmath>

namespace tollgate
{

namespace
{

// Every piece of user text goes through here: the characters print as typed, and line breaks
// in evidence and notes stay line breaks.
QString esc(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString orDash(const QString& text)
{
    return text.trimmed().isEmpty() ? MemoText::dash() : text;
}

QString row(const QString& label, const QString& escapedValue)
{
    return QStringLiteral("<tr><th class=\"label\">%1</th><td>%2</td></tr>")
        .arg(esc(label), escapedValue);
}

QString heading(int number, const QString& title)
{
    return QStringLiteral("<h2>%1. %2</h2>").arg(number).arg(esc(title));
}

QString image(const QString& src, QSize size, const QString& alt)
{
    return QStringLiteral("<p class=\"figure\"><img src=\"%1\" width=\"%2\" height=\"%3\" "
                          "alt=\"%4\"/></p>")
        .arg(src.toHtmlEscaped())
        .arg(size.width())
        .arg(size.height())
        .arg(esc(alt));
}

// Builds one memo; each section is one member so the order reads as the memo does.
class Writer
{
    // The words are MemoMarkup's, for translators and at run time alike.
    Q_DECLARE_TR_FUNCTIONS(MemoMarkup)

public:
    Writer(const MemoData& data, const MemoOptions& options, const MemoMarkup::ImageSource& images)
        : d(data), o(options), images(images), e(data.standing.evaluation)
    {
    }

    QString memo()
    {
        QString html;
        html += header();
        html += summary();
        html += overview();
        html += question(Question::Market);
        html += question(Question::Cost);
        html += matrix();
        html += redFlags();
        html += agreement();
        html += exitConsiderations();
        html += decisionHistory();
        return QStringLiteral("<div class=\"memo\">%1</div>").arg(html);
    }

private:
    QString segmentName() const
    {
        return d.segment ? d.segment->displayName(o.chinese) : d.project.segmentKey;
    }

    QString analyst() const
    {
        return o.preparedBy.isEmpty() ? d.project.leadAnalyst : o.preparedBy;
    }

    QString header() const
    {
        QString html = QStringLiteral("<table class=\"masthead\" width=\"100%\"><tr>");
        html += QStringLiteral("<td class=\"fund\">%1</td>").arg(esc(o.fundName));
        html += QStringLiteral("<td class=\"confidential\" align=\"right\">%1</td>")
                    .arg(esc(tr("Confidential")));
        html += QStringLiteral("</tr></table>");
        html += QStringLiteral("<p class=\"kind\">%1</p>").arg(esc(tr("Investment memo")));
        html += QStringLiteral("<h1>%1</h1>").arg(esc(d.project.name));
        html += QStringLiteral("<p class=\"byline\">%1</p>")
                    .arg(esc(tr("%1 · %2 · Prepared by %3 · %4")
                                 .arg(segmentName(), stageDisplayName(d.project.stage, o.chinese),
                                      orDash(analyst()), o.effectiveDate().toString(Qt::ISODate))));
        return html;
    }

    QString summary() const
    {
        const QString verdictClass = QStringLiteral("verdict-") + verdictKey(e.verdict);
        QString html = heading(1, tr("Recommendation"));
        html += QStringLiteral("<table class=\"banner %1\" width=\"100%\" cellpadding=\"8\" "
                               "cellspacing=\"0\"><tr>")
                    .arg(verdictClass);
        html += QStringLiteral("<td class=\"verdict %1\" width=\"34%\"><span class=\"caption\">%2"
                               "</span><br/><span class=\"verdict-name\">%3</span></td>")
                    .arg(verdictClass, esc(tr("Verdict")),
                         esc(verdictDisplayName(e.verdict, o.chinese)));
        auto figure = [](const QString& label, const QString& value) {
            return QStringLiteral("<td class=\"figure-cell\" width=\"22%\"><span class=\"caption\">"
                                  "%1</span><br/><span class=\"number\">%2</span></td>")
                .arg(esc(label), esc(value));
        };
        html += figure(tr("Market M"), MemoText::score(e.market));
        html += figure(tr("Cost C"), MemoText::score(e.cost));
        html += figure(tr("Composite"), MemoText::score(e.composite));
        html += QStringLiteral("</tr></table>");
        html += QStringLiteral("<p class=\"reason\">%1</p>")
                    .arg(esc(MemoText::verdictReason(d, o.chinese)));
        const int flags = int(e.redFlags.size() + e.knockouts.size());
        html += QStringLiteral("<p class=\"note\">%1</p>")
                    .arg(esc(tr("Gates: market %1, cost %2. Red flags and knock-outs: %3 (section "
                                "6). The scores aggregate the latest scorecard of: %4.")
                                 .arg(d.scoringTemplate.marketGate)
                                 .arg(d.scoringTemplate.costGate)
                                 .arg(flags)
                                 .arg(analystsText())));
        return html;
    }

    QString analystsText() const
    {
        const QStringList names = d.standing.aggregate.analysts;
        if (names.isEmpty())
            return tr("no analyst yet");
        return ListText::names(names);
    }

    QString overview() const
    {
        const Project& p = d.project;
        QString html = heading(2, tr("Project overview"));
        if (!p.description.trimmed().isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(esc(p.description.trimmed()));
        html += QStringLiteral("<table class=\"facts\" width=\"100%\" cellspacing=\"0\">");
        html += row(tr("Segment"), esc(segmentName()));
        html += row(tr("Stage"), esc(stageDisplayName(p.stage, o.chinese)));
        html += row(tr("Round"), esc(orDash(p.round)));
        html +=
            row(tr("Valuation"), esc(MemoText::money(optionalMoney(p.valuationCny), o.chinese)));
        html += row(tr("Ask"), esc(MemoText::money(optionalMoney(p.askCny), o.chinese)));
        html += row(tr("City"), esc(orDash(p.city)));
        html += row(tr("Founded"), esc(MemoText::year(p.foundedYear)));
        html += row(tr("Lead analyst"), esc(orDash(p.leadAnalyst)));
        html += row(tr("Tags"), esc(orDash(ListText::names(p.tags))));
        html += row(tr("Project ID"), QString::number(p.id));
        html += QStringLiteral("</table>");
        return html;
    }

    static std::optional<double> optionalMoney(std::optional<qint64> cny)
    {
        return cny ? std::optional<double>(double(*cny)) : std::nullopt;
    }

    // Evidence and confidence from each analyst's latest scorecard; the analyst is named when
    // more than one scored.
    QString evidence(const QString& key) const
    {
        QStringList parts;
        const bool several = d.latest.size() > 1;
        for (const Scorecard& s : d.latest) {
            const CriterionEntry entry = s.entries.value(key);
            if (entry.evidence.trimmed().isEmpty() && entry.confidence == Confidence::Unset)
                continue;
            QString part = esc(entry.evidence.trimmed());
            if (entry.confidence != Confidence::Unset)
                part +=
                    QStringLiteral(" <span class=\"confidence\">(%1)</span>")
                        .arg(esc(tr("confidence: %1").arg(MemoText::confidence(entry.confidence))));
            if (several)
                part = QStringLiteral("<b>%1:</b> %2").arg(esc(s.analyst), part);
            parts.append(part);
        }
        return parts.isEmpty() ? QStringLiteral("<span class=\"muted\">%1</span>")
                                     .arg(esc(tr("No evidence recorded.")))
                               : parts.join(QStringLiteral("<br/>"));
    }

    QString criteriaTable(Question q) const
    {
        QString html = QStringLiteral("<table class=\"criteria\" width=\"100%\" cellpadding=\"4\" "
                                      "cellspacing=\"0\"><thead><tr>"
                                      "<th width=\"22%\">%1</th><th width=\"8%\">%2</th>"
                                      "<th width=\"30%\">%3</th><th width=\"40%\">%4</th>"
                                      "</tr></thead>")
                           .arg(esc(tr("Criterion")), esc(tr("Score")), esc(tr("Rubric")),
                                esc(tr("Evidence and confidence")));
        for (const Criterion& c : d.scoringTemplate.criteria) {
            if (c.question != q)
                continue;
            const CriterionAggregate a = d.standing.aggregate.criteria.value(c.key);
            QString name =
                QStringLiteral("<b>%1</b> %2").arg(esc(c.key), esc(c.displayName(o.chinese)));
            if (c.knockout)
                name += QStringLiteral(" <span class=\"ko\">%1</span>").arg(esc(tr("knock-out")));
            QString scoreCell = esc(MemoText::criterionScore(a.mean));
            if (a.count > 1)
                scoreCell += QStringLiteral("<br/><span class=\"muted\">%1</span>")
                                 .arg(esc(tr("n = %1").arg(a.count)));
            const QString rubric =
                a.mean
                    ? esc(c.rubric(int(std::lround(*a.mean)), o.chinese))
                    : QStringLiteral("<span class=\"muted\">%1</span>").arg(esc(tr("Not scored.")));
            html += QStringLiteral("<tr><td>%1</td><td class=\"score\">%2</td><td>%3</td>"
                                   "<td>%4</td></tr>")
                        .arg(name, scoreCell, rubric, evidence(c.key));
        }
        html += QStringLiteral("</table>");
        return html;
    }

    QString suggestion(const QString& key, const QString& basis) const
    {
        if (!e.suggested.contains(key))
            return {};
        return QStringLiteral("<p class=\"note\">%1</p>")
            .arg(esc(
                tr("Suggested %1 from %2: %3 (the analysts' score is what counts: %4).")
                    .arg(key, basis)
                    .arg(e.suggested.value(key))
                    .arg(MemoText::criterionScore(d.standing.aggregate.criteria.value(key).mean))));
    }

    QString question(Question q) const
    {
        const bool market = q == Question::Market;
        QString html = heading(
            market ? 3 : 4,
            market
                ? tr("Question 1 — Is the market big enough? (M %1)").arg(MemoText::score(e.market))
                : tr("Question 2 — Can cost reach a profitable level in "
                     "visible time? (C %1)")
                      .arg(MemoText::score(e.cost)));
        html += criteriaTable(q);
        if (market) {
            html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Market inputs")));
            html += marketInputs();
            html += suggestion(QStringLiteral("M1"), tr("the TAM"));
        } else {
            html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Cost model")));
            html += costModel();
        }
        return html;
    }

    QString marketInputs() const
    {
        if (!d.standing.primary || d.standing.primary->market.isEmpty())
            return QStringLiteral("<p class=\"muted\">%1</p>")
                .arg(esc(tr("No market inputs recorded.")));
        const MarketInputs& m = d.standing.primary->market;
        QString html = QStringLiteral("<table class=\"facts\" width=\"100%\" cellspacing=\"0\">");
        html +=
            row(tr("TAM (total addressable market)"), esc(MemoText::money(m.tamCny, o.chinese)));
        html += row(tr("SAM (serviceable market)"), esc(MemoText::money(m.samCny, o.chinese)));
        html += row(tr("Market growth (CAGR)"), esc(MemoText::percent(m.cagr)));
        html += row(tr("Buyers willing to pay"),
                    esc(m.payers ? QString::number(*m.payers) : MemoText::dash()));
        html += QStringLiteral("</table>");
        return html;
    }

    QString costModel() const
    {
        if (!d.standing.primary || d.standing.primary->cost.isEmpty())
            return QStringLiteral("<p class=\"muted\">%1</p>")
                .arg(esc(tr("No cost model inputs recorded, so there is no cost curve.")));
        if (!d.costParams)
            return QStringLiteral("<p class=\"muted\">%1</p>")
                .arg(esc(tr("The cost model inputs are not usable: %1").arg(d.costInputsProblem)));
        const CostParams& c = *d.costParams;
        QString html = QStringLiteral("<table class=\"facts\" width=\"100%\" cellspacing=\"0\">");
        html += row(tr("Unit cost today"), esc(MemoText::plainNumber(c.unitCost, 2)));
        html += row(tr("Price today"), esc(MemoText::plainNumber(c.price, 2)));
        html += row(tr("Target gross margin"), esc(MemoText::percent(c.targetMargin)));
        html += row(tr("Volume this year (units)"), esc(MemoText::plainNumber(c.volume, 0)));
        html += row(tr("Cumulative units so far"), esc(MemoText::plainNumber(c.cumulative, 0)));
        html += row(tr("Annual volume growth"), esc(MemoText::percent(c.volumeGrowth)));
        html +=
            row(tr("Learning rate (cost per doubling)"), esc(MemoText::percent(c.learningRate)));
        html += row(tr("Annual price erosion"), esc(MemoText::percent(c.priceErosion)));
        html += row(tr("Horizon"), esc(tr("%1 years").arg(c.horizonYears)));
        html += row(tr("Years to profitable cost"),
                    QStringLiteral("<b>%1</b>").arg(esc(MemoText::yearsToProfitableCost(d))));
        html += QStringLiteral("</table>");
        const QString src = images(MemoMarkup::Figure::CostCurve);
        if (!src.isEmpty())
            html += image(src, MemoChartImages::costCurveSize(), tr("Cost curve"));
        html += suggestion(QStringLiteral("C3"), tr("the years to profitable cost"));
        return html;
    }

    QString matrix() const
    {
        QString html = heading(5, tr("Screening matrix"));
        const QString src = images(MemoMarkup::Figure::ScreeningMatrix);
        if (!e.market || !e.cost) {
            html += QStringLiteral("<p class=\"muted\">%1</p>")
                        .arg(esc(tr("The project has no place on the matrix until both questions "
                                    "are scored.")));
        } else {
            html +=
                QStringLiteral("<p>%1</p>")
                    .arg(esc(
                        tr("The project (the star) at M %1, C %2 among the projects of its "
                           "segment, %3 (%4 in all).")
                            .arg(MemoText::score(e.market), MemoText::score(e.cost), segmentName())
                            .arg(d.segmentPeers.size())));
        }
        if (!src.isEmpty())
            html += image(src, MemoChartImages::screeningMatrixSize(), tr("Screening matrix"));
        return html;
    }

    QString redFlags() const
    {
        QString html = heading(6, tr("Red flags and knock-outs"));
        if (e.redFlags.isEmpty() && e.knockouts.isEmpty())
            return html +
                   QStringLiteral("<p>%1</p>").arg(esc(tr("No red flags and no knock-outs.")));
        html += QStringLiteral("<ul class=\"flags\">");
        for (const QString& key : e.knockouts) {
            const Criterion* c = d.scoringTemplate.criterion(key);
            html += QStringLiteral("<li><b>%1</b> %2</li>")
                        .arg(esc(tr("Knock-out:")),
                             esc(tr("%1 %2 scored 0.")
                                     .arg(key, c ? c->displayName(o.chinese) : QString())));
        }
        for (const QString& flag : e.redFlags)
            html += QStringLiteral("<li><b>%1</b> %2</li>")
                        .arg(esc(tr("Red flag:")), esc(MemoText::redFlagReason(flag, d)));
        html += QStringLiteral("</ul>");
        return html;
    }

    QString agreement() const
    {
        QString html = heading(7, tr("Analysts' agreement"));
        if (d.latest.size() < 2) {
            return html + QStringLiteral("<p>%1</p>")
                              .arg(esc(d.latest.isEmpty()
                                           ? tr("No analyst has scored the project yet.")
                                           : tr("Only %1 has scored the project, so there is no "
                                                "spread to show.")
                                                 .arg(d.latest.first().analyst)));
        }
        html += QStringLiteral("<table class=\"agreement\" width=\"100%\" cellpadding=\"3\" "
                               "cellspacing=\"0\"><thead><tr><th>%1</th>")
                    .arg(esc(tr("Criterion")));
        for (const Scorecard& s : d.latest)
            html += QStringLiteral("<th>%1</th>").arg(esc(s.analyst));
        html += QStringLiteral("<th>%1</th><th>%2</th></tr></thead>")
                    .arg(esc(tr("Mean")), esc(tr("Spread")));
        int disagreements = 0;
        for (const Criterion& c : d.scoringTemplate.criteria) {
            const CriterionAggregate a = d.standing.aggregate.criteria.value(c.key);
            html += a.disagreement() ? QStringLiteral("<tr class=\"disagree\">")
                                     : QStringLiteral("<tr>");
            html += QStringLiteral("<td><b>%1</b></td>").arg(esc(c.key));
            for (const Scorecard& s : d.latest) {
                const std::optional<int> score = s.score(c.key);
                html += QStringLiteral("<td class=\"score\">%1</td>")
                            .arg(score ? QString::number(*score) : MemoText::dash());
            }
            html += QStringLiteral("<td class=\"score\">%1</td><td class=\"score\">%2%3</td></tr>")
                        .arg(esc(MemoText::criterionScore(a.mean)))
                        .arg(a.spread())
                        .arg(a.disagreement() ? QStringLiteral(" ▲") : QString());
            disagreements += a.disagreement() ? 1 : 0;
        }
        html += QStringLiteral("</table>");
        html += QStringLiteral("<p class=\"note\">%1</p>")
                    .arg(esc(tr("Criteria where the analysts disagree (a spread of 2 or more, "
                                "marked ▲): %1.")
                                 .arg(disagreements)));
        return html;
    }

    QString exitConsiderations() const
    {
        const Project& p = d.project;
        QString html = heading(8, tr("Exit considerations"));
        html += QStringLiteral("<table class=\"facts\" width=\"100%\" cellspacing=\"0\">");
        html += row(tr("Exit route"), esc(orDash(ExitRoute::shown(p.exitRoute))));
        html += row(tr("Expected exit year"), esc(MemoText::year(p.expectedExitYear)));
        html += row(tr("Fund end year"), esc(MemoText::year(p.fundEndYear)));
        html += QStringLiteral("</table>");
        if (p.expectedExitYear && p.fundEndYear && *p.expectedExitYear > *p.fundEndYear) {
            html +=
                QStringLiteral("<p class=\"warning\">%1</p>")
                    .arg(esc(tr("The expected exit in %1 falls after the fund ends in %2: the fund "
                                "would have to sell before the exit or extend its life.")
                                 .arg(*p.expectedExitYear)
                                 .arg(*p.fundEndYear)));
        } else if (p.expectedExitYear && p.fundEndYear) {
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(tr("The expected exit falls within the fund's life.")));
        }
        return html;
    }

    QString votes(const AgendaItem& item) const
    {
        QStringList parts;
        for (auto it = item.votes.constBegin(); it != item.votes.constEnd(); ++it)
            //: an attendee's vote in the memo's decision history: "周明哲：赞成"
            parts.append(tr("%1: %2").arg(it.key(), MemoText::vote(it.value())));
        return parts.isEmpty() ? MemoText::dash() : ListText::names(parts);
    }

    QString decisionHistory() const
    {
        QString html = heading(9, tr("Decision history"));
        if (d.decisions.isEmpty())
            return html + QStringLiteral("<p>%1</p>")
                              .arg(esc(tr("No meeting has had the project on its agenda yet.")));
        html += QStringLiteral("<table class=\"decisions\" width=\"100%\" cellpadding=\"4\" "
                               "cellspacing=\"0\"><thead><tr><th width=\"14%\">%1</th>"
                               "<th width=\"26%\">%2</th><th width=\"16%\">%3</th>"
                               "<th width=\"22%\">%4</th><th width=\"22%\">%5</th></tr></thead>")
                    .arg(esc(tr("Date")), esc(tr("Meeting")), esc(tr("Decision")), esc(tr("Votes")),
                         esc(tr("Conditions and notes")));
        for (const MemoDecision& m : d.decisions) {
            QStringList notes;
            if (!m.item.conditions.trimmed().isEmpty())
                notes.append(esc(tr("Conditions: %1").arg(m.item.conditions.trimmed())));
            if (!m.item.notes.trimmed().isEmpty())
                notes.append(esc(m.item.notes.trimmed()));
            html +=
                QStringLiteral("<tr><td>%1</td><td>%2<br/><span class=\"muted\">%3</span></td>"
                               "<td><b>%4</b></td><td>%5</td><td>%6</td></tr>")
                    .arg(esc(m.date.toString(Qt::ISODate)), esc(m.meetingTitle),
                         esc(MemoText::meetingStatus(m.status)),
                         esc(MemoText::decision(m.item.decision)), esc(votes(m.item)),
                         notes.isEmpty() ? MemoText::dash() : notes.join(QStringLiteral("<br/>")));
        }
        html += QStringLiteral("</table>");
        return html;
    }

    const MemoData& d;
    const MemoOptions& o;
    const MemoMarkup::ImageSource& images;
    const Evaluation& e;
};

} // namespace

QString MemoMarkup::body(const MemoData& data, const MemoOptions& options,
                         const ImageSource& imageSource)
{
    return Writer(data, options, imageSource).memo();
}

QString MemoMarkup::styleSheet()
{
    static const QString css = [] {
        QFile file(QStringLiteral(":/report/memo.css"));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }();
    return css;
}

} // namespace tollgate
