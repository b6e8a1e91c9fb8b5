#pragma once

// The set-up the zh_CN GUI tests share: the bundled sample portfolio in a temporary folder, the
// UI in Simplified Chinese, and a main window at 1366×768 (the smallest screen the app is laid
// out for) open on it, shown. Settings go to the folder, so the user's own are never touched.

#include "GuiTestSupport.h"
#include "core/Translations.h"
#include "files/SampleDatabase.h"
#include "mainwindow/MainWindow.h"
#include "settings/AppSettings.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace tollgate::test
{

// For initTestCase; a failure stops the test case there.
inline void openSampleInChinese(const QTemporaryDir& dir, QString& path,
                                std::unique_ptr<MainWindow>& window)
{
    QVERIFY(dir.isValid());
    useTemporarySettings(dir);
    AppSettings::setAnalyst(QStringLiteral("陈思远")); // one of the sample's analysts
    QCOMPARE(installTranslations(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    path = dir.filePath(QStringLiteral("sample.tollgate"));
    QVERIFY(ensureSampleDatabase(path, QStringLiteral("陈思远")).ok());
    window = std::make_unique<MainWindow>();
    QVERIFY(window->openDatabase(path, OpenMode::ExistingOnly).ok());
    window->resize(1366, 768);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
}

// For cleanupTestCase: the window closed and English back for the tests that follow.
inline void closeChineseWindow(std::unique_ptr<MainWindow>& window)
{
    window.reset();
    installTranslations(QStringLiteral("en"));
}

} // namespace tollgate::test
