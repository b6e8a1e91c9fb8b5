#include "charts/ScoreTrendChartBuilder.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

#include <optional>

namespace tollgate
{

namespace
{

double msecsOf(const QDate& date)
{
    return static_cast<double>(date.startOfDay().toMSecsSinceEpoch());
}

QLineSeries* scoreLine(const QString& name, QColor colour, qreal width)
{
    auto* series = new QLineSeries;
    series->setName(name);
    QPen pen(colour);
    pen.setWidthF(width);
    series->setPen(pen);
    series->setPointsVisible(true);
    return series;
}

QLineSeries* gateLine(const QString& name, double value, QDate from, QDate to, QColor colour)
{
    auto* series = new QLineSeries;
    series->setName(name);
    QPen pen(colour);
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(1.0);
    series->setPen(pen);
    series->append(msecsOf(from), value);
    series->append(msecsOf(to), value);
    return series;
}

} // namespace

QChart* ScoreTrendChartBuilder::build(const QList<TrendPoint>& trend,
                                      const ScoreTrendOptions& options)
{
    auto* chart = new QChart;
    applyChartStyle(chart, tr("Scores across screenings"));

    QLineSeries* market = scoreLine(tr("Market (M)"), verdictChartColour(Verdict::MarketGap), 2);
    // Short names: five entries share one legend row under a chart half a pane wide.
    QLineSeries* cost = scoreLine(tr("Cost (C)"), verdictChartColour(Verdict::CostGap), 2);
    QLineSeries* composite = scoreLine(tr("Composite"), QColor(0x20, 0x20, 0x20), 3);
    auto add = [](QLineSeries* series, const QDate& date, std::optional<double> value) {
        if (value)
            series->append(msecsOf(date), *value);
    };
    for (const TrendPoint& p : trend) {
        add(market, p.date, p.market);
        add(cost, p.date, p.cost);
        add(composite, p.date, p.composite);
    }

    // A single screening still needs a visible span of time around it.
    QDate from = trend.isEmpty() ? QDate::currentDate() : trend.first().date;
    QDate to = trend.isEmpty() ? from : trend.last().date;
    const qint64 span = from.daysTo(to);
    const qint64 margin = std::max<qint64>(7, span / 20);
    from = from.addDays(-margin);
    to = to.addDays(margin);

    auto* dates = new QDateTimeAxis;
    dates->setFormat(QStringLiteral("yyyy-MM-dd"));
    dates->setTitleText(tr("Scorecard date"));
    dates->setRange(from.startOfDay(), to.startOfDay());
    // At most five dates: more would crowd the axis of a chart half a pane wide.
    dates->setTickCount(std::clamp(static_cast<int>(trend.size()) + 1, 3, 5));
    QValueAxis* scores = scoreAxis(tr("Score (0–100)"), 20);
    chart->addAxis(dates, Qt::AlignBottom);
    chart->addAxis(scores, Qt::AlignLeft);

    QList<QLineSeries*> series{
        gateLine(tr("Market gate"), options.marketGate, from, to,
                 verdictChartColour(Verdict::MarketGap)),
        gateLine(tr("Cost gate"), options.costGate, from, to, verdictChartColour(Verdict::CostGap)),
        market, cost, composite};
    for (QLineSeries* s : series) {
        chart->addSeries(s);
        s->attachAxis(dates);
        s->attachAxis(scores);
    }
    return chart;
}

} // namespace tollgate
