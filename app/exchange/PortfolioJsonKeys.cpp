#include "exchange/PortfolioJsonKeys.h"

namespace tollgate::portfoliojson
{

const QList<CostKey>& costKeys()
{
    static const QList<CostKey> keys{
        {QLatin1String("unit_cost"), &CostInputs::unitCost},
        {QLatin1String("price"), &CostInputs::price},
        {QLatin1String("target_margin"), &CostInputs::targetMargin},
        {QLatin1String("volume"), &CostInputs::volume},
        {QLatin1String("cumulative"), &CostInputs::cumulative},
        {QLatin1String("volume_growth"), &CostInputs::volumeGrowth},
        {QLatin1String("learning_rate"), &CostInputs::learningRate},
        {QLatin1String("price_erosion"), &CostInputs::priceErosion},
        {QLatin1String("horizon_years"), &CostInputs::horizonYears},
    };
    return keys;
}

const QList<InputKey<MarketInputs, double>>& marketAmountKeys()
{
    static const QList<InputKey<MarketInputs, double>> keys{
        {QLatin1String("tam_cny"), &MarketInputs::tamCny},
        {QLatin1String("sam_cny"), &MarketInputs::samCny},
        {QLatin1String("cagr"), &MarketInputs::cagr},
    };
    return keys;
}

} // namespace tollgate::portfoliojson
