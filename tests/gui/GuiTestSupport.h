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
