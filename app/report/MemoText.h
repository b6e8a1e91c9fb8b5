#pragma once

#include "domain/Meeting.h"
#include "domain/Scorecard.h"
#include "report/MemoData.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tollgate
{

// The memo's words and numbers: how a score, an amount of money, a red flag or a decision reads,
// in the memo's language. Plain text, not escaped: MemoMarkup escapes what it places.
class MemoText
{
    Q_DECLARE_TR_FUNCTIONS(MemoText)
public:
    static QString dash() { return QStringLiteral("—"); }

    // 66.7; a dash when not scored.
    static QString score(std::optional<double> value);
    // A criterion's (mean) score: "4", "3.5"; a dash when nobody scored it.
    static QString criterionScore(std::optional<double> mean);
    // Whole CNY as a term sheet writes them: "600,000,000 CNY"; "6.00 亿元" in Chinese.
    static QString money(std::optional<double> cny, bool chinese);
    static QString percent(std::optional<double> fraction); // 0.25 -> "25.0 %"
    static QString plainNumber(std::optional<double> value, int decimals);
    static QString year(std::optional<int> value);

    static QString confidence(Confidence c);
    static QString decision(Decision d);
    static QString vote(Vote v);
    static QString meetingStatus(MeetingStatus s);

    // One line explaining the verdict from the scores and gates ("The market clears its gate
    // (M 66.7 ≥ 60) but the path to profitable cost does not (C 40.0 < 60).").
    static QString verdictReason(const MemoData& data, bool chinese);
    // Why a red flag is raised, with the figures behind it.
    static QString redFlagReason(const QString& flagId, const MemoData& data);
    // The years to profitable cost: "3.25 years", "already profitable", "not within 10 years".
    static QString yearsToProfitableCost(const MemoData& data);
};

} // namespace tollgate
