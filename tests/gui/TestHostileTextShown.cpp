// The user's text is shown as typed, never rendered as HTML (SPEC §7, §9): a project whose name
// and lead analyst hold markup, through the real main window, its labels and its message boxes.
// Qt guesses whether a label's or a message box's text is HTML (Qt::mightBeRichText) unless it
// is told the format, so a name like "<img src=…>" would otherwise be rendered and even load a
// file.

#include "GuiTestSupport.h"
#include "commands/EditFeedback.h"
#include "mainwindow/MainWindow.h"
#include "projects/ProjectDetail.h"
#include "projects/ProjectsPage.h"
#include "session/Session.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextDocument>

using namespace tollgate;

namespace
{

const QString kMarkup = QStringLiteral("<b>粗体</b><img src=\"nothing.png\"> & <i>x</i>");

// What a label does with its text: shows it as typed, or renders it as HTML.
bool showsAsTyped(const QLabel* label)
{
    return label->textFormat() == Qt::PlainText ||
           (label->textFormat() == Qt::AutoText && !Qt::mightBeRichText(label->text()));
}

} // namespace

class TestHostileTextShown : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_id = 0;

    Portfolio& portfolio() { return m_window->session()->portfolio(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::useTemporarySettings(m_dir);
    }

    void init()
    {
        EditFeedback::setConflictHandler({}); // the real message box
        EditFeedback::setErrorHandler({});
        m_window = std::make_unique<MainWindow>();
        const QString path = m_dir.filePath(QStringLiteral("markup%1.tollgate").arg(++m_id));
        QVERIFY(m_window->openDatabase(path, OpenMode::CreateIfMissing).ok());
        Project p = test::project(kMarkup, QStringLiteral("sensors"));
        p.leadAnalyst = kMarkup;
        const Result<qint64> id = portfolio().createProject(p, kMarkup);
        QVERIFY(id.ok());
        m_id = *id;
        m_window->session()->notifyProjectChanged(m_id);
        m_window->show();
        m_window->projectsPage()->selectProject(m_id);
    }

    void cleanup() { m_window.reset(); }

    void labelsShowTheNameAsTyped()
    {
        int shown = 0;
        for (const QLabel* label : m_window->findChildren<QLabel*>()) {
            if (!label->text().contains(QStringLiteral("<b>粗体</b>")))
                continue;
            ++shown;
            QVERIFY2(showsAsTyped(label),
                     qPrintable(label->objectName() + QLatin1Char(' ') + label->text()));
        }
        QVERIFY(shown >= 2); // at least the title and the subtitle naming the lead analyst
    }

    void theDeleteQuestionShowsTheNameAsTyped()
    {
        bool answered = false;
        Qt::TextFormat format = Qt::AutoText;
        QString text;
        test::answerNextDialog<QMessageBox>([&](QMessageBox* box) {
            format = box->textFormat();
            text = box->text();
            answered = true;
            box->button(QMessageBox::Cancel)->click();
        });
        auto* remove = m_window->projectsPage()->detail()->findChild<QPushButton*>(
            QStringLiteral("deleteButton"));
        QVERIFY(remove);
        remove->click();
        QTRY_VERIFY(answered);
        QVERIFY(text.contains(kMarkup));
        QCOMPARE(format, Qt::PlainText);
        QVERIFY(portfolio().project(m_id).ok()); // cancelled: still there
    }

    void theConflictQuestionShowsTheNameAsTyped()
    {
        auto other = Portfolio::open(portfolio().path(), OpenMode::ExistingOnly);
        QVERIFY(other.ok());
        Project theirs = *(*other)->project(m_id);
        theirs.city = QStringLiteral("成都");
        QVERIFY((*other)->updateProject(theirs, QStringLiteral("other")).ok());

        bool answered = false;
        Qt::TextFormat format = Qt::AutoText;
        QString text;
        test::answerNextDialog<QMessageBox>([&](QMessageBox* box) {
            format = box->textFormat();
            text = box->text();
            answered = true;
            for (QAbstractButton* b : box->buttons())
                if (b->text() == QStringLiteral("Reload"))
                    b->click();
        });
        auto* round =
            m_window->projectsPage()->detail()->findChild<QLineEdit*>(QStringLiteral("roundEdit"));
        QVERIFY(round);
        round->setFocus();
        round->selectAll();
        QTest::keyClicks(round, QStringLiteral("C"));
        QTest::keyClick(round, Qt::Key_Return);
        QTRY_VERIFY(answered);
        QVERIFY(text.contains(kMarkup));
        QCOMPARE(format, Qt::PlainText);
        QCOMPARE(portfolio().project(m_id)->city, QStringLiteral("成都")); // reloaded theirs
    }
};

QTEST_MAIN(TestHostileTextShown)
#include "TestHostileTextShown.moc"
