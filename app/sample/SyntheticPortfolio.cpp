#include "sample/SyntheticPortfolio.h"

#include "sample/SplitMix64.h"
#include "sample/SyntheticVocabulary.h"

#include <QDateTime>

#include <algorithm>
#include <array>
#include <cmath>

namespace tollgate
{

namespace
{

// The twelve criteria of the default template, in key order so that each insertion into a
// scorecard's QMap lands at its end (an O(1) hinted insert instead of a tree search).
const std::array<QString, 12>& criterionKeysInOrder()
{
    static const std::array<QString, 12> keys{
        QStringLiteral("C1"), QStringLiteral("C2"), QStringLiteral("C3"), QStringLiteral("C4"),
        QStringLiteral("C5"), QStringLiteral("C6"), QStringLiteral("M1"), QStringLiteral("M2"),
        QStringLiteral("M3"), QStringLiteral("M4"), QStringLiteral("M5"), QStringLiteral("M6")};
    return keys;
}

constexpr int kMarketKnockout = 7; // M2 in criterionKeysInOrder()
constexpr int kCostKnockout = 2;   // C3
constexpr int kMarketSize = 6;     // M1

double roundTo(double value, double step)
{
    return std::round(value / step) * step;
}

int clampScore(double value)
{
    return std::clamp(static_cast<int>(std::lround(value)), 0, 5);
}

// Stage weights (sourcing .. exited) for projects whose two questions both look good, for the
// rest, and for projects still being scored.
constexpr std::array<int, 7> kStagesStrong{10, 15, 25, 12, 25, 5, 8};
constexpr std::array<int, 7> kStagesWeak{10, 25, 15, 3, 5, 40, 2};
constexpr std::array<int, 7> kStagesUnscored{70, 30, 0, 0, 0, 0, 0};

// The earliest and latest round (index into SyntheticVocabulary::rounds) per stage.
constexpr std::array<std::array<int, 2>, 7> kRoundsByStage{
    {{0, 3}, {0, 3}, {1, 5}, {1, 5}, {2, 6}, {0, 6}, {4, 7}}};

// Typical post-money valuation per round, CNY.
constexpr std::array<double, 8> kValuationByRound{60e6,  150e6, 400e6, 700e6,
                                                  1.2e9, 2e9,   3.5e9, 6e9};

// TAM range (CNY) that matches each M1 score under the default template's bands.
constexpr std::array<std::array<double, 2>, 6> kTamByM1{
    {{0.02e9, 0.1e9}, {0.1e9, 0.5e9}, {0.5e9, 1e9}, {1e9, 5e9}, {5e9, 20e9}, {20e9, 80e9}}};

constexpr std::array<int, 3> kConfidenceWeights{25, 50, 25}; // low, medium, high

class Generator
{
public:
    Generator(quint32 seed, QDate today)
        : m_rng(0x5EED0000ULL ^ (static_cast<quint64>(seed) << 16) ^ seed), m_today(today),
          m_vocabulary(syntheticVocabulary()),
          m_todayMs(QDateTime(today, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch())
    {
        for (const SegmentProfile& s : m_vocabulary.segments)
            m_segmentWeights.append(s.weight);
    }

    ProjectBundle project(qint64 id)
    {
        const SegmentProfile& segment = m_vocabulary.segments.at(
            m_rng.weighted(m_segmentWeights, m_vocabulary.segmentWeightTotal));
        const double market = segment.marketBias + 1.6 * m_rng.bell();
        const double cost = segment.costBias + 1.6 * m_rng.bell();
        const bool unscored = m_rng.chance(0.07);

        ProjectBundle bundle;
        Project& p = bundle.project;
        p.id = id;
        p.name = name(segment);
        p.segmentKey = segment.key;
        p.stage = stage(market, cost, unscored);
        fillDeal(p);
        p.city = pick(m_vocabulary.cities);
        p.description = pick(segment.descriptions);
        p.tags = segment.tagSets.at(m_rng.below(segment.tagSets.size()));
        p.leadAnalyst = pick(m_vocabulary.analysts);
        p.exitRoute = m_vocabulary.exitRoutes.at(
            m_rng.weighted(m_vocabulary.exitRouteWeights, m_vocabulary.exitRouteWeightTotal));
        p.fundEndYear = m_rng.between(2029, 2034);
        p.expectedExitYear = p.stage == Stage::Exited ? m_today.year() - m_rng.below(3)
                                                      : m_today.year() + m_rng.between(2, 8);
        p.dominantIncumbent = m_rng.chance(segment.incumbentChance + 0.01);
        fillTimes(p);

        bundle.scorecards.append(scorecard(p, segment, market, cost, unscored));
        return bundle;
    }

private:
    const QString& pick(const QStringList& list) { return list.at(m_rng.below(list.size())); }

    // "芯联科技 NovaLink": two syllables and a suffix in each language.
    QString name(const SegmentProfile& segment)
    {
        const QStringList& zh = m_vocabulary.nameSyllablesZh;
        const QString& first = pick(zh);
        const QString& second = pick(zh);
        const QString& suffixZh = pick(segment.nameSuffixesZh);
        const QString& prefixEn = pick(m_vocabulary.namePrefixesEn);
        const QString& suffixEn = pick(segment.nameSuffixesEn);
        QString n;
        n.reserve(first.size() + second.size() + suffixZh.size() + prefixEn.size() +
                  suffixEn.size() + 1);
        n.append(first).append(second).append(suffixZh).append(QChar(u' '));
        n.append(prefixEn).append(suffixEn);
        return n;
    }

    Stage stage(double market, double cost, bool unscored)
    {
        if (unscored)
            return static_cast<Stage>(m_rng.weighted(kStagesUnscored, 100));
        const bool strong = market >= 3.0 && cost >= 3.0;
        return static_cast<Stage>(strong ? m_rng.weighted(kStagesStrong, 100)
                                         : m_rng.weighted(kStagesWeak, 100));
    }

    void fillDeal(Project& p)
    {
        const auto& range = kRoundsByStage.at(static_cast<size_t>(p.stage));
        const int round = m_rng.between(range[0], range[1]);
        p.round = m_vocabulary.rounds.at(round);
        const double valuation =
            kValuationByRound.at(static_cast<size_t>(round)) * m_rng.logUniform(0.6, 1.6);
        p.valuationCny = static_cast<qint64>(roundTo(valuation, 1e6));
        p.askCny = static_cast<qint64>(roundTo(valuation * m_rng.uniform(0.08, 0.2), 1e6));
        p.foundedYear = m_today.year() - 1 - round - m_rng.below(4);
    }

    void fillTimes(Project& p)
    {
        constexpr qint64 day = 24LL * 3600 * 1000;
        const int age = m_rng.between(20, 1000); // days since the project entered the pipeline
        const qint64 created = m_todayMs - age * day - m_rng.below(10) * 3600000LL;
        const qint64 updated = created + m_rng.below(age) * day + m_rng.below(8) * 3600000LL;
        p.created = QDateTime::fromMSecsSinceEpoch(created, Qt::UTC);
        p.updated = QDateTime::fromMSecsSinceEpoch(updated, Qt::UTC);
    }

    Scorecard scorecard(const Project& p, const SegmentProfile& segment, double market, double cost,
                        bool unscored)
    {
        Scorecard s;
        s.projectId = p.id;
        s.analyst = p.leadAnalyst;
        const QDate from = p.created.date();
        s.date = from.addDays(m_rng.below(static_cast<int>(from.daysTo(p.updated.date())) + 1));
        s.created = p.updated;
        s.updated = p.updated;

        std::array<std::optional<int>, 12> scores;
        for (size_t i = 0; i < scores.size(); ++i)
            scores[i] = clampScore((i < 6 ? cost : market) + 1.4 * m_rng.bell());
        if (m_rng.chance(0.03))
            scores[kMarketKnockout] = 0;
        if (m_rng.chance(0.03))
            scores[kCostKnockout] = 0;
        if (unscored)
            leaveUnscored(scores);

        const auto& keys = criterionKeysInOrder();
        for (size_t i = 0; i < keys.size(); ++i) {
            if (!scores[i])
                continue;
            CriterionEntry entry;
            entry.score = scores[i];
            entry.confidence = static_cast<Confidence>(1 + m_rng.weighted(kConfidenceWeights, 100));
            s.entries.insert(s.entries.cend(), keys[i], entry);
        }
        s.market = marketInputs(scores[kMarketSize]);
        s.cost = costInputs(segment, cost);
        return s;
    }

    // Still being scored: either the cost question is untouched, or a few criteria are open.
    void leaveUnscored(std::array<std::optional<int>, 12>& scores)
    {
        if (m_rng.chance(0.5)) {
            for (size_t i = 0; i < 6; ++i)
                scores[i].reset();
            return;
        }
        const int open = m_rng.between(1, 3);
        for (int k = 0; k < open; ++k)
            scores[static_cast<size_t>(m_rng.below(12))].reset();
    }

    MarketInputs marketInputs(std::optional<int> m1)
    {
        MarketInputs m;
        const auto& band =
            m1 ? kTamByM1.at(static_cast<size_t>(*m1)) : std::array<double, 2>{0.05e9, 50e9};
        const double tam = roundTo(m_rng.logUniform(band[0], band[1]), 1e6);
        m.tamCny = tam;
        m.samCny = roundTo(tam * m_rng.uniform(0.1, 0.45), 1e6);
        m.cagr = roundTo(m_rng.uniform(0.05, 0.6), 0.01);
        m.payers = static_cast<qint64>(std::lround(m_rng.logUniform(3, 3000)));
        return m;
    }

    // Inputs the cost model accepts, with the unit cost placed against the price floor
    // p(1 - m) according to how good the project's cost question looks.
    CostInputs costInputs(const SegmentProfile& segment, double costQuality)
    {
        CostInputs c;
        const double price =
            std::max(0.01, roundTo(m_rng.logUniform(segment.priceLo, segment.priceHi), 0.01));
        const double margin = roundTo(m_rng.uniform(0.2, 0.5), 0.01);
        const double costToFloor = std::exp((3.5 - costQuality) * 0.6 + 0.3 * m_rng.bell());
        c.price = price;
        c.targetMargin = margin;
        c.unitCost = std::max(0.01, roundTo(price * (1 - margin) * costToFloor, 0.01));
        const double revenue = m_rng.logUniform(5e6, 5e8);
        const double volume = std::max(1.0, std::round(revenue / price));
        c.volume = volume;
        c.cumulative = std::max(1.0, std::round(volume * m_rng.uniform(0.3, 3.0)));
        c.volumeGrowth = roundTo(m_rng.uniform(0.1, 0.9), 0.01);
        c.learningRate = roundTo(m_rng.uniform(0.75, 0.95), 0.01);
        c.priceErosion = roundTo(m_rng.uniform(0.0, 0.08), 0.01);
        c.horizonYears = 10;
        return c;
    }

    SplitMix64 m_rng;
    QDate m_today;
    const SyntheticVocabulary& m_vocabulary;
    qint64 m_todayMs;
    QList<int> m_segmentWeights;
};

} // namespace

PortfolioDocument generateSyntheticPortfolio(int count, quint32 seed, QDate today)
{
    PortfolioDocument doc;
    if (count <= 0)
        return doc;
    doc.projects.reserve(count);
    Generator generator(seed, today);
    for (int i = 0; i < count; ++i)
        doc.projects.append(generator.project(i + 1));
    return doc;
}

} // namespace tollgate
