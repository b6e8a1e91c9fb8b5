// Keyboard and assistive-technology use of the main screens on the sample portfolio: every
// control that takes keyboard focus has a name a screen reader can speak (its accessible name,
// its own text or the label that is its buddy), Tab moves from the search box through the
// filters into the project table and on into the detail, and the shortcuts switch the tabs.

#include "GuiTestSupport.h"
#include "files/SampleDatabase.h"
#include "mainwindow/MainWindow.h"
#include "models/ProjectTableModel.h"
#include "projects/ProjectDetail.h"
#include "projects/ProjectFilterBar.h"
#include "projects/ProjectsPage.h"
#include "scorecard/ScorecardPage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>

using namespace tollgate;

namespace
{

QString stripped(QString text)
{
    return text.remove(QLatin1Char('&')).trimmed();
}

// What a screen reader would call the widget: its accessible name, else its own text (buttons),
// else the text of a label whose buddy it is.
QString spokenName(QWidget* w, const QList<QLabel*>& labels)
{
    if (!w->accessibleName().trimmed().isEmpty())
        return w->accessibleName();
    if (auto* button = qobject_cast<QAbstractButton*>(w);
        button && !stripped(button->text()).isEmpty())
        return stripped(button->text());
    for (QLabel* label : labels) {
        if (label->buddy() == w && !stripped(label->text()).isEmpty())
            return stripped(label->text());
    }
    return {};
}

// Parts of a composite control that are reached through it, not on their own.
bool isInnerPart(QWidget* w)
{
    for (QWidget* p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<QAbstractSpinBox*>(p) || qobject_cast<QComboBox*>(p))
            return true;
        if (qobject_cast<QAbstractItemView*>(p))
            return true; // editors and the viewport of a view
    }
    return false;
}

// The visible controls of `root` that take focus from the keyboard and have no name.
QStringList unnamedControls(QWidget* root)
{
    const QList<QLabel*> labels = root->findChildren<QLabel*>();
    QStringList unnamed;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root) || !(w->focusPolicy() & Qt::TabFocus) || !w->isEnabled())
            continue;
        if (w->focusProxy() || isInnerPart(w) || qobject_cast<QTabBar*>(w) ||
            qobject_cast<QMenuBar*>(w))
            continue;
        if (spokenName(w, labels).isEmpty()) {
            unnamed << QStringLiteral("%1 \"%2\" in %3")
                           .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                w->parentWidget()
                                    ? QString::fromLatin1(
                                          w->parentWidget()->metaObject()->className())
                                    : QString());
        }
    }
    return unnamed;
}

} // namespace

class TestKeyboardAccess : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    ProjectsPage* page() const { return m_window->projectsPage(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::useTemporarySettings(m_dir);
        const QString path = m_dir.filePath(QStringLiteral("sample.tollgate"));
        QVERIFY(ensureSampleDatabase(path, QStringLiteral("陈思远")).ok());
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openDatabase(path, OpenMode::ExistingOnly).ok());
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        page()->selectProject(page()->tableModel()->idAt(0));
    }

    void cleanupTestCase() { m_window.reset(); }

    void everyControlOfTheDetailTabsHasAName_data()
    {
        QTest::addColumn<int>("tab");
        for (int i = 0; i < 4; ++i)
            QTest::addRow("detail tab %d", i) << i;
    }

    void everyControlOfTheDetailTabsHasAName()
    {
        QFETCH(int, tab);
        m_window->tabs()->setCurrentWidget(page());
        page()->detail()->tabs()->setCurrentIndex(tab);
        QApplication::processEvents();
        const QStringList unnamed = unnamedControls(m_window.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String("\n"))));
    }

    void everyControlOfTheOtherPagesHasAName()
    {
        for (int i = 1; i < m_window->tabs()->count(); ++i) {
            m_window->tabs()->setCurrentIndex(i);
            QApplication::processEvents();
            const QStringList unnamed = unnamedControls(m_window->tabs()->currentWidget());
            QVERIFY2(unnamed.isEmpty(),
                     qPrintable(m_window->tabs()->tabText(i) + QLatin1String(": ") +
                                unnamed.join(QLatin1String("\n"))));
        }
        m_window->tabs()->setCurrentWidget(page());
    }

    void tabGoesFromTheSearchThroughTheFiltersIntoTheTable()
    {
        m_window->tabs()->setCurrentWidget(page());
        m_window->activateWindow();
        QLineEdit* search = page()->filterBar()->searchEdit();
        search->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(search->hasFocus());
        QStringList visited;
        for (int i = 0; i < 12 && QApplication::focusWidget() != page()->table(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            visited << QApplication::focusWidget()->accessibleName();
        }
        QVERIFY2(page()->table()->hasFocus(), qPrintable(visited.join(QLatin1String(", "))));
        // The filters come on the way, in reading order.
        QVERIFY2(visited.indexOf(QStringLiteral("Filter by stage")) >= 0,
                 qPrintable(visited.join(QLatin1String(", "))));
        QVERIFY(visited.indexOf(QStringLiteral("Filter by stage")) <
                visited.indexOf(QStringLiteral("Projects")));

        // And back again with Shift+Tab.
        QTest::keyClick(page()->table(), Qt::Key_Tab, Qt::ShiftModifier);
        QVERIFY(!page()->table()->hasFocus());
    }

    void tabLeavesTheTableForTheDetail()
    {
        page()->table()->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(page()->table()->hasFocus());
        QTest::keyClick(page()->table(), Qt::Key_Tab);
        QWidget* next = QApplication::focusWidget();
        QVERIFY(next);
        QVERIFY2(page()->detail()->isAncestorOf(next),
                 qPrintable(QString::fromLatin1(next->metaObject()->className())));
    }

    void shortcutsSwitchThePages()
    {
        m_window->tabs()->setCurrentIndex(0);
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(m_window->tabs()->currentIndex(), 1);
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(m_window->tabs()->currentIndex(), 0);
    }
};

QTEST_MAIN(TestKeyboardAccess)
#include "TestKeyboardAccess.moc"
