#pragma once

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace tollgate {

// The two questions of the fund's rule.
enum class Question { Market, Cost };

// One scored criterion of a template (SPEC §3).
struct Criterion {
    QString key; // "M1".."M6", "C1".."C6" in the default template
    Question question = Question::Market;
    QString nameEn;
    QString nameZh;
    double weight = 1.0; // > 0
    bool knockout = false;
    std::array<QString, 6> rubricEn; // what a score of 0..5 means
    std::array<QString, 6> rubricZh;

    QString displayName(bool chinese) const { return chinese ? nameZh : nameEn; }
    QString rubric(int score, bool chinese) const
    {
        if (score < 0 || score > 5)
            return {};
        return chinese ? rubricZh[score] : rubricEn[score];
    }
};

// A versioned scoring template: criteria, gates and suggestion bands. A scorecard keeps the
// id of the template version it was scored on.
struct Template {
    qint64 id = 0;
    QString name = QStringLiteral("default");
    int version = 1;
    double marketGate = 60.0;
    double costGate = 60.0;
    // M1 suggestion: TAM (CNY) below tamBands[i] suggests score i; at or above the last, 5.
    std::array<double, 5> tamBands{0.1e9, 0.5e9, 1e9, 5e9, 20e9};
    // C3 suggestion: years to profitable cost at or below costYearBands[i] suggests 5 - i;
    // within the horizon suggests 1; not reached suggests 0.
    std::array<double, 4> costYearBands{1, 2, 3, 5};
    QList<Criterion> criteria;

    const Criterion* criterion(const QString& key) const
    {
        for (const Criterion& c : criteria)
            if (c.key == key)
                return &c;
        return nullptr;
    }
};

} // namespace tollgate
