#pragma once

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>

#include <optional>

namespace tollgate
{

enum class Confidence { Unset, Low, Medium, High };
QString confidenceKey(Confidence c); // "", "low", "medium", "high"
std::optional<Confidence> confidenceFromKey(const QString& key);

// One criterion as an analyst scored it.
struct CriterionEntry {
    std::optional<int> score; // 0..5, or not scored
    QString evidence;
    Confidence confidence = Confidence::Unset;

    bool isEmpty() const { return !score && evidence.isEmpty() && confidence == Confidence::Unset; }
};

// Market inputs of a scorecard (SPEC §5): sizes in CNY, CAGR as a fraction (0.25 = 25 %).
struct MarketInputs {
    std::optional<double> tamCny;
    std::optional<double> samCny;
    std::optional<double> cagr;
    std::optional<qint64> payers; // number of buyers willing to pay

    bool isEmpty() const { return !tamCny && !samCny && !cagr && !payers; }
};

// Cost-model inputs as typed by an analyst; any may be missing while the form is being filled.
// The cost model validates them into CostParams (scoring/CostModel.h). Field names follow the
// JSON keys of SPEC §8.
struct CostInputs {
    std::optional<double> unitCost;     // c0 > 0
    std::optional<double> price;        // p0 > 0
    std::optional<double> targetMargin; // m in [0, 1)
    std::optional<double> volume;       // v0 > 0, units this year
    std::optional<double> cumulative;   // Q0 > 0, units made so far
    std::optional<double> volumeGrowth; // g > -1
    std::optional<double> learningRate; // L in (0, 1]
    std::optional<double> priceErosion; // e in [0, 1)
    std::optional<double> horizonYears; // H > 0, default 10

    bool isEmpty() const
    {
        return !unitCost && !price && !targetMargin && !volume && !cumulative && !volumeGrowth &&
               !learningRate && !priceErosion && !horizonYears;
    }
};

// One analyst's screening of one project at one time (SPEC §2). A new screening is a new
// scorecard; old ones stay as history.
struct Scorecard {
    qint64 id = 0;
    qint64 projectId = 0;
    qint64 templateId = 0; // the template version it was scored on (database id)
    // The version number of that template, as files name it ("template_version"). Storage
    // fills it on every read; on import, a scorecard whose templateId is 0 is linked to this
    // version of the default template (0 or an unknown version: the current one).
    int templateVersion = 0;
    QString analyst;
    QDate date;                            // the day of the screening
    QMap<QString, CriterionEntry> entries; // by criterion key
    MarketInputs market;
    CostInputs cost;
    bool submitted = true; // blind scoring: others' scores stay hidden until submitted
    QDateTime created;
    QDateTime updated;
    int rowVersion = 0;

    std::optional<int> score(const QString& key) const
    {
        const auto it = entries.constFind(key);
        return it == entries.constEnd() ? std::nullopt : it->score;
    }
};

} // namespace tollgate
