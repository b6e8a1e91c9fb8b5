#include "domain/Meeting.h"
#include "domain/Scorecard.h"
#include "domain/Segment.h"
#include "domain/Stage.h"

#include <QSet>
#include <QTest>

using namespace tollgate;

class TestDomain : public QObject
{
    Q_OBJECT

private slots:
    void defaultSegmentsMatchTheSpec()
    {
        const QList<Segment> segments = defaultSegments();
        QCOMPARE(segments.size(), 10);
        QSet<QString> colours;
        for (const Segment& s : segments) {
            QVERIFY(!s.nameEn.isEmpty());
            QVERIFY(!s.nameZh.isEmpty());
            colours.insert(s.colour);
        }
        QCOMPARE(colours.size(), 10); // one distinct colour per segment
        QCOMPARE(segments.first().key, QStringLiteral("sensors"));
        QCOMPARE(segments.last().key, QStringLiteral("smart-terminals"));
    }

    void stageKeysRoundTrip()
    {
        for (const QString& key : stageKeys()) {
            const auto stage = stageFromKey(key);
            QVERIFY(stage.has_value());
            QCOMPARE(stageKey(*stage), key);
        }
        QCOMPARE(stageFromKey(QStringLiteral(" Diligence ")), Stage::Diligence);
        QVERIFY(!stageFromKey(QStringLiteral("won")).has_value());
        QVERIFY(stageInPlay(Stage::Committee));
        QVERIFY(!stageInPlay(Stage::Passed));
        QVERIFY(!stageInPlay(Stage::Exited));
    }

    void meetingKeysRoundTrip()
    {
        QCOMPARE(decisionFromKey(QStringLiteral("more-diligence")), Decision::MoreDiligence);
        QCOMPARE(decisionKey(Decision::Approve), QStringLiteral("approve"));
        QCOMPARE(voteFromKey(QStringLiteral("ABSTAIN")), Vote::Abstain);
        QVERIFY(!voteFromKey(QStringLiteral("maybe")).has_value());
        QCOMPARE(meetingStatusFromKey(QStringLiteral("in-progress")), MeetingStatus::InProgress);
        QCOMPARE(confidenceFromKey(QString()), Confidence::Unset);
        QVERIFY(!confidenceFromKey(QStringLiteral("sure")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestDomain)
#include "TestDomain.moc"
