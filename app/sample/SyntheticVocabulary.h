#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tollgate
{

// How synthetic projects of one segment tend to look. The biases follow the interview: sensors
// tied to AI, smart terminals, key equipment parts and process-defining materials are where
// the open opportunities are; general compute chips meet a >90 % incumbent and struggle on
// cost; simple substitution designs (power, IoT) struggle on the market question.
struct SegmentProfile {
    QString key;
    int weight = 1;               // relative share of projects
    double marketBias = 3.0;      // typical market-question score, 0..5
    double costBias = 3.0;        // typical cost-question score, 0..5
    double incumbentChance = 0.0; // chance of the "dominant incumbent" tick
    double priceLo = 10;          // unit price range in CNY
    double priceHi = 1000;
    QStringList descriptions;   // one-paragraph descriptions, Chinese
    QList<QStringList> tagSets; // one is picked per project
    QStringList nameSuffixesZh; // 科技, 微电子, ...
    QStringList nameSuffixesEn; // Sense, Semi, ...
};

// The tables the generator draws from. Built once; every QString in them is shared by the
// projects that use it, so a large portfolio costs little memory for its texts.
struct SyntheticVocabulary {
    QList<SegmentProfile> segments; // in the order of defaultSegments()
    int segmentWeightTotal = 0;
    QStringList nameSyllablesZh; // first and second character of a Chinese company name
    QStringList namePrefixesEn;  // first half of an English name
    QStringList cities;
    QStringList analysts;
    QStringList exitRoutes; // STAR, HKEX, A+H, M&A
    QList<int> exitRouteWeights;
    int exitRouteWeightTotal = 0;
    QStringList rounds; // earliest first: Angel .. Pre-IPO
};

const SyntheticVocabulary& syntheticVocabulary();

} // namespace tollgate
