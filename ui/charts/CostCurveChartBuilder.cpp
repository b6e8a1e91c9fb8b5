#include "charts/CostCurveChartBuilder.h"

#include <QCoreApplication>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace tollgate
{

namespace
{

class CostCurveText
{
    Q_DECLARE_TR_FUNCTIONS(CostCurveChart)
};

const QColor kCostColour(0x15, 0x65, 0xc0);
const QColor kFloorColour(0x2e, 0x7d, 0x32);
const QColor kPriceColour(0x9e, 0x9e, 0x9e);
const QColor kFundEndColour(0xc6, 0x28, 0x28);

QLineSeries* lineSeries(const QString& objectName, const QString& name, const QColor& colour,
                        Qt::PenStyle style, qreal width)
{
    auto* series = new QLineSeries;
    series->setObjectName(objectName);
    series->setName(name);
    QPen pen(colour);
    pen.setWidthF(width);
    pen.setStyle(style);
    series->setPen(pen);
    return series;
}

QChart* emptyChart(const CostCurveChartBuilder::Options& options)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTheme(QChart::ChartThemeLight);
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (options.compact) {
        chart->setMargins(QMargins(8, 6, 8, 6));
        QFont legendFont = chart->legend()->font();
        legendFont.setPointSizeF(std::max(7.0, legendFont.pointSizeF() - 1));
        chart->legend()->setFont(legendFont);
    }
    return chart;
}

void attach(QChart* chart, QAbstractSeries* series, QValueAxis* x, QValueAxis* y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

QString yearsText(double years)
{
    return CostCurveText::tr("%1 years").arg(QLocale().toString(years, 'f', 2));
}

} // namespace

const QString CostCurveChartBuilder::UnitCostSeries = QStringLiteral("unitCost");
const QString CostCurveChartBuilder::PriceSeries = QStringLiteral("price");
const QString CostCurveChartBuilder::PriceFloorSeries = QStringLiteral("priceFloor");
const QString CostCurveChartBuilder::CrossingSeries = QStringLiteral("crossing");
const QString CostCurveChartBuilder::FundEndSeries = QStringLiteral("fundEnd");

QChart* CostCurveChartBuilder::build(const CostParams& p, const Options& options)
{
    QChart* chart = emptyChart(options);
    const QList<CostPoint> points = costCurve(p);

    QLineSeries* cost =
        lineSeries(UnitCostSeries, CostCurveText::tr("Unit cost"), kCostColour, Qt::SolidLine, 2.5);
    QLineSeries* floor =
        lineSeries(PriceFloorSeries, CostCurveText::tr("Price × (1 − target margin)"), kFloorColour,
                   Qt::SolidLine, 2.0);
    QLineSeries* price =
        lineSeries(PriceSeries, CostCurveText::tr("Price"), kPriceColour, Qt::DashLine, 1.5);
    double top = 0;
    for (const CostPoint& pt : points) {
        cost->append(pt.t, pt.unitCost);
        floor->append(pt.t, pt.priceFloor);
        price->append(pt.t, pt.price);
        top = std::max({top, pt.unitCost, pt.price});
    }
    top *= 1.08;

    auto* x = new QValueAxis;
    x->setRange(0, p.horizonYears);
    x->setTitleText(CostCurveText::tr("Years from now"));
    x->setLabelFormat(QStringLiteral("%.0f"));
    // Whole years on the axis whatever the horizon: ticks anchored at 0, every 1, 5 or 10.
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0);
    x->setTickInterval(p.horizonYears <= 12 ? 1 : p.horizonYears <= 40 ? 5 : 10);
    auto* y = new QValueAxis;
    y->setRange(0, top > 0 ? top : 1);
    y->setTitleText(CostCurveText::tr("CNY per unit"));
    y->setLabelFormat(QStringLiteral("%.0f"));
    if (top < 10)
        y->setLabelFormat(QStringLiteral("%.2f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    attach(chart, price, x, y);
    attach(chart, floor, x, y);
    attach(chart, cost, x, y);

    const std::optional<double> years = yearsToProfitableCost(p);
    if (years) {
        auto* crossing = new QScatterSeries;
        crossing->setObjectName(CrossingSeries);
        crossing->setName(CostCurveText::tr("Profitable cost in %1").arg(yearsText(*years)));
        crossing->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        crossing->setMarkerSize(options.compact ? 10 : 12);
        crossing->setColor(kFloorColour);
        crossing->setBorderColor(Qt::white);
        crossing->append(*years, unitCostAt(p, *years));
        crossing->setPointLabelsVisible(true);
        crossing->setPointLabelsFormat(yearsText(*years));
        crossing->setPointLabelsClipping(false);
        attach(chart, crossing, x, y);
    }
    if (options.fundYearsLeft && *options.fundYearsLeft >= 0 &&
        *options.fundYearsLeft <= p.horizonYears) {
        QLineSeries* fundEnd = lineSeries(FundEndSeries, CostCurveText::tr("Fund ends"),
                                          kFundEndColour, Qt::DotLine, 1.5);
        fundEnd->append(*options.fundYearsLeft, 0);
        fundEnd->append(*options.fundYearsLeft, y->max());
        attach(chart, fundEnd, x, y);
    }

    if (options.showTitle) {
        chart->setTitle(
            years
                ? CostCurveText::tr("Cost reaches a profitable level in %1").arg(yearsText(*years))
                : CostCurveText::tr("Cost does not reach a profitable level "
                                    "within %1 years")
                      .arg(QLocale().toString(p.horizonYears)));
    }
    return chart;
}

QChart* CostCurveChartBuilder::build(const CostInputs& inputs, const Options& options)
{
    Result<CostParams> params = validateCostInputs(inputs);
    if (!params.ok())
        return placeholder(params.error().message, options);
    return build(*params, options);
}

QAbstractSeries* CostCurveChartBuilder::findSeries(const QChart* chart, const QString& objectName)
{
    const QList<QAbstractSeries*> all = chart->series();
    for (QAbstractSeries* series : all)
        if (series->objectName() == objectName)
            return series;
    return nullptr;
}

QChart* CostCurveChartBuilder::placeholder(const QString& message, const Options& options)
{
    QChart* chart = emptyChart(options);
    chart->legend()->hide();
    chart->setTitle(message);
    return chart;
}

} // namespace tollgate
