#pragma once

// Shared set-up of the GUI tests (header only: tests/gui/Test*.cpp are the test programs).

#include "storage/Portfolio.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

namespace tollgate::test
{

// Settings go to a temporary folder, never the user's: call first in initTestCase.
inline void useTemporarySettings(const QTemporaryDir& dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TollgateTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TollgateGuiTest"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QSettings().clear();
}

// Answers the next modal dialog of type T (a message box, a confirmation) with `answer` once it
// is shown: modal dialogs block, so the answer is queued before the call that opens it.
template <typename T>
void answerNextDialog(std::function<void(T*)> answer, int attempts = 50)
{
    QTimer::singleShot(20, [answer, attempts] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
            answer(dialog);
            return;
        }
        if (attempts > 0)
            answerNextDialog<T>(answer, attempts - 1);
    });
}

inline void answerNextMessageBox(QMessageBox::StandardButton button)
{
    answerNextDialog<QMessageBox>([button](QMessageBox* box) { box->button(button)->click(); });
}

inline ProjectSummary summary(qint64 id, const QString& name, const QString& segment,
                              std::optional<double> m, std::optional<double> c)
{
    ProjectSummary s;
    s.id = id;
    s.name = name;
    s.segmentKey = segment;
    s.market = m;
    s.cost = c;
    if (m && c)
        s.composite = std::sqrt(*m * *c);
    return s;
}

} // namespace tollgate::test

namespace tollgate::test
{

// A scorecard with every criterion of the template scored `market` (M1..M6) and `cost`
// (C1..C6), by `analyst`, for project `projectId`.
inline Scorecard fullScorecard(const Template& t, qint64 projectId, const QString& analyst,
                               int market, int cost)
{
    Scorecard s;
    s.projectId = projectId;
    s.templateId = t.id;
    s.analyst = analyst;
    s.date = QDate(2026, 10, 1);
    for (const Criterion& c : t.criteria)
        s.entries[c.key].score = c.question == Question::Market ? market : cost;
    return s;
}

inline Project project(const QString& name, const QString& segment)
{
    Project p;
    p.name = name;
    p.segmentKey = segment;
    p.city = QStringLiteral("深圳");
    p.leadAnalyst = QStringLiteral("林晓");
    return p;
}

} // namespace tollgate::test

namespace tollgate::test
{

// QTest::keyClicks takes Latin-1 only: Chinese is typed one key event per character here.
inline void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

} // namespace tollgate::test
