#include "scorecard/InputFields.h"

#include "scoring/CostModel.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace tollgate
{

namespace
{

class InputFieldText
{
    Q_DECLARE_TR_FUNCTIONS(InputFields)
};

// Member-pointer access without a lambda per field: each market and cost input is an
// optional<double> (payers aside), reached through one of these small templates.
template <std::optional<double> MarketInputs::*Member>
std::optional<double> readMarket(const Scorecard& s)
{
    return s.market.*Member;
}
template <std::optional<double> MarketInputs::*Member>
void writeMarket(Scorecard& s, std::optional<double> v)
{
    s.market.*Member = v;
}
template <std::optional<double> CostInputs::*Member>
std::optional<double> readCost(const Scorecard& s)
{
    return s.cost.*Member;
}
template <std::optional<double> CostInputs::*Member>
void writeCost(Scorecard& s, std::optional<double> v)
{
    s.cost.*Member = v;
}

std::optional<double> readPayers(const Scorecard& s)
{
    if (!s.market.payers)
        return std::nullopt;
    return static_cast<double>(*s.market.payers);
}

void writePayers(Scorecard& s, std::optional<double> v)
{
    s.market.payers =
        v ? std::optional<qint64>(static_cast<qint64>(std::llround(*v))) : std::nullopt;
}

// Inputs that pass every rule, so validating one field at a time reports only that field.
CostInputs validCostBaseline()
{
    CostInputs in;
    in.unitCost = 1;
    in.price = 1;
    in.targetMargin = 0;
    in.volume = 1;
    in.cumulative = 1;
    in.volumeGrowth = 0;
    in.learningRate = 1;
    in.priceErosion = 0;
    in.horizonYears = 10;
    return in;
}

QString shortest(double value)
{
    return QLocale::c().toString(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

QList<InputField> marketInputFields()
{
    return {
        {QStringLiteral("tam_cny"), InputFieldText::tr("Total addressable market (TAM)"),
         InputFieldText::tr("e.g. 3.2e9 or 32亿"), InputFieldText::tr("CNY"), true, false,
         &readMarket<&MarketInputs::tamCny>, &writeMarket<&MarketInputs::tamCny>},
        {QStringLiteral("sam_cny"), InputFieldText::tr("Serviceable market (SAM)"),
         InputFieldText::tr("e.g. 8亿 or 0.8bn"), InputFieldText::tr("CNY"), true, false,
         &readMarket<&MarketInputs::samCny>, &writeMarket<&MarketInputs::samCny>},
        {QStringLiteral("cagr"), InputFieldText::tr("Market growth (CAGR)"),
         InputFieldText::tr("e.g. 0.25 or 25%"), InputFieldText::tr("per year"), false, false,
         &readMarket<&MarketInputs::cagr>, &writeMarket<&MarketInputs::cagr>},
        {QStringLiteral("payers"), InputFieldText::tr("Number of payers"),
         InputFieldText::tr("e.g. 40"), InputFieldText::tr("buyers"), false, true, &readPayers,
         &writePayers},
    };
}

QList<InputField> costInputFields()
{
    return {
        {QStringLiteral("unit_cost"), InputFieldText::tr("Unit cost today"),
         InputFieldText::tr("e.g. 120"), InputFieldText::tr("CNY"), false, false,
         &readCost<&CostInputs::unitCost>, &writeCost<&CostInputs::unitCost>},
        {QStringLiteral("price"), InputFieldText::tr("Price today"), InputFieldText::tr("e.g. 100"),
         InputFieldText::tr("CNY"), false, false, &readCost<&CostInputs::price>,
         &writeCost<&CostInputs::price>},
        {QStringLiteral("target_margin"), InputFieldText::tr("Target gross margin"),
         InputFieldText::tr("e.g. 0.3 or 30%"), QString(), false, false,
         &readCost<&CostInputs::targetMargin>, &writeCost<&CostInputs::targetMargin>},
        {QStringLiteral("volume"), InputFieldText::tr("Volume this year"),
         InputFieldText::tr("e.g. 10000"), InputFieldText::tr("units"), false, false,
         &readCost<&CostInputs::volume>, &writeCost<&CostInputs::volume>},
        {QStringLiteral("cumulative"), InputFieldText::tr("Units made so far"),
         InputFieldText::tr("e.g. 20000"), InputFieldText::tr("units"), false, false,
         &readCost<&CostInputs::cumulative>, &writeCost<&CostInputs::cumulative>},
        {QStringLiteral("volume_growth"), InputFieldText::tr("Volume growth"),
         InputFieldText::tr("e.g. 0.6 or 60%"), InputFieldText::tr("per year"), false, false,
         &readCost<&CostInputs::volumeGrowth>, &writeCost<&CostInputs::volumeGrowth>},
        {QStringLiteral("learning_rate"), InputFieldText::tr("Learning rate"),
         InputFieldText::tr("e.g. 0.85"), InputFieldText::tr("× cost per doubling"), false, false,
         &readCost<&CostInputs::learningRate>, &writeCost<&CostInputs::learningRate>},
        {QStringLiteral("price_erosion"), InputFieldText::tr("Price erosion"),
         InputFieldText::tr("e.g. 0.05 or 5%"), InputFieldText::tr("per year"), false, false,
         &readCost<&CostInputs::priceErosion>, &writeCost<&CostInputs::priceErosion>},
        {QStringLiteral("horizon_years"), InputFieldText::tr("Horizon"),
         InputFieldText::tr("10 if empty"), InputFieldText::tr("years"), false, false,
         &readCost<&CostInputs::horizonYears>, &writeCost<&CostInputs::horizonYears>},
    };
}

Status checkInputField(const InputField& field, double value)
{
    if (!std::isfinite(value))
        return Error::at(field.key,
                         InputFieldText::tr("%1 must be a finite number.").arg(field.label));

    const QList<InputField> cost = costInputFields();
    for (const InputField& c : cost) {
        if (c.key != field.key)
            continue;
        Scorecard probe;
        probe.cost = validCostBaseline();
        c.write(probe, value);
        Result<CostParams> checked = validateCostInputs(probe.cost);
        if (!checked.ok())
            return checked.error();
        return {};
    }

    if (field.isInteger && (value < 0 || value != std::floor(value)))
        return Error::at(field.key,
                         InputFieldText::tr("%1 must be a whole number of 0 or more; got %2.")
                             .arg(field.label, shortest(value)));
    if (field.isAmount && value < 0)
        return Error::at(
            field.key,
            InputFieldText::tr("%1 cannot be negative; got %2.").arg(field.label, shortest(value)));
    if (field.key == QLatin1String("cagr") && value <= -1)
        return Error::at(field.key,
                         InputFieldText::tr("%1 must be greater than -1 (a fall of 100%); got %2.")
                             .arg(field.label, shortest(value)));
    return {};
}

} // namespace tollgate
